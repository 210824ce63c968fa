import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { canOpenRegionLog, serviceMonitoringPolicy } from './service-monitoring.policy';

const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  role,
  regionId: 'r1',
  districtId: null,
  assignedRegionIds: [],
  label: role,
  ...over,
});

const regionService = { regionId: 'r1', districtId: null };
const districtService = { regionId: 'r1', districtId: 'd1' };

describe('the service monitoring policy (MN5.6)', () => {
  it.each<[string, Actor, { region: [boolean, boolean]; district: [boolean, boolean] }]>([
    ['the region director', actor('region_director'), { region: [true, true], district: [true, true] }],
    [
      'another region’s director',
      actor('region_director', { regionId: 'r2' }),
      { region: [false, false], district: [false, false] },
    ],
    ['a data specialist', actor('data_specialist'), { region: [true, false], district: [true, false] }],
    [
      'district staff of the district',
      actor('district_staff', { districtId: 'd1' }),
      { region: [false, false], district: [true, true] },
    ],
    [
      'district staff of another district',
      actor('district_staff', { districtId: 'd2' }),
      { region: [false, false], district: [false, false] },
    ],
    [
      'the assigned consultant',
      actor('state_consultant', { regionId: null, assignedRegionIds: ['r1'] }),
      { region: [true, false], district: [true, false] },
    ],
    [
      'a consultant of other regions',
      actor('state_consultant', { regionId: null, assignedRegionIds: ['r2'] }),
      { region: [false, false], district: [false, false] },
    ],
    ['a recruiter', actor('recruiter'), { region: [false, false], district: [false, false] }],
    [
      'the state administrator',
      actor('state_admin', { regionId: null }),
      { region: [true, true], district: [true, true] },
    ],
  ])('%s', (_name, who, expected) => {
    const of = (service: typeof regionService | typeof districtService) => {
      const abilities = serviceMonitoringPolicy.abilitiesOf(who, service);
      return [abilities.read, abilities.confirm];
    };
    expect({ region: of(regionService), district: of(districtService) }).toEqual(expected);
  });

  it('district staff open the log of their district’s region only', () => {
    const staff = actor('district_staff', { districtId: 'd1' });
    expect(canOpenRegionLog(staff, { regionId: 'r1', districtIds: ['d1', 'd3'] })).toBe(true);
    expect(canOpenRegionLog(staff, { regionId: 'r2', districtIds: ['d2'] })).toBe(false);
    expect(canOpenRegionLog(actor('recruiter'), { regionId: 'r1', districtIds: [] })).toBe(false);
  });
});
