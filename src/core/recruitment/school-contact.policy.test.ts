import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { schoolContactLogPolicy, schoolContactPolicy } from './school-contact.policy';

const REGION_A = 'region-a';
const REGION_B = 'region-b';

function actor(role: Role, regionId: string | null, userId = 'me'): Actor {
  return { userId, role, regionId, districtId: null, assignedRegionIds: [REGION_A], label: role };
}

describe('who may read, record and change an entry of the School Contact Log', () => {
  it.each([
    // role, actor's region, entry's author, entry's region, read, create, edit
    ['recruiter', REGION_A, 'me', REGION_A, true, true, true],
    ['recruiter', REGION_A, 'colleague', REGION_A, true, false, false],
    ['recruiter', REGION_A, 'me', REGION_B, true, false, true],
    ['recruiter', REGION_A, 'stranger', REGION_B, false, false, false],
    ['ir_manager', REGION_A, 'colleague', REGION_A, true, false, true],
    ['ir_manager', REGION_A, 'stranger', REGION_B, false, false, false],
    ['region_director', REGION_A, 'colleague', REGION_A, true, false, true],
    ['data_specialist', REGION_A, 'colleague', REGION_A, true, false, false],
    ['state_admin', null, 'colleague', REGION_B, true, false, true],
    ['state_admin', null, 'me', REGION_B, true, true, true],
    ['state_consultant', null, 'colleague', REGION_A, true, false, false],
    ['reviewer', REGION_A, 'colleague', REGION_A, true, false, false],
  ] as const)(
    '%s of %s on an entry by %s in %s: read %s, create %s, edit %s',
    (role, actorRegion, author, entryRegion, read, create, edit) => {
      expect(
        schoolContactPolicy.abilitiesOf(actor(role, actorRegion), {
          userId: author,
          regionId: entryRegion,
          districtId: 'district-a1',
        }),
      ).toEqual({ read, create, edit });
    },
  );

  const districtRecruiter: Actor = { ...actor('district_recruiter', REGION_A), districtId: 'district-a1' };
  it.each([
    // entry's author, entry's district, read, create, edit
    ['me', 'district-a1', true, true, true],
    ['colleague', 'district-a1', true, false, false],
    ['me', 'district-a2', true, false, true],
    ['colleague', 'district-a2', false, false, false],
  ] as const)(
    'a district recruiter on an entry by %s about a school of %s: read %s, create %s, edit %s (DR1.4)',
    (author, districtId, read, create, edit) => {
      expect(
        schoolContactPolicy.abilitiesOf(districtRecruiter, {
          userId: author,
          regionId: REGION_A,
          districtId,
        }),
      ).toEqual({ read, create, edit });
    },
  );
});

describe("who reads a staff member's monthly log", () => {
  it.each([
    // role, actor's region, staff member, staff's region, read (else not found), readEntries (else forbidden)
    ['recruiter', REGION_A, 'me', REGION_A, true, true],
    ['recruiter', REGION_A, 'colleague', REGION_A, true, false],
    ['recruiter', REGION_A, 'stranger', REGION_B, false, false],
    ['ir_manager', REGION_A, 'colleague', REGION_A, true, true],
    ['ir_manager', REGION_A, 'stranger', REGION_B, false, true],
    ['ir_manager', REGION_A, 'state-staff', null, false, true],
    ['state_admin', null, 'state-staff', null, true, true],
    ['state_consultant', null, 'colleague', REGION_A, false, false],
    ['district_staff', null, 'colleague', REGION_A, false, false],
  ] as const)(
    '%s of %s on the log of %s of %s: read %s, readEntries %s',
    (role, actorRegion, staffUserId, staffRegionId, read, readEntries) => {
      expect(
        schoolContactLogPolicy.abilitiesOf(actor(role, actorRegion), { staffUserId, staffRegionId }),
      ).toEqual({ read, readEntries });
    },
  );
});
