import { msixChanges } from '../../core/exchange/msix-changes';
import { msixFileHeader, msixFileRow } from '../../core/exchange/msix-file';
import { msixCarriedRecords } from '../../core/exchange/msix-sent';
import type { MsixChildRecord } from '../../core/exchange/msix-record';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  insertMsixExport,
  lockMsixExports,
  lastMsixSnapshot,
  type MsixExportCounts,
} from '../../data/repositories/msix-records.repository';
import { todayInState } from '../clock';
import type { UseCaseContext } from '../context';
import { csvText } from '../exports/csv-file';
import { childNameOf } from '../services/child-name';
import { msixRecordsOfScope } from './msix-records-of-scope';
import { requireStateExporter } from './msix-scope';

export interface MsixHeldBack {
  childId: string;
  name: string;
  studentNumber: string;
  problems: number;
}

export interface MsixExportReply {
  id: string;
  createdAt: string;
  counts: MsixExportCounts;
  fileName: string;
  /** The children not sent because their record has problems (X7.5). */
  heldBack: MsixHeldBack[];
}

/**
 * X7.5: the state administrator's export of the changes since the last export (X5): the state's
 * children's records are built and checked; those with problems are held back (a child already
 * sent keeps the record last sent, so no delete or update goes out for them); the others are
 * compared with the last export's snapshot. The snapshot's changed rows, the export with its file
 * and the audit row are kept in one transaction.
 */
export async function createMsixExport(
  ctx: UseCaseContext,
  now: Date = new Date(),
): Promise<MsixExportReply> {
  requireStateExporter(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    // One export at a time: the second waits and compares with the first one's snapshot.
    await lockMsixExports(trx);
    const checks = await msixRecordsOfScope(trx, { regionId: null }, todayInState(now));
    const previous = (await lastMsixSnapshot(trx)) as Map<string, MsixChildRecord>;
    const current = new Map<string, MsixChildRecord>();
    const heldBack: MsixHeldBack[] = [];
    for (const { child, record, problems } of checks) {
      if (problems.length === 0) current.set(child.id, record);
      else {
        heldBack.push({
          childId: child.id,
          name: childNameOf(child)!,
          studentNumber: child.student_number,
          problems: problems.length,
        });
        const sent = previous.get(child.id);
        if (sent) current.set(child.id, sent);
      }
    }
    const changes = msixChanges(previous, current);
    const counts: MsixExportCounts = {
      inserted: changes.filter((change) => change.action === 'insert').length,
      updated: changes.filter((change) => change.action === 'update').length,
      deleted: changes.filter((change) => change.action === 'delete').length,
      heldBack: heldBack.length,
    };
    const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
    const fileName = `msix-changes-${stamp}.csv`;
    const fileText = csvText(msixFileHeader(), changes.map(msixFileRow));
    const id = await insertMsixExport(trx, {
      createdBy: ctx.actor.userId,
      createdByLabel: ctx.actor.label,
      counts,
      fileName,
      fileText,
      // X8.2: what the file carried is read from the file itself, as it was written.
      sent: msixCarriedRecords(fileText),
      changes,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'msix_export',
      entityId: id,
      regionId: null,
      after: { ...counts, fileName },
    });
    return { id, createdAt: now.toISOString(), counts, fileName, heldBack };
  });
}
