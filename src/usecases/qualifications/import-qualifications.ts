import { readQualificationsCsv } from '../../core/recruitment/read-qualifications-csv';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  upsertQualificationRecords,
  type UpsertSummary,
} from '../../data/repositories/qualifications.repository';
import { requirePermission, type UseCaseContext } from '../context';

export interface ImportSummary extends UpsertSummary {
  rows: number;
}

/**
 * Import a qualifications CSV: all or nothing (a broken rule refuses the whole file, naming
 * line and column), idempotent, audited as one event.
 */
export async function importQualifications(
  ctx: UseCaseContext,
  fileName: string,
  text: string,
): Promise<ImportSummary> {
  requirePermission(ctx, 'qualification.import');
  const records = readQualificationsCsv(fileName, text);
  return ctx.db.transaction().execute(async (trx) => {
    const summary = await upsertQualificationRecords(trx, records, fileName);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'qualification_import',
      entityId: fileName,
      regionId: null,
      after: { rows: records.length, ...summary },
    });
    return { rows: records.length, ...summary };
  });
}
