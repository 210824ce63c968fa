import { mayReconcile } from '../../core/children/reconciliation';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { findRetiredChild } from '../../data/repositories/child-identities.repository';
import { requirePermission, type UseCaseContext } from '../context';
import type { ChildOperationRecord } from './child-operation-record';
import { NO_CHILD } from './reconciliation-common';

type ChildName = ChildOperationRecord['keptChild'];

/** A child a merge retired, as its page says so (IR5.5). */
export interface RetiredChild {
  child: ChildName;
  /** The child its records were merged into. */
  keptChild: ChildName;
  /** The merge; null only for a retirement no operation records. */
  operationId: string | null;
  mergedAt: string | null;
  /** The actor may undo the merge from the history. */
  canReconcile: boolean;
}

/**
 * Where a merged child's records went (IR5.5): seen by whom the child they stand in now is,
 * `not_found` otherwise and for a child no merge retired.
 */
export async function getRetiredChild(ctx: UseCaseContext, id: string): Promise<RetiredChild> {
  requirePermission(ctx, 'child.read');
  const row = await findRetiredChild(ctx.db, accessScopeOf(ctx.actor), id);
  if (!row) throw new DomainError('not_found', NO_CHILD);
  return {
    child: {
      id: row.id,
      studentNumber: row.student_number,
      firstName: row.first_name,
      lastSurname: row.last_surname,
    },
    keptChild: {
      id: row.kept_id,
      studentNumber: row.kept_student_number,
      firstName: row.kept_first_name,
      lastSurname: row.kept_last_surname,
    },
    operationId: row.operation_id,
    mergedAt: row.merged_at?.toISOString() ?? null,
    canReconcile: row.operation_id !== null && mayReconcile(ctx.actor, [row.region_id, row.kept_region_id]),
  };
}
