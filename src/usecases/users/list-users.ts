import { accessScopeOf } from '../../core/people/access-scope';
import type { Role } from '../../core/people/roles';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  regionNumber: number | null;
  districtName: string | null;
  isActive: boolean;
}

/** Users the actor may see: all for the state, their region's for region managers. */
export async function listUsers(ctx: UseCaseContext): Promise<UserSummary[]> {
  requirePermission(ctx, 'user.read');
  const scope = accessScopeOf(ctx.actor);
  let query = ctx.db
    .selectFrom('users')
    .leftJoin('regions', 'regions.id', 'users.region_id')
    .leftJoin('districts', 'districts.id', 'users.district_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.role',
      'regions.number',
      'districts.name',
      'users.is_active',
    ])
    .orderBy('users.email');
  if (scope.kind === 'regions')
    query = query.where(
      'users.region_id',
      'in',
      scope.regionIds.length ? [...scope.regionIds] : ['00000000-0000-0000-0000-000000000000'],
    );
  if (scope.kind === 'district') query = query.where('users.district_id', '=', scope.districtId);
  const rows = await query.execute();
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
