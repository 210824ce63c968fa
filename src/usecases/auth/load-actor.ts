import type { Actor } from '../../core/people/access-scope';
import type { Role } from '../../core/people/roles';
import type { Db } from '../../data/db';
import { listAssignedRegionIds } from '../../data/repositories/users.repository';

/** Build the actor of a signed-in user, with the regions assigned to a state consultant. */
export async function loadActor(
  db: Db,
  user: { userId: string; email: string; role: string; regionId: string | null; districtId: string | null },
): Promise<Actor> {
  return {
    userId: user.userId,
    role: user.role as Role,
    regionId: user.regionId,
    districtId: user.districtId,
    assignedRegionIds: user.role === 'state_consultant' ? await listAssignedRegionIds(db, user.userId) : [],
    label: user.email,
  };
}
