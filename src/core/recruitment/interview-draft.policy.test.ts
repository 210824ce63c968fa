import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { interviewDraftPolicy } from './interview-draft.policy';

const REGION_A = 'region-a';
const REGION_B = 'region-b';

function actor(role: Role, regionId: string | null, userId = 'me'): Actor {
  return { userId, role, regionId, districtId: null, assignedRegionIds: [REGION_A], label: role };
}

describe('who may read, keep and change an interview draft (ID2)', () => {
  it.each([
    // role, actor's region, draft's author, draft's region, read, create, edit
    ['recruiter', REGION_A, 'me', REGION_A, true, true, true],
    ['recruiter', REGION_A, 'colleague', REGION_A, false, false, false],
    ['recruiter', REGION_A, 'me', REGION_B, false, false, false],
    ['ir_manager', REGION_A, 'colleague', REGION_A, false, false, false],
    ['ir_manager', REGION_A, 'me', REGION_A, true, true, true],
    ['state_admin', null, 'me', REGION_B, true, true, true],
    ['state_admin', null, 'colleague', REGION_B, false, false, false],
    ['reviewer', REGION_A, 'me', REGION_A, true, false, false],
    ['state_consultant', null, 'me', REGION_A, true, false, false],
  ] as const)(
    '%s of %s on a draft by %s in %s: read %s, create %s, edit %s',
    (role, actorRegion, author, draftRegion, read, create, edit) => {
      expect(
        interviewDraftPolicy.abilitiesOf(actor(role, actorRegion), { userId: author, regionId: draftRegion }),
      ).toEqual({ read, create, edit });
    },
  );
});
