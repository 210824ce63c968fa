import {
  assertMergeAllowed,
  identifierConflicts,
  identifiersToCarry,
  type ConflictingIdentifier,
} from '../../core/children/reconciliation';
import { DomainError } from '../../core/common/domain-error';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  CHILD_REFERENCES,
  conflictingRows,
  moveRows,
  referenceValue,
  setChildIdentity,
  type ChildIdentityChange,
  type MovedRows,
  type RowKey,
} from '../../data/repositories/child-identities.repository';
import type { DbChild } from '../../data/tables';
import type { UseCaseContext } from '../context';
import { requirePermission } from '../context';
import { auditedChild } from './child-row';
import { getChildOperation, type ChildOperationRecord } from './child-operation-record';
import {
  assertNotRetired,
  claimVersions,
  identifiersOfRow,
  IDENTIFIER_COLUMNS,
  insertAuditedOperation,
  loadChildrenToReconcile,
} from './reconciliation-common';

export interface MergeChildrenInput {
  keptChildId: string;
  keptVersion: number;
  mergedChildId: string;
  mergedVersion: number;
  /** Why two children whose identifiers disagree are one child all the same (IR5.3). */
  overrideReason?: string | null | undefined;
}

/**
 * IR5.5: refuse when a row of one child cannot join the other's because the other already
 * has one with the same unique values (the same COE's eligibility, the same service, the same
 * assessment): the message names them, and nothing moves.
 */
export async function assertRowsCanMove(
  db: Db,
  from: DbChild,
  to: DbChild,
  chosen?: ReadonlyMap<string, readonly RowKey[]>,
): Promise<void> {
  const clashes: string[] = [];
  for (const reference of CHILD_REFERENCES) {
    const keys = chosen ? chosen.get(reference.table) : undefined;
    if (chosen && !keys) continue;
    const rows = await conflictingRows(
      db,
      reference,
      referenceValue(reference, from),
      referenceValue(reference, to),
      keys,
    );
    for (const row of rows) clashes.push(`${reference.table} ${reference.key.map((k) => row[k]).join('/')}`);
  }
  if (clashes.length > 0)
    throw new DomainError(
      'conflict',
      `rows: the other child already has the same record, so these cannot move: ${clashes.join(', ')}`,
      [
        {
          field: 'rows',
          message: `the other child already has the same record, so these cannot move: ${clashes.join(', ')}`,
        },
      ],
    );
}

/**
 * Merge two children who are one child (IR5.5): every row that names the merged child moves to
 * the kept one, the kept child takes the identifiers it lacks, and the merged child is retired
 * (`merged_into_id`), leaving every list and count. One transaction, at the versions both
 * children were read (409 when either changed since; of two merges of one child, one wins),
 * audited with exactly the rows moved, which undo moves back (IR5.8).
 */
export async function mergeChildren(
  ctx: UseCaseContext,
  input: MergeChildrenInput,
): Promise<ChildOperationRecord> {
  requirePermission(ctx, 'child.reconcile');
  if (input.keptChildId === input.mergedChildId)
    throw DomainError.invalidField('mergedChildId', 'must be another child than the one kept');
  const overrideReason = input.overrideReason?.trim() || null;
  const id = await ctx.db.transaction().execute(async (trx) => {
    await loadChildrenToReconcile(ctx, trx, [input.keptChildId, input.mergedChildId]);
    const claimed = await claimVersions(trx, [
      { id: input.keptChildId, version: input.keptVersion },
      { id: input.mergedChildId, version: input.mergedVersion },
    ]);
    const kept = claimed.get(input.keptChildId)!;
    const merged = claimed.get(input.mergedChildId)!;
    assertNotRetired(kept, 'keptChildId');
    assertNotRetired(merged, 'mergedChildId');
    const conflicts = identifierConflicts(identifiersOfRow(kept), identifiersOfRow(merged));
    assertMergeAllowed(conflicts, overrideReason);
    await assertRowsCanMove(trx, merged, kept);

    const moved: MovedRows[] = [];
    for (const reference of CHILD_REFERENCES) {
      const from = referenceValue(reference, merged);
      const to = referenceValue(reference, kept);
      const keys = await moveRows(trx, reference, from, to);
      if (keys.length > 0) moved.push({ table: reference.table, column: reference.column, from, to, keys });
    }
    const carried = identifiersToCarry(identifiersOfRow(kept), identifiersOfRow(merged));
    const cleared: ChildIdentityChange = { merged_into_id: kept.id };
    const taken: ChildIdentityChange = {};
    for (const [name, value] of Object.entries(carried) as [ConflictingIdentifier, string][]) {
      cleared[IDENTIFIER_COLUMNS[name]] = null;
      taken[IDENTIFIER_COLUMNS[name]] = value;
    }
    // The merged child lets go of the identifiers first: each is unique in the state.
    const mergedAfter = await setChildIdentity(trx, merged.id, cleared);
    const keptAfter = Object.keys(taken).length > 0 ? await setChildIdentity(trx, kept.id, taken) : kept;
    const operation = await insertAuditedOperation(
      trx,
      ctx,
      {
        kind: 'merge',
        kept,
        other: merged,
        createdChild: false,
        overrideReason,
        moved,
        identifiers: carried as Record<string, string>,
      },
      {
        kind: 'merge',
        keptChildId: kept.id,
        mergedChildId: merged.id,
        overrideReason,
        conflicts,
        moved,
        identifiers: carried,
      },
    );
    for (const [before, after] of [
      [kept, keptAfter],
      [merged, mergedAfter],
    ] as const)
      await recordAudit(trx, ctx.actor, {
        action: 'update',
        entityType: 'child',
        entityId: before.id,
        regionId: before.region_id,
        childId: before.id,
        before: auditedChild(before),
        after: { ...auditedChild(after), operation: operation.id },
      });
    return operation.id;
  });
  return getChildOperation(ctx, id);
}
