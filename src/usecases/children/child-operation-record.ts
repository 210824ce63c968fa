import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { listOperations, type MovedRows } from '../../data/repositories/child-identities.repository';
import type { UseCaseContext } from '../context';
import { requirePermission } from '../context';

/** A merge or split as the history shows it (IR5.8). */
export interface ChildOperationRecord {
  id: string;
  kind: 'merge' | 'split';
  /** Merge: the child kept; split: the child the rows were taken from. */
  keptChild: { id: string; studentNumber: string; firstName: string; lastSurname: string };
  /** Merge: the child retired; split: the child that took the rows. */
  otherChild: { id: string; studentNumber: string; firstName: string; lastSurname: string };
  createdChild: boolean;
  overrideReason: string | null;
  /** Per table, the rows moved. */
  moved: { table: string; count: number; keys: Record<string, string>[] }[];
  identifiers: Record<string, string>;
  doneBy: string;
  doneAt: string;
  undoneBy: string | null;
  undoneAt: string | null;
}

type OperationRow = Awaited<ReturnType<typeof listOperations>>['rows'][number];

function recordOf(row: OperationRow): ChildOperationRecord {
  const moved = row.moved as MovedRows[];
  return {
    id: row.id,
    kind: row.kind,
    keptChild: {
      id: row.kept_child_id,
      studentNumber: row.kept_student_number,
      firstName: row.kept_first_name,
      lastSurname: row.kept_last_surname,
    },
    otherChild: {
      id: row.other_child_id,
      studentNumber: row.other_student_number,
      firstName: row.other_first_name,
      lastSurname: row.other_last_surname,
    },
    createdChild: row.created_child,
    overrideReason: row.override_reason,
    moved: moved.map((m) => ({ table: m.table, count: m.keys.length, keys: m.keys })),
    identifiers: row.identifiers as Record<string, string>,
    doneBy: row.done_by_label,
    doneAt: new Date(row.done_at).toISOString(),
    undoneBy: row.undone_by_label,
    undoneAt: row.undone_at ? new Date(row.undone_at).toISOString() : null,
  };
}

/**
 * The merges and splits of children the actor may reconcile, newest first (IR5.8); of one
 * child when `childId` is given.
 */
export async function listChildOperations(
  ctx: UseCaseContext,
  page: { limit: number; offset: number; childId?: string | undefined },
): Promise<{ items: ChildOperationRecord[]; total: number }> {
  requirePermission(ctx, 'child.reconcile');
  const { rows, total } = await listOperations(ctx.db, accessScopeOf(ctx.actor), page);
  return { items: rows.map(recordOf), total };
}

/** One operation, as the history shows it. */
export async function getChildOperation(ctx: UseCaseContext, id: string): Promise<ChildOperationRecord> {
  requirePermission(ctx, 'child.reconcile');
  const { rows } = await listOperations(ctx.db, accessScopeOf(ctx.actor), {
    limit: 1,
    offset: 0,
    operationId: id,
  });
  const row = rows[0];
  if (!row) throw new DomainError('not_found', 'No merge or split with that id.');
  return recordOf(row);
}
