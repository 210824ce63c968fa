import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { planPolicy } from '../../core/services/plan.policy';
import { canTakePlanAction, type PlanVersionAction } from '../../core/services/plan-version';
import type { Db } from '../../data/db';
import { findPlanVersionRow, type DbPlanVersion } from '../../data/repositories/plan.repository';
import type { UseCaseContext } from '../context';

export const PLAN_VERSION_NOT_FOUND = 'No plan version with that id.';

/** Load a version the actor may read, or raise `not_found`. */
export async function loadReadablePlanVersion(
  ctx: UseCaseContext,
  db: Db,
  id: string,
): Promise<DbPlanVersion> {
  const row = await findPlanVersionRow(db, id);
  if (!row) throw new DomainError('not_found', PLAN_VERSION_NOT_FOUND);
  authorize(planPolicy, ctx.actor, 'read', { status: row.status }, PLAN_VERSION_NOT_FOUND);
  return row;
}

/**
 * Load a version for `action`: 404 when it does not exist, 403 for a role that does not
 * manage the plan, 409 when its status does not allow the action (an adopted plan is never
 * edited: amend it instead).
 */
export async function loadPlanVersionFor(
  ctx: UseCaseContext,
  db: Db,
  id: string,
  action: PlanVersionAction,
): Promise<DbPlanVersion> {
  const row = await loadReadablePlanVersion(ctx, db, id);
  authorize(planPolicy, ctx.actor, 'manage', { status: row.status }, PLAN_VERSION_NOT_FOUND);
  if (!canTakePlanAction(row.status, action))
    throw new DomainError(
      'conflict',
      action === 'amend'
        ? 'A draft is edited, not amended.'
        : `This version is ${row.status}: it is never changed. Amend it to make a new draft.`,
      [{ field: 'status', message: `is ${row.status}` }],
    );
  return row;
}

/** The error of a save that lost the race: someone changed the version since it was read. */
export function stalePlanVersion(): DomainError {
  return new DomainError('conflict', 'version: someone else changed this plan version; reload it', [
    { field: 'version', message: 'is stale' },
  ]);
}
