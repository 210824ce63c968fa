import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { serviceCodeMapPolicy, servicePolicy } from './service.policy';

const REGION_A = 'region-a';
const REGION_B = 'region-b';
const DISTRICT_A = 'district-a';
const DISTRICT_B = 'district-b';

function actor(role: Role, regionId: string | null, districtId: string | null = null): Actor {
  return { userId: 'me', role, regionId, districtId, assignedRegionIds: [REGION_A], label: role };
}

describe('who may read, manage and record a service', () => {
  it.each([
    // role, actor's region, actor's district, service's region, providing district, read, manage, record
    ['state_admin', null, null, REGION_A, null, true, true, true],
    ['region_director', REGION_A, null, REGION_A, null, true, true, true],
    ['region_director', REGION_A, null, REGION_B, null, false, false, false],
    ['data_specialist', REGION_A, null, REGION_A, DISTRICT_A, true, true, true],
    ['data_specialist', REGION_B, null, REGION_A, DISTRICT_A, false, false, false],
    ['ir_manager', REGION_A, null, REGION_A, null, false, false, false],
    ['recruiter', REGION_A, null, REGION_A, null, false, false, false],
    ['reviewer', REGION_A, null, REGION_A, null, false, false, false],
    ['state_consultant', null, null, REGION_A, null, true, false, false],
    ['state_consultant', null, null, REGION_B, null, false, false, false],
    ['district_staff', REGION_A, DISTRICT_A, REGION_A, DISTRICT_A, true, false, true],
    ['district_staff', REGION_A, DISTRICT_A, REGION_A, DISTRICT_B, false, false, false],
    ['district_staff', REGION_A, DISTRICT_A, REGION_A, null, false, false, false],
  ] as const)(
    '%s of %s/%s on a service of %s provided by %s: read %s, manage %s, record %s',
    (role, actorRegion, actorDistrict, serviceRegion, providingDistrict, read, manage, record) => {
      expect(
        servicePolicy.abilitiesOf(actor(role, actorRegion, actorDistrict), {
          regionId: serviceRegion,
          districtId: providingDistrict,
        }),
      ).toEqual({ read, manage, record });
    },
  );
});

describe("who reads and changes a region's service code map", () => {
  it.each([
    ['state_admin', null, null, REGION_A, true, true],
    ['region_director', REGION_A, null, REGION_A, true, true],
    ['data_specialist', REGION_A, null, REGION_B, false, false],
    ['state_consultant', null, null, REGION_A, true, false],
    ['district_staff', REGION_A, DISTRICT_A, REGION_A, false, false],
    ['recruiter', REGION_A, null, REGION_A, false, false],
  ] as const)(
    '%s of %s/%s on the map of %s: read %s, manage %s',
    (role, region, district, mapRegion, read, manage) => {
      expect(
        serviceCodeMapPolicy.abilitiesOf(actor(role, region, district), { regionId: mapRegion }),
      ).toEqual({
        read,
        manage,
      });
    },
  );
});
