import { DomainError } from '../../core/common/domain-error';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  detachConsolidatedRecord as detachRow,
  findAttachedRecordByMsixId,
  findConsolidatedRecordOfChild,
  reattachConsolidatedRecord as reattachRow,
  type ConsolidatedRecordRow,
} from '../../data/repositories/msix-consolidated-records.repository';
import { requirePermission, type UseCaseContext } from '../context';
import {
  consolidatedRecordView,
  loadChildForRecords,
  type ConsolidatedRecordView,
} from './consolidated-record-view';

/** The 409 of a detach or attach again of a record someone else changed since it was read. */
function staleConsolidatedRecord(): DomainError {
  return new DomainError(
    'conflict',
    'version: someone else changed this record from other states since you opened it; reload and try again',
    [{ field: 'version', message: 'is stale' }],
  );
}

/** Where a record is detached and why: the child (of its region) and what the audit row adds. */
interface DetachOf {
  childId: string;
  regionId: string;
  why?: { replacedByANewerRecord: true } | { replacedByAnEarlierRecord: true };
}

/**
 * X11.4: detach `record` of the child at its version (409 when it changed since), with its
 * audit row: by a person, or in the place of a record attached for the same MSIX ID.
 */
export async function detachAudited(
  ctx: UseCaseContext,
  trx: Db,
  record: Pick<ConsolidatedRecordRow, 'id' | 'version'>,
  { childId, regionId, why }: DetachOf,
  now: Date,
): Promise<ConsolidatedRecordRow> {
  const row = await detachRow(trx, ctx.actor, record.id, record.version, now);
  if (!row) throw staleConsolidatedRecord();
  await recordAudit(trx, ctx.actor, {
    action: 'delete',
    entityType: 'msix_consolidated_record',
    entityId: row.id,
    regionId,
    childId,
    before: { msixId: row.msix_id, receivedOn: row.received_on },
    after: { detached: true, ...why },
  });
  return row;
}

/**
 * The detach or attach again of one record of the child, by whoever may attach its records, in
 * one transaction; a record the child does not hold is `not_found`.
 */
async function changeRecordOfChild(
  ctx: UseCaseContext,
  childId: string,
  recordId: string,
  change: (trx: Db, record: ConsolidatedRecordRow, of: DetachOf) => Promise<ConsolidatedRecordRow>,
): Promise<ConsolidatedRecordView> {
  requirePermission(ctx, 'msix.attach');
  return ctx.db.transaction().execute(async (trx) => {
    const { regionId } = (await loadChildForRecords(ctx, trx, childId, 'attach')).subject;
    const record = await findConsolidatedRecordOfChild(trx, childId, recordId);
    if (!record) throw new DomainError('not_found', 'No record from other states with that id.');
    return consolidatedRecordView(await change(trx, record, { childId, regionId }));
  });
}

/**
 * X11.4: detach a record from the child (it leaves the child's page, kept with who detached it
 * and when), at the version read: a stale version is refused with 409 and changes nothing.
 */
export async function detachConsolidatedRecord(
  ctx: UseCaseContext,
  childId: string,
  recordId: string,
  version: number,
  now: Date = new Date(),
): Promise<ConsolidatedRecordView> {
  return changeRecordOfChild(ctx, childId, recordId, (trx, record, of) =>
    detachAudited(ctx, trx, { id: record.id, version }, of, now),
  );
}

/**
 * X11.4: attach a detached record again (the undo of a detach), at the version read (a stale
 * version, or a record attached already, is refused with 409); a record the child holds now for
 * the same MSIX ID is detached in its place.
 */
export async function reattachConsolidatedRecord(
  ctx: UseCaseContext,
  childId: string,
  recordId: string,
  version: number,
  now: Date = new Date(),
): Promise<ConsolidatedRecordView> {
  return changeRecordOfChild(ctx, childId, recordId, async (trx, record, of) => {
    const held = await findAttachedRecordByMsixId(trx, childId, record.msix_id);
    if (held && held.id !== record.id)
      await detachAudited(ctx, trx, held, { ...of, why: { replacedByAnEarlierRecord: true } }, now);
    const row = await reattachRow(trx, ctx.actor, record.id, version, now);
    if (!row) throw staleConsolidatedRecord();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'msix_consolidated_record',
      entityId: row.id,
      regionId: of.regionId,
      childId,
      after: {
        msixId: row.msix_id,
        sendingStates: row.sending_states,
        receivedOn: row.received_on,
        reattached: true,
      },
    });
    return row;
  });
}
