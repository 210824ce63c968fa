import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { applicationPolicy, type ApplicationAccess } from './application.policy';

const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  role,
  regionId: 'r1',
  districtId: null,
  assignedRegionIds: [],
  label: role,
  ...over,
});
const regional: ApplicationAccess = { regionId: 'r1', districtId: null, kind: 'regional_application' };
const dsa: ApplicationAccess = { regionId: 'r1', districtId: 'd1', kind: 'dsa' };

describe('the application policy (MN2.4)', () => {
  it.each<[string, Actor, ApplicationAccess, { read: boolean; edit: boolean; approve: boolean }]>([
    [
      'the region director, the regional application',
      actor('region_director'),
      regional,
      { read: true, edit: true, approve: false },
    ],
    ['the region director, a DSA', actor('region_director'), dsa, { read: true, edit: true, approve: true }],
    [
      'another region’s director',
      actor('region_director', { regionId: 'r2' }),
      dsa,
      { read: false, edit: false, approve: false },
    ],
    [
      'the district’s staff, its DSA',
      actor('district_staff', { districtId: 'd1' }),
      dsa,
      { read: true, edit: true, approve: false },
    ],
    [
      'another district’s staff',
      actor('district_staff', { districtId: 'd2' }),
      dsa,
      { read: false, edit: false, approve: false },
    ],
    [
      'district staff, the regional application',
      actor('district_staff', { districtId: 'd1' }),
      regional,
      { read: false, edit: false, approve: false },
    ],
    [
      'the assigned consultant, the regional application',
      actor('state_consultant', { regionId: null, assignedRegionIds: ['r1'] }),
      regional,
      { read: true, edit: false, approve: true },
    ],
    [
      'the assigned consultant, a DSA',
      actor('state_consultant', { regionId: null, assignedRegionIds: ['r1'] }),
      dsa,
      { read: true, edit: false, approve: false },
    ],
    [
      'a consultant of other regions',
      actor('state_consultant', { regionId: null, assignedRegionIds: ['r2'] }),
      regional,
      { read: false, edit: false, approve: false },
    ],
    ['a data specialist', actor('data_specialist'), dsa, { read: true, edit: false, approve: false }],
    ['a recruiter', actor('recruiter'), dsa, { read: false, edit: false, approve: false }],
    [
      'the state administrator',
      actor('state_admin', { regionId: null }),
      regional,
      { read: true, edit: true, approve: true },
    ],
  ])('%s', (_name, who, application, expected) => {
    expect(applicationPolicy.abilitiesOf(who, application)).toEqual(expected);
  });
});
