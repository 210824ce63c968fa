import { describe, expect, it } from 'vitest';
import type { Actor } from './access-scope';
import type { Role } from './roles';
import { userPolicy, type UserAccess } from './user.policy';

const REGION_A = 'region-a';
const REGION_B = 'region-b';
const DISTRICT_A = 'district-a';

function actor(role: Role, regionId: string | null = null, districtId: string | null = null): Actor {
  return { userId: 'u', role, regionId, districtId, assignedRegionIds: [REGION_A], label: role };
}

const recruiterOfA: UserAccess = { role: 'recruiter', regionId: REGION_A, districtId: null };
const recruiterOfB: UserAccess = { role: 'recruiter', regionId: REGION_B, districtId: null };
const stateConsultant: UserAccess = { role: 'state_consultant', regionId: null, districtId: null };
const districtStaffOfA: UserAccess = { role: 'district_staff', regionId: REGION_A, districtId: DISTRICT_A };

describe('who may see, create and change user accounts (UA2.1)', () => {
  it.each([
    ['the state administrator', 'a recruiter of region A', actor('state_admin'), recruiterOfA, true, true],
    ['the state administrator', 'a state consultant', actor('state_admin'), stateConsultant, true, true],
    [
      'a director of region A',
      'a recruiter of region A',
      actor('region_director', REGION_A),
      recruiterOfA,
      true,
      false,
    ],
    [
      'a director of region A',
      'district staff in region A',
      actor('region_director', REGION_A),
      districtStaffOfA,
      true,
      false,
    ],
    [
      'a director of region A',
      'a recruiter of region B',
      actor('region_director', REGION_A),
      recruiterOfB,
      false,
      false,
    ],
    [
      'a director of region A',
      'a state consultant',
      actor('region_director', REGION_A),
      stateConsultant,
      false,
      false,
    ],
    [
      'an I&R manager of region A',
      'a recruiter of region A',
      actor('ir_manager', REGION_A),
      recruiterOfA,
      true,
      false,
    ],
    [
      'an I&R manager of region A',
      'a recruiter of region B',
      actor('ir_manager', REGION_A),
      recruiterOfB,
      false,
      false,
    ],
    [
      'a recruiter of region A',
      'a recruiter of region A',
      actor('recruiter', REGION_A),
      recruiterOfA,
      false,
      false,
    ],
    [
      'a data specialist of region A',
      'a recruiter of region A',
      actor('data_specialist', REGION_A),
      recruiterOfA,
      false,
      false,
    ],
    ['a state consultant', 'a recruiter of region A', actor('state_consultant'), recruiterOfA, false, false],
    ['a statewide reviewer', 'a recruiter of region A', actor('reviewer'), recruiterOfA, false, false],
    [
      'district staff',
      'district staff of the same district',
      actor('district_staff', REGION_A, DISTRICT_A),
      districtStaffOfA,
      false,
      false,
    ],
  ] as const)('%s, on %s: read %s, create and manage %s', (_actor, _user, who, user, read, create) => {
    expect(userPolicy.abilitiesOf(who, user)).toEqual({ read, create, manage: create });
  });
});
