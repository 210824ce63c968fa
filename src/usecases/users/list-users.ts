import { accessScopeOf } from '../../core/people/access-scope';
import type { Role } from '../../core/people/roles';
import { listUserRowsInScope } from '../../data/repositories/users.repository';
import { requirePermission, type UseCaseContext } from '../context';

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  regionNumber: number | null;
  districtName: string | null;
  isActive: boolean;
}

/** Users the actor may see (the user policy's `read`, pushed into the query): all for the state, their region's for region managers. */
export async function listUsers(ctx: UseCaseContext): Promise<UserSummary[]> {
  requirePermission(ctx, 'user.read');
  const rows = await listUserRowsInScope(ctx.db, accessScopeOf(ctx.actor));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    regionNumber: r.number,
    districtName: r.name,
    isActive: r.is_active,
  }));
}
