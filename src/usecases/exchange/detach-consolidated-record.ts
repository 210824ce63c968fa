import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  detachConsolidatedRecord as detachRow,
  findAttachedRecordByMsixId,
  findConsolidatedRecordOfChild,
  reattachConsolidatedRecord as reattachRow,
} from '../../data/repositories/msix-consolidated-records.repository';
import { requirePermission, type UseCaseContext } from '../context';
import {
  consolidatedRecordView,
  loadChildForRecords,
  type ConsolidatedRecordView,
} from './consolidated-record-view';

const NOT_FOUND = 'No record from other states with that id.';

/** The 409 of a detach or attach again of a record someone else changed since it was read. */
export function staleConsolidatedRecord(): DomainError {
  return new DomainError(
    'conflict',
    'version: someone else changed this record from other states since you opened it; reload and try again',
    [{ field: 'version', message: 'is stale' }],
  );
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
  requirePermission(ctx, 'msix.attach');
  return ctx.db.transaction().execute(async (trx) => {
    const { subject } = await loadChildForRecords(ctx, trx, childId, 'attach');
    const held = await findConsolidatedRecordOfChild(trx, childId, recordId);
    if (!held) throw new DomainError('not_found', NOT_FOUND);
    const row = await detachRow(trx, ctx.actor, recordId, version, now);
    if (!row) throw staleConsolidatedRecord();
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'msix_consolidated_record',
      entityId: row.id,
      regionId: subject.regionId,
      childId,
      before: { msixId: row.msix_id, receivedOn: row.received_on },
      after: { detached: true },
    });
    return consolidatedRecordView(row);
  });
}

/**
 * X11.4: attach a detached record again (the undo of a detach), at the version read; a record
 * the child holds now for the same MSIX ID is detached in its place.
 */
export async function reattachConsolidatedRecord(
  ctx: UseCaseContext,
  childId: string,
  recordId: string,
  version: number,
  now: Date = new Date(),
): Promise<ConsolidatedRecordView> {
  requirePermission(ctx, 'msix.attach');
  return ctx.db.transaction().execute(async (trx) => {
    const { subject } = await loadChildForRecords(ctx, trx, childId, 'attach');
    const record = await findConsolidatedRecordOfChild(trx, childId, recordId);
    if (!record) throw new DomainError('not_found', NOT_FOUND);
    if (record.version !== version || record.detached_at === null) throw staleConsolidatedRecord();
    const held = await findAttachedRecordByMsixId(trx, childId, record.msix_id);
    if (held) {
      await detachRow(trx, ctx.actor, held.id, held.version, now);
      await recordAudit(trx, ctx.actor, {
        action: 'delete',
        entityType: 'msix_consolidated_record',
        entityId: held.id,
        regionId: subject.regionId,
        childId,
        before: { msixId: held.msix_id, receivedOn: held.received_on },
        after: { detached: true, replacedByAnEarlierRecord: true },
      });
    }
    const row = await reattachRow(trx, ctx.actor, recordId, version, now);
    if (!row) throw staleConsolidatedRecord();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'msix_consolidated_record',
      entityId: row.id,
      regionId: subject.regionId,
      childId,
      after: {
        msixId: row.msix_id,
        sendingStates: row.sending_states,
        receivedOn: row.received_on,
        reattached: true,
      },
    });
    return consolidatedRecordView(row);
  });
}
