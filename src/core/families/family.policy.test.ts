import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { familyPolicy, type FamilySubject } from './family.policy';

const actorOf = (role: Role, overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  role,
  regionId: 'r1',
  districtId: null,
  assignedRegionIds: [],
  label: 'u1',
  ...overrides,
});

const inRegion: FamilySubject = { regionId: 'r1', districtId: null, districtIds: ['d1'] };
const elsewhere: FamilySubject = { regionId: 'r2', districtId: null, districtIds: ['d2'] };
const notEnrolledInD1: FamilySubject = { regionId: 'r1', districtId: null, districtIds: ['d2'] };
const recordedForD2: FamilySubject = { regionId: 'r1', districtId: 'd2', districtIds: [] };

describe('family policy', () => {
  it.each([
    ['a recruiter reads and changes a family of their region', actorOf('recruiter'), inRegion, [true, true]],
    [
      'a recruiter neither reads nor changes another region’s family',
      actorOf('recruiter'),
      elsewhere,
      [false, false],
    ],
    [
      'a data specialist changes a family of their region',
      actorOf('data_specialist'),
      inRegion,
      [true, true],
    ],
    ['a regional reviewer reads but does not change', actorOf('reviewer'), inRegion, [true, false]],
    [
      'a state consultant reads an assigned region’s family but does not change it',
      actorOf('state_consultant', { regionId: null, assignedRegionIds: ['r1'] }),
      inRegion,
      [true, false],
    ],
    [
      'a state consultant does not read a region not assigned',
      actorOf('state_consultant', { regionId: null, assignedRegionIds: ['r1'] }),
      elsewhere,
      [false, false],
    ],
    [
      'a state administrator reads and changes any family',
      actorOf('state_admin', { regionId: null }),
      elsewhere,
      [true, true],
    ],
    [
      'district staff read a family with a child enrolled in their district, and change nothing',
      actorOf('district_staff', { districtId: 'd1' }),
      inRegion,
      [true, false],
    ],
    [
      'district staff do not read a family of their region with no child in their district',
      actorOf('district_staff', { districtId: 'd1' }),
      notEnrolledInD1,
      [false, false],
    ],
    [
      'a recruiter of the region reads and changes a family recorded for one of its districts',
      actorOf('recruiter'),
      recordedForD2,
      [true, true],
    ],
    [
      'district staff do not read a family recorded for another district',
      actorOf('district_staff', { districtId: 'd1' }),
      recordedForD2,
      [false, false],
    ],
  ] as const)('%s', (_rule, actor, family, [read, change]) => {
    expect(familyPolicy.abilitiesOf(actor, family)).toEqual({
      read,
      create: change,
      update: change,
      addMember: change,
    });
  });

  it('a region user with no region changes nothing', () => {
    expect(
      familyPolicy.can(actorOf('recruiter', { regionId: null }), 'create', {
        regionId: 'r1',
        districtId: null,
        districtIds: [],
      }),
    ).toBe(false);
  });
});
