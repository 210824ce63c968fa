import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { epcPolicy } from './epc.policy';

const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  role,
  regionId: 'r1',
  districtId: null,
  assignedRegionIds: [],
  label: role,
  ...over,
});

describe('the EPC policy (MN4.5)', () => {
  it.each<[string, Actor, { read: boolean; document: boolean; verify: boolean }]>([
    ['the region director', actor('region_director'), { read: true, document: true, verify: false }],
    [
      'another region’s director',
      actor('region_director', { regionId: 'r2' }),
      { read: false, document: false, verify: false },
    ],
    [
      'the assigned consultant',
      actor('state_consultant', { regionId: null, assignedRegionIds: ['r1'] }),
      { read: true, document: false, verify: true },
    ],
    [
      'a consultant of other regions',
      actor('state_consultant', { regionId: null, assignedRegionIds: ['r2'] }),
      { read: false, document: false, verify: false },
    ],
    ['a data specialist', actor('data_specialist'), { read: true, document: false, verify: false }],
    [
      'district staff, on the region’s own verification',
      actor('district_staff', { districtId: 'd1' }),
      { read: false, document: false, verify: false },
    ],
    [
      'the state administrator',
      actor('state_admin', { regionId: null }),
      { read: true, document: true, verify: true },
    ],
  ])('%s', (_name, who, expected) => {
    expect(epcPolicy.abilitiesOf(who, { regionId: 'r1', districtId: null })).toEqual(expected);
  });

  it.each<[string, Actor, { read: boolean; document: boolean; verify: boolean }]>([
    [
      'its district’s staff',
      actor('district_staff', { districtId: 'd1' }),
      { read: true, document: true, verify: false },
    ],
    [
      'another district’s staff',
      actor('district_staff', { districtId: 'd2' }),
      { read: false, document: false, verify: false },
    ],
    ['the region director', actor('region_director'), { read: true, document: true, verify: false }],
    [
      'another region’s director',
      actor('region_director', { regionId: 'r2' }),
      { read: false, document: false, verify: false },
    ],
    [
      'the assigned consultant',
      actor('state_consultant', { regionId: null, assignedRegionIds: ['r1'] }),
      { read: true, document: false, verify: true },
    ],
    ['a data specialist', actor('data_specialist'), { read: true, document: false, verify: false }],
  ])('a district’s verification: %s', (_name, who, expected) => {
    expect(epcPolicy.abilitiesOf(who, { regionId: 'r1', districtId: 'd1' })).toEqual(expected);
  });
});
