import type { Db } from '../data/db';
import { requireRolePermission } from '../core/people/policy';
import type { Permission } from '../core/people/roles';
import type { Actor } from '../core/people/access-scope';

/** What every use case is given: the database and who is acting. */
export interface UseCaseContext {
  db: Db;
  actor: Actor;
}

/** The actor of command-line work: a state administrator named `cli` in the audit log. */
export const CLI_ACTOR: Actor = {
  userId: null,
  role: 'state_admin',
  regionId: null,
  districtId: null,
  assignedRegionIds: [],
  label: 'cli',
};

/** Assert the actor's role holds `permission`, before any record is loaded. */
export function requirePermission(ctx: UseCaseContext, permission: Permission): void {
  requireRolePermission(ctx.actor, permission);
}
