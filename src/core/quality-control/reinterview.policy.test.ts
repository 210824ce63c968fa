import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { reinterviewPolicy, reinterviewSamplePolicy, type ReinterviewSubject } from './reinterview.policy';

const actorOf = (role: Role, overrides: Partial<Actor> = {}): Actor => ({
  userId: 'me',
  role,
  regionId: 'r1',
  districtId: null,
  assignedRegionIds: [],
  label: 'me',
  ...overrides,
});

const open = (overrides: Partial<ReinterviewSubject> = {}): ReinterviewSubject => ({
  regionId: 'r1',
  reinterviewerId: null,
  result: null,
  ...overrides,
});
const admin = actorOf('state_admin', { regionId: null });
const regionalReviewer = actorOf('reviewer');
const statewideReviewer = actorOf('reviewer', { regionId: null });

describe('re-interview policy', () => {
  it.each([
    [
      'the state sees, assigns and records any open re-interview',
      admin,
      open({ regionId: 'r9' }),
      [true, true, true],
    ],
    [
      'the state does not reassign a completed re-interview',
      admin,
      open({ result: 'confirmed' }),
      [true, false, true],
    ],
    [
      'a regional reviewer sees their region’s re-interviews but records only their own',
      regionalReviewer,
      open({ reinterviewerId: 'someone-else' }),
      [true, false, false],
    ],
    [
      'a regional reviewer records a re-interview assigned to them',
      regionalReviewer,
      open({ reinterviewerId: 'me' }),
      [true, false, true],
    ],
    [
      'a regional reviewer sees and records a re-interview of another region assigned to them',
      regionalReviewer,
      open({ regionId: 'r2', reinterviewerId: 'me' }),
      [true, false, true],
    ],
    [
      'a regional reviewer does not see another region’s re-interview not assigned to them',
      regionalReviewer,
      open({ regionId: 'r2', reinterviewerId: 'someone-else' }),
      [false, false, false],
    ],
    [
      'a statewide reviewer records any re-interview',
      statewideReviewer,
      open({ regionId: 'r2' }),
      [true, false, true],
    ],
    ['a recruiter sees none', actorOf('recruiter'), open({ reinterviewerId: 'me' }), [false, false, false]],
    [
      'district staff see none',
      actorOf('district_staff', { districtId: 'd1' }),
      open(),
      [false, false, false],
    ],
  ] as const)('%s', (_rule, actor, reinterview, [read, assign, recordResult]) => {
    expect(reinterviewPolicy.abilitiesOf(actor, reinterview)).toEqual({ read, assign, recordResult });
  });
});

describe('re-interview sample policy', () => {
  it.each([
    ['the state reads and draws samples', admin, [true, true]],
    ['a reviewer reads samples and draws none', regionalReviewer, [true, false]],
    ['a region director neither reads nor draws', actorOf('region_director'), [false, false]],
  ] as const)('%s', (_rule, actor, [read, draw]) => {
    expect(reinterviewSamplePolicy.abilitiesOf(actor, {})).toEqual({ read, draw });
  });
});
