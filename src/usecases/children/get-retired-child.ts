import { mayReconcile } from '../../core/children/reconciliation';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { findRetiredChild } from '../../data/repositories/child-identities.repository';
import { requirePermission, type UseCaseContext } from '../context';
import type { ChildOperationRecord } from './child-operation-record';
import { NO_CHILD } from './reconciliation-common';

type ChildName = ChildOperationRecord['keptChild'];

/** A child a merge retired, or the undo of the split that made it, as its page says so (IR5.5, IR5.8). */
export interface RetiredChild {
  child: ChildName;
  /** The child its records were merged into. */
  keptChild: ChildName;
  /** The merge, to undo from the history; null for an undone split and a retirement no operation records. */
  operationId: string | null;
  /** A merge, or the undo of the split that made this child; null when no operation records it. */
  retiredBy: 'merge' | 'undone-split' | null;
  /** When the merge was done, or the split undone. */
  retiredAt: string | null;
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
  const merged = row.retired_by === 'merge';
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
    operationId: merged ? row.operation_id : null,
    retiredBy: row.retired_by === null ? null : merged ? 'merge' : 'undone-split',
    retiredAt: row.retired_at ? new Date(row.retired_at).toISOString() : null,
    canReconcile: merged && mayReconcile(ctx.actor, [row.region_id, row.kept_region_id]),
  };
}
