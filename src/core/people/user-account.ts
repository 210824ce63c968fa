import type { FieldProblem } from '../common/domain-error';
import { isRegionRole, ROLES, type Role } from './roles';

/**
 * Where a role works, which decides the scope fields its account needs (docs/rules/users.md
 * UA1): one region for region staff, a district for district staff, the regions assigned to a
 * state consultant, one region or none for a reviewer, none for a state administrator.
 */
export type UserScopeKind = 'state' | 'region' | 'optional_region' | 'district' | 'assigned_regions';

/** The scope an account of `role` has (UA1.1). */
export function scopeKindOf(role: Role): UserScopeKind {
  if (role === 'state_admin') return 'state';
  if (role === 'state_consultant') return 'assigned_regions';
  if (role === 'reviewer') return 'optional_region';
  if (isRegionRole(role)) return 'region';
  return 'district';
}

/** An account as the administrator enters it: who, what role, where. */
export interface UserAccountInput {
  email: string;
  displayName: string;
  role: Role;
  regionNumber?: number | null | undefined;
  districtCdsCode?: string | null | undefined;
  assignedRegionNumbers?: readonly number[] | undefined;
}

/** An account's scope, reduced to the fields its role uses (UA1.2: the others are dropped, not kept). */
export interface UserScopeInput {
  regionNumber: number | null;
  districtCdsCode: string | null;
  assignedRegionNumbers: number[];
}

/** The scope fields `role` keeps of `input` (UA1.2). */
export function scopeFieldsOf(
  role: Role,
  input: Omit<UserAccountInput, 'email' | 'displayName' | 'role'>,
): UserScopeInput {
  const kind = scopeKindOf(role);
  return {
    regionNumber: kind === 'region' || kind === 'optional_region' ? (input.regionNumber ?? null) : null,
    districtCdsCode: kind === 'district' ? (input.districtCdsCode ?? null) : null,
    assignedRegionNumbers: kind === 'assigned_regions' ? [...new Set(input.assignedRegionNumbers ?? [])] : [],
  };
}

/**
 * What is wrong with an account as entered, every problem keyed by field (UA1.1, UA1.3): an
 * email address, a name, a known role, and the scope the role needs.
 */
export function findUserAccountProblems(input: UserAccountInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email.trim()))
    problems.push({ field: 'email', message: 'must be an email address' });
  if (!input.displayName.trim()) problems.push({ field: 'displayName', message: 'must not be empty' });
  if (!ROLES.includes(input.role)) {
    problems.push({ field: 'role', message: `must be one of ${ROLES.join(', ')}` });
    return problems;
  }
  const kind = scopeKindOf(input.role);
  if (kind === 'region' && input.regionNumber == null)
    problems.push({ field: 'regionNumber', message: `is required for the role ${input.role}` });
  if (kind === 'district' && !input.districtCdsCode)
    problems.push({ field: 'districtCdsCode', message: `is required for the role ${input.role}` });
  return problems;
}

/** A change an administrator makes to an account, as far as the self-lockout rule cares. */
export interface AccountChange {
  role?: Role | undefined;
  isActive?: boolean | undefined;
}

/**
 * What an administrator may not do to their own account (UA2.2): deactivate it, or give up
 * the state administrator role, either of which could leave the state with no one to undo it.
 */
export function findSelfChangeProblems(
  actorUserId: string | null,
  targetUserId: string,
  change: AccountChange,
): FieldProblem[] {
  if (actorUserId !== targetUserId) return [];
  const problems: FieldProblem[] = [];
  if (change.isActive === false)
    problems.push({ field: 'isActive', message: 'you cannot deactivate your own account' });
  if (change.role !== undefined && change.role !== 'state_admin')
    problems.push({ field: 'role', message: 'you cannot change your own role' });
  return problems;
}
