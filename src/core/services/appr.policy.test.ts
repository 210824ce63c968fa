import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { apprPolicy } from './appr.policy';

const REGION_A = 'region-a';
const REGION_B = 'region-b';

function actor(role: Role, regionId: string | null): Actor {
  return { userId: 'me', role, regionId, districtId: null, assignedRegionIds: [REGION_A], label: role };
}

describe('who reads MPO figures and APPRs, and who writes the review', () => {
  it.each([
    // role, actor's region, the APPR's region (null: the state's), read, review
    ['state_admin', null, REGION_A, true, true],
    ['state_admin', null, null, true, false],
    ['region_director', REGION_A, REGION_A, true, true],
    ['region_director', REGION_A, REGION_B, false, false],
    ['region_director', REGION_A, null, false, false],
    ['data_specialist', REGION_A, REGION_A, true, true],
    ['data_specialist', REGION_A, REGION_B, false, false],
    ['ir_manager', REGION_A, REGION_A, true, false],
    ['recruiter', REGION_A, REGION_A, true, false],
    ['recruiter', REGION_A, null, false, false],
    ['state_consultant', null, REGION_A, true, false],
    ['state_consultant', null, REGION_B, false, false],
    ['state_consultant', null, null, false, false],
    ['reviewer', REGION_A, REGION_A, true, false],
    ['reviewer', REGION_A, null, false, false],
    ['reviewer', null, REGION_B, true, false],
    ['reviewer', null, null, true, false],
    ['district_staff', null, REGION_A, false, false],
    ['district_staff', null, null, false, false],
  ] as const)(
    '%s of %s on the APPR of %s: read %s, review %s',
    (role, actorRegion, apprRegion, read, review) => {
      expect(apprPolicy.abilitiesOf(actor(role, actorRegion), { regionId: apprRegion })).toEqual({
        read,
        review,
      });
    },
  );
});
