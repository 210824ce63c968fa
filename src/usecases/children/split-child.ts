import { validateChildFacts, type ChildFacts } from '../../core/children/child-rules';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import {
  CHILD_REFERENCES,
  moveRows,
  referenceValue,
  type MovedRows,
  type RowKey,
} from '../../data/repositories/child-identities.repository';
import type { DbChild } from '../../data/tables';
import type { UseCaseContext } from '../context';
import { requirePermission } from '../context';
import { childFactsOfRow } from './child-row';
import { getChildOperation, type ChildOperationRecord } from './child-operation-record';
import { createChildRecord } from './create-child-record';
import { assertRowsCanMove } from './merge-children';
import {
  assertNotRetired,
  claimVersions,
  insertAuditedOperation,
  loadChildrenToReconcile,
} from './reconciliation-common';

export interface SplitChildInput {
  childId: string;
  version: number;
  /** The rows to move, each named by its table and primary key (as the child's rows list them). */
  rows: { table: string; key: RowKey }[];
  /** An existing child to take the rows, at the version read; else a new child is made. */
  target?: { childId: string; version: number } | undefined;
  /** The new child's facts where they differ from the child split (names, birth date…). */
  newChild?: Partial<Omit<ChildFacts, 'statewideStudentId' | 'msixId'>> | undefined;
}

/**
 * Split a child record that holds two children (IR5.6): the rows a person chose move to a new
 * child (the split one's facts, without its identifiers, changed where the person says) or to
 * an existing one. One transaction at the versions read, audited with exactly the rows moved.
 */
export async function splitChild(
  ctx: UseCaseContext,
  input: SplitChildInput,
  today: CalendarDate,
): Promise<ChildOperationRecord> {
  requirePermission(ctx, 'child.reconcile');
  if (input.rows.length === 0) throw DomainError.invalidField('rows', 'choose at least one record to move');
  const chosen = new Map<string, RowKey[]>();
  for (const row of input.rows) {
    const reference = CHILD_REFERENCES.find((r) => r.table === row.table);
    if (!reference || reference.key.some((k) => typeof row.key[k] !== 'string'))
      throw DomainError.invalidField('rows', 'names a record that is not one of the child’s');
    chosen.set(row.table, [...(chosen.get(row.table) ?? []), row.key]);
  }
  if (input.target?.childId === input.childId)
    throw DomainError.invalidField('target', 'must be another child than the one split');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const ids = input.target ? [input.childId, input.target.childId] : [input.childId];
    await loadChildrenToReconcile(ctx, trx, ids);
    const claimed = await claimVersions(trx, [
      { id: input.childId, version: input.version },
      ...(input.target ? [{ id: input.target.childId, version: input.target.version }] : []),
    ]);
    const source = claimed.get(input.childId)!;
    assertNotRetired(source, 'childId');
    let target: DbChild;
    if (input.target) {
      target = claimed.get(input.target.childId)!;
      assertNotRetired(target, 'target');
    } else {
      const facts = validateChildFacts(
        { ...childFactsOfRow(source), ...input.newChild, statewideStudentId: null, msixId: null },
        today,
      );
      target = await createChildRecord(trx, ctx.actor, {
        facts,
        regionId: source.region_id,
        familyId: source.family_id,
        source: `split of child ${source.id}`,
      });
    }
    await assertRowsCanMove(trx, source, target, chosen);
    const moved: MovedRows[] = [];
    for (const reference of CHILD_REFERENCES) {
      const keys = chosen.get(reference.table);
      if (!keys) continue;
      const from = referenceValue(reference, source);
      const to = referenceValue(reference, target);
      const done = await moveRows(trx, reference, from, to, keys);
      if (done.length !== new Set(keys.map((k) => JSON.stringify(k))).size)
        throw DomainError.invalidField('rows', 'names a record that is not one of the child’s');
      moved.push({ table: reference.table, column: reference.column, from, to, keys: done });
    }
    const operation = await insertAuditedOperation(
      trx,
      ctx,
      {
        kind: 'split',
        kept: source,
        other: target,
        createdChild: !input.target,
        overrideReason: null,
        moved,
        identifiers: {},
      },
      { kind: 'split', childId: source.id, targetChildId: target.id, createdChild: !input.target, moved },
    );
    return operation.id;
  });
  return getChildOperation(ctx, id);
}
