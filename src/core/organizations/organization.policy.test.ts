import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { organizationPolicy } from './organization.policy';

const REGION_A = 'region-a';
const REGION_B = 'region-b';

function actor(role: Role, regionId: string | null = null, districtId: string | null = null): Actor {
  return { userId: 'u', role, regionId, districtId, assignedRegionIds: [REGION_A], label: role };
}

describe('who may see organizations and their child counts', () => {
  it.each([
    ['the state administrator', true, true, REGION_B, actor('state_admin')],
    ['a state consultant, an assigned region', true, true, REGION_A, actor('state_consultant')],
    ['a state consultant, another region', true, false, REGION_B, actor('state_consultant')],
    ['a recruiter, their region', true, true, REGION_A, actor('recruiter', REGION_A)],
    ['a recruiter, another region', true, false, REGION_B, actor('recruiter', REGION_A)],
    ['a regional reviewer, another region', true, false, REGION_B, actor('reviewer', REGION_A)],
    ['a statewide reviewer', true, true, REGION_B, actor('reviewer')],
    ['district staff, their region', true, false, REGION_A, actor('district_staff', REGION_A, 'district-a')],
  ] as const)('%s: read %s, child count %s', (_who, read, readChildCount, regionId, who) => {
    expect(organizationPolicy.abilitiesOf(who, { regionId })).toEqual({ read, readChildCount });
  });
});
