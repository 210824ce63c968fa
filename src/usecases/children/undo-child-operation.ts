import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  bumpChildVersion,
  conflictingRows,
  findOperation,
  laterOperationsOf,
  markOperationUndone,
  moveRows,
  referenceOf,
  rowsReferencingChild,
  setChildIdentity,
  type ChildIdentityChange,
  type MovedRows,
} from '../../data/repositories/child-identities.repository';
import type { UseCaseContext } from '../context';
import { requirePermission } from '../context';
import { auditedChild } from './child-row';
import { getChildOperation, type ChildOperationRecord } from './child-operation-record';
import { IDENTIFIER_COLUMNS, loadChildrenToReconcile } from './reconciliation-common';

const NO_OPERATION = 'No merge or split with that id.';

const refuse = (message: string) =>
  new DomainError('conflict', `operation: ${message}`, [{ field: 'operation', message }]);

/**
 * Undo a merge or a split (IR5.8): exactly the rows it moved go back, the identifiers the kept
 * child took go back to the merged child, and a merged child is un-retired (a child a split
 * made is retired into the child it came from). Refused when a later operation on either child
 * is not undone, or when a moved row has changed child since; one transaction, audited.
 */
export async function undoChildOperation(ctx: UseCaseContext, id: string): Promise<ChildOperationRecord> {
  requirePermission(ctx, 'child.reconcile');
  await ctx.db.transaction().execute(async (trx) => {
    const operation = await findOperation(trx, accessScopeOf(ctx.actor), id);
    if (!operation) throw new DomainError('not_found', NO_OPERATION);
    await loadChildrenToReconcile(ctx, trx, [operation.kept_child_id, operation.other_child_id]);
    if (operation.undone_at) throw refuse('it was undone already');
    const [firstId, secondId] = [operation.kept_child_id, operation.other_child_id].sort();
    const before = new Map([
      [firstId!, await bumpChildVersion(trx, firstId!)],
      [secondId!, await bumpChildVersion(trx, secondId!)],
    ]);
    const later = await laterOperationsOf(trx, id, new Date(operation.done_at), [
      operation.kept_child_id,
      operation.other_child_id,
    ]);
    if (later.length > 0) throw refuse('a later merge or split of these children must be undone first');
    if (!(await markOperationUndone(trx, id, ctx.actor.userId, ctx.actor.label)))
      throw refuse('it was undone already');

    const moved = operation.moved as MovedRows[];
    for (const rows of [...moved].reverse()) {
      const reference = referenceOf(rows.table);
      const clashes = await conflictingRows(trx, reference, rows.to, rows.from, rows.keys);
      if (clashes.length > 0)
        throw refuse(
          'a record moved by it now has a twin on the child it came from; change one of them first',
        );
      const back = await moveRows(trx, reference, rows.to, rows.from, rows.keys);
      if (back.length !== rows.keys.length)
        throw refuse('some records it moved have moved again or are gone since; undo cannot put them back');
    }
    const kept = before.get(operation.kept_child_id)!;
    const other = before.get(operation.other_child_id)!;
    const identifiers = operation.identifiers as Record<keyof typeof IDENTIFIER_COLUMNS, string>;
    const keptChange: ChildIdentityChange = {};
    const otherChange: ChildIdentityChange = {};
    for (const [name, value] of Object.entries(identifiers) as [keyof typeof IDENTIFIER_COLUMNS, string][]) {
      const column = IDENTIFIER_COLUMNS[name];
      if (kept[column] !== value)
        throw refuse('the kept child’s identifiers have changed since; undo cannot give them back');
      keptChange[column] = null;
      otherChange[column] = value;
    }
    if (operation.kind === 'merge') otherChange.merged_into_id = null;
    else if (operation.created_child) {
      if ((await rowsReferencingChild(trx, other)).length > 0)
        throw refuse('the child the split made has records of its own since; move them first');
      otherChange.merged_into_id = kept.id;
    }
    const keptAfter =
      Object.keys(keptChange).length > 0 ? await setChildIdentity(trx, kept.id, keptChange) : kept;
    const otherAfter =
      Object.keys(otherChange).length > 0 ? await setChildIdentity(trx, other.id, otherChange) : other;
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'child_identity_operation',
      entityId: id,
      regionId: kept.region_id,
      childId: kept.id,
      before: { undone: false },
      after: { undone: true, kind: operation.kind, movedBack: moved, identifiers },
    });
    for (const [was, now] of [
      [kept, keptAfter],
      [other, otherAfter],
    ] as const)
      await recordAudit(trx, ctx.actor, {
        action: 'update',
        entityType: 'child',
        entityId: was.id,
        regionId: was.region_id,
        childId: was.id,
        before: auditedChild(was),
        after: { ...auditedChild(now), undoneOperation: id },
      });
  });
  return getChildOperation(ctx, id);
}
