import { assertMayReconcile, type ChildIdentifiers } from '../../core/children/reconciliation';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  claimChildVersion,
  findChildrenEvenMerged,
  insertOperation,
  type MovedRows,
} from '../../data/repositories/child-identities.repository';
import type { DbChild } from '../../data/tables';
import type { UseCaseContext } from '../context';
import { staleChild } from './update-child';

export const NO_CHILD = 'No child with that id.';

/** The identifiers of a stored child, as the core compares them. */
export function identifiersOfRow(row: DbChild): ChildIdentifiers {
  return {
    studentNumber: row.student_number,
    statewideStudentId: row.statewide_student_id,
    msixId: row.msix_id,
    historyStudentId: row.history_student_id,
  };
}

/** The identifier columns of a child, by the core's name. */
export const IDENTIFIER_COLUMNS = {
  statewideStudentId: 'statewide_student_id',
  msixId: 'msix_id',
  historyStudentId: 'history_student_id',
} as const;

/**
 * Load children the actor may reconcile (404 out of scope, 403 when their role or region does
 * not allow it, IR5.7), in the order of `ids`; retired children included.
 */
export async function loadChildrenToReconcile(ctx: UseCaseContext, db: Db, ids: readonly string[]) {
  const rows = await findChildrenEvenMerged(db, accessScopeOf(ctx.actor), ids);
  const children = ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new DomainError('not_found', NO_CHILD);
    return row;
  });
  assertMayReconcile(
    ctx.actor,
    children.map((c) => c.region_id),
  );
  return children;
}

/**
 * Raise each child's version from the one the person read, in id order so that two operations
 * on the same children wait for each other rather than deadlock; 409 when one changed since.
 * Returns the rows as they are now, keyed by id.
 */
export async function claimVersions(db: Db, versions: readonly { id: string; version: number }[]) {
  const claimed = new Map<string, DbChild>();
  for (const { id, version } of [...versions].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const row = await claimChildVersion(db, id, version);
    if (!row) throw staleChild();
    claimed.set(id, row);
  }
  return claimed;
}

/** Refuse to change a child a merge retired (IR5.5). */
export function assertNotRetired(child: DbChild, field: string): void {
  if (child.merged_into_id !== null)
    throw new DomainError('conflict', `${field}: this child was merged into another; undo that merge first`, [
      { field, message: 'this child was merged into another; undo that merge first' },
    ]);
}

/**
 * Record a merge or split (IR5.8) with its audit event, which names the first child and holds
 * `audited`: what the person did, as the audit log shows it.
 */
export async function insertAuditedOperation(
  db: Db,
  ctx: UseCaseContext,
  operation: {
    kind: 'merge' | 'split';
    kept: DbChild;
    other: DbChild;
    createdChild: boolean;
    overrideReason: string | null;
    moved: MovedRows[];
    identifiers: Record<string, string>;
  },
  audited: Record<string, unknown>,
) {
  const { kept, other, ...rest } = operation;
  const row = await insertOperation(db, {
    ...rest,
    keptChildId: kept.id,
    otherChildId: other.id,
    regionIds: [...new Set([kept.region_id, other.region_id])],
    by: ctx.actor.userId,
    byLabel: ctx.actor.label,
  });
  await recordAudit(db, ctx.actor, {
    action: 'create',
    entityType: 'child_identity_operation',
    entityId: row.id,
    regionId: kept.region_id,
    childId: kept.id,
    after: audited,
  });
  return row;
}
