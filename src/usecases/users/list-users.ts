import { accessScopeOf, type Actor } from '../../core/people/access-scope';
import type { Role } from '../../core/people/roles';
import { userPolicy } from '../../core/people/user.policy';
import {
  listAssignedRegionNumbersOf,
  listUserRowsInScope,
  type UserProfileRow,
} from '../../data/repositories/users.repository';
import { requirePermission, type UseCaseContext } from '../context';

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  /** The position title the employer gives (PT1.1), or null. */
  positionTitle: string | null;
  role: Role;
  regionNumber: number | null;
  districtName: string | null;
  districtCdsCode: string | null;
  /** The regions a state consultant reads, by number (empty for other roles). */
  assignedRegionNumbers: number[];
  language: 'en' | 'es';
  isActive: boolean;
  /** Chooses a new password at the next sign-in (a reset, or a first administrator). */
  mustChangePassword: boolean;
  version: number;
  /** What the actor may do with this account (the user policy). */
  abilities: { manage: boolean };
}

/** A user row and its assigned regions as the users page shows them. */
export function presentUser(actor: Actor, row: UserProfileRow, assignedRegionNumbers: number[]): UserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    positionTitle: row.position_title,
    role: row.role,
    regionNumber: row.region_number,
    districtName: row.district_name,
    districtCdsCode: row.district_cds_code,
    assignedRegionNumbers,
    language: row.language,
    isActive: row.is_active,
    mustChangePassword: row.must_change_password,
    version: row.version,
    abilities: {
      manage: userPolicy.can(actor, 'manage', {
        role: row.role,
        regionId: row.region_id,
        districtId: row.district_id,
      }),
    },
  };
}

/** Users the actor may see (the user policy's `read`, pushed into the query): all for the state, their region's for region managers. */
export async function listUsers(ctx: UseCaseContext): Promise<UserSummary[]> {
  requirePermission(ctx, 'user.read');
  const rows = await listUserRowsInScope(ctx.db, accessScopeOf(ctx.actor));
  const assigned = await listAssignedRegionNumbersOf(
    ctx.db,
    rows.filter((r) => r.role === 'state_consultant').map((r) => r.id),
  );
  return rows.map((r) => presentUser(ctx.actor, r, assigned.get(r.id) ?? []));
}
