import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { childCountPolicy } from './child-count.policy';

const REGION_A = 'region-a';
const REGION_B = 'region-b';

function actor(role: Role, regionId: string | null): Actor {
  return { userId: 'me', role, regionId, districtId: null, assignedRegionIds: [REGION_A], label: role };
}

describe('who reads the child counts, and who certifies them (S5.7)', () => {
  it.each([
    // role, actor's region, the counts' region (null: the state's), read, certify
    ['state_admin', null, null, true, true],
    ['state_admin', null, REGION_A, true, false],
    ['region_director', REGION_A, REGION_A, true, false],
    ['region_director', REGION_A, REGION_B, false, false],
    ['region_director', REGION_A, null, false, false],
    ['data_specialist', REGION_A, null, false, false],
    ['state_consultant', null, REGION_A, true, false],
    ['state_consultant', null, null, false, false],
    ['reviewer', null, null, true, false],
    ['district_staff', null, REGION_A, false, false],
    ['district_staff', null, null, false, false],
  ] as const)(
    '%s of %s on the counts of %s: read %s, certify %s',
    (role, actorRegion, region, read, certify) => {
      expect(childCountPolicy.abilitiesOf(actor(role, actorRegion), { regionId: region })).toEqual({
        read,
        certify,
      });
    },
  );
});
