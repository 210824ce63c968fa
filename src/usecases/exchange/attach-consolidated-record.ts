import { DomainError } from '../../core/common/domain-error';
import {
  canonicalConsolidatedRecord,
  parseConsolidatedRecordFile,
  sendingStates,
  type ConsolidatedRecord,
} from '../../core/exchange/msix-consolidated-record';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findAttachedRecordByMsixId,
  insertConsolidatedRecord,
} from '../../data/repositories/msix-consolidated-records.repository';
import { todayInState } from '../clock';
import { requirePermission, type UseCaseContext } from '../context';
import {
  consolidatedRecordView,
  loadChildForRecords,
  type ConsolidatedRecordView,
} from './consolidated-record-view';
import { detachAudited } from './detach-consolidated-record';

export interface ConsolidatedRecordUpload {
  fileName: string | null;
  content: Buffer | string;
  /** Which record of a file of several (by its MSIX ID); a file of one needs none. */
  msixId?: string | undefined;
}

/** The one record of the upload to attach: the file's only one, or the one named. */
function chooseRecord(
  records: readonly ConsolidatedRecord[],
  msixId: string | undefined,
): ConsolidatedRecord {
  if (msixId !== undefined) {
    const record = records.find((r) => r.msixId === msixId);
    if (!record) throw DomainError.invalidField('msixId', 'is not the MSIX ID of a record of the file');
    return record;
  }
  if (records.length > 1)
    throw DomainError.invalidField('msixId', 'choose which record of the file to attach: it holds several');
  return records[0]!;
}

/**
 * X11.4: attach a consolidated record to a child, in one transaction with its audit row: the
 * record is kept as read with the day received; one the child holds for the same MSIX ID is
 * detached (and audited). Nothing of Ciclo's child, enrollments or eligibility changes.
 */
export async function attachConsolidatedRecord(
  ctx: UseCaseContext,
  childId: string,
  upload: ConsolidatedRecordUpload,
  now: Date = new Date(),
): Promise<ConsolidatedRecordView> {
  requirePermission(ctx, 'msix.attach');
  const file = parseConsolidatedRecordFile(upload.content.toString());
  const record = chooseRecord(file.records, upload.msixId);
  return ctx.db
    .transaction()
    .execute((trx) => attachRecordInTransaction(ctx, trx, childId, record, upload.fileName, now));
}

/** The attach itself in the caller's transaction: the child is loaded and the actor authorized in it. */
export async function attachRecordInTransaction(
  ctx: UseCaseContext,
  trx: Db,
  childId: string,
  record: ConsolidatedRecord,
  fileName: string | null,
  now: Date,
): Promise<ConsolidatedRecordView> {
  const { regionId } = (await loadChildForRecords(ctx, trx, childId, 'attach')).subject;
  const held = await findAttachedRecordByMsixId(trx, childId, record.msixId);
  if (held)
    await detachAudited(ctx, trx, held, { childId, regionId, why: { replacedByANewerRecord: true } }, now);
  const row = await insertConsolidatedRecord(trx, ctx.actor, {
    childId,
    msixId: record.msixId,
    sendingStates: sendingStates(record),
    receivedOn: todayInState(now),
    fileName,
    record: canonicalConsolidatedRecord(record),
  });
  await recordAudit(trx, ctx.actor, {
    action: 'create',
    entityType: 'msix_consolidated_record',
    entityId: row.id,
    regionId,
    childId,
    after: { msixId: row.msix_id, sendingStates: row.sending_states, receivedOn: row.received_on, fileName },
  });
  return consolidatedRecordView(row);
}
