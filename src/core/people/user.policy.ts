import { canReachRecord, canWriteInRegion, type Actor } from './access-scope';
import { definePolicy } from './policy';
import { hasPermission, type Role } from './roles';

/** A user account as far as access cares: where it works. */
export interface UserAccess {
  role: Role;
  /** The user's region; null for statewide roles. */
  regionId: string | null;
  /** District staff's district. */
  districtId: string | null;
}

/**
 * Who may see, create and change user accounts (docs/rules/users.md UA2.1). Region managers see
 * their region's users, district staff with the permission their district's, the state
 * everyone; only a state administrator creates and changes users (`user.manage`: edit, role and
 * scope, deactivate, reset a password), and never outside their scope.
 */
export const userPolicy = definePolicy<'create' | 'manage', UserAccess>({
  read: (actor: Actor, user) =>
    hasPermission(actor.role, 'user.read') &&
    canReachRecord(actor, {
      regionId: user.regionId ?? '',
      districtIds: user.districtId ? [user.districtId] : [],
    }),
  create: (actor: Actor, user) =>
    hasPermission(actor.role, 'user.manage') && canWriteInRegion(actor, user.regionId ?? ''),
  manage: (actor: Actor, user) =>
    hasPermission(actor.role, 'user.manage') && canWriteInRegion(actor, user.regionId ?? ''),
});
