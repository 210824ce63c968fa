import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import {
  mappingProblems,
  readReferralRows,
  referralKey,
  suggestMapping,
  type ColumnMapping,
  type SkippedRow,
} from '../../core/recruitment/referral';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findColumnMapping,
  insertReferralImport,
  saveColumnMapping,
  updateReferralImportCounts,
} from '../../data/repositories/referral-imports.repository';
import { insertNewReferrals } from '../../data/repositories/referrals.repository';
import type { UseCaseContext } from '../context';
import { spreadsheetRows } from '../spreadsheets/read-spreadsheet';
import { districtToImportFor, type ReferralFile } from './referral-file';
import { referralRows } from './referral-rows';
import { ruleSetOfRegion } from './region-rule-sets';

export interface ReferralImportSummary {
  rows: number;
  added: number;
  alreadyListed: number;
  priorMigrants: number;
  skippedCount: number;
  /** The first skipped rows with line, column and why. */
  skipped: SkippedRow[];
}

const SKIPPED_LISTED = 200;
const BATCH = 5_000;

/**
 * Import a district's list: read it through the mapping (the district's saved one unless
 * another is given; a given mapping is saved for next time), recognize children Ciclo already
 * knows (a prior migrant), rank each referral by the region's rules, and add the referrals
 * not already listed. Bad rows are skipped and named. One transaction, one audit event.
 */
export async function importReferrals(
  ctx: UseCaseContext,
  file: ReferralFile & { mapping?: ColumnMapping | undefined },
  today: CalendarDate,
  onProgress?: (done: number, total: number) => void,
): Promise<ReferralImportSummary> {
  const district = await districtToImportFor(ctx, file.districtId);
  const rows = await spreadsheetRows(file.fileName, file.content);
  const header = (rows[0] ?? []).map((cell) => cell.trim());
  const mapping =
    file.mapping ?? (await findColumnMapping(ctx.db, file.districtId)) ?? suggestMapping(header);
  const problems = mappingProblems(mapping, header);
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      `mapping: ${problems.join('; ')}`,
      problems.map((message) => ({ field: 'mapping', message })),
    );
  const { referrals, skipped } = readReferralRows([header, ...rows.slice(1)], mapping);
  const ruleSet = await ruleSetOfRegion(ctx.db, district.region_id);

  return ctx.db.transaction().execute(async (trx) => {
    const summary: ReferralImportSummary = {
      rows: referrals.length + skipped.length,
      added: 0,
      alreadyListed: 0,
      priorMigrants: 0,
      skippedCount: skipped.length,
      skipped: skipped.slice(0, SKIPPED_LISTED),
    };
    const importId = await insertReferralImport(trx, {
      regionId: district.region_id,
      districtId: district.id,
      fileName: file.fileName,
      rows: summary.rows,
      skipped: summary.skipped,
      importedBy: ctx.actor.userId,
    });
    // A child listed twice in the same file counts once.
    const seen = new Set<string>();
    const firsts = referrals.filter((referral) => {
      const key = referralKey(referral);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    for (let start = 0; start < firsts.length; start += BATCH) {
      const batch = firsts.slice(start, start + BATCH);
      const { rows: rowsToAdd, recognized } = await referralRows(trx, batch, {
        regionId: district.region_id,
        districtId: district.id,
        source: 'school-list',
        importId,
        schoolContactId: null,
        enteredBy: null,
        ruleSet,
        today,
      });
      summary.priorMigrants += recognized;
      summary.added += (await insertNewReferrals(trx, rowsToAdd)).length;
      onProgress?.(Math.min(firsts.length, start + BATCH), firsts.length);
    }
    summary.alreadyListed = referrals.length - summary.added;
    await updateReferralImportCounts(trx, importId, {
      added: summary.added,
      alreadyListed: summary.alreadyListed,
    });
    if (file.mapping) await saveColumnMapping(trx, district.id, file.mapping, ctx.actor.userId);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'referral_import',
      entityId: importId,
      regionId: district.region_id,
      after: {
        fileName: file.fileName,
        district: district.name,
        ...summary,
        skipped: undefined,
        // A mapping given with the file replaces the district's saved one: part of what changed.
        savedMapping: file.mapping,
      },
    });
    return summary;
  });
}
