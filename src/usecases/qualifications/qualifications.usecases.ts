import { DomainError } from '../../core/common/domain-error';
import { hasPermission } from '../../core/people/roles';
import {
  dataPacketOf,
  emptyCounts,
  scopeName,
  type DataPacket,
  type PeriodCounts,
} from '../../core/recruitment/data-packet';
import { parsePeriod, periodsBetween } from '../../core/recruitment/performance-period';
import { readQualificationsCsv } from '../../core/recruitment/read-qualifications-csv';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  countQualificationPeriods,
  upsertQualificationRecords,
  type UpsertSummary,
} from '../../data/repositories/qualifications.repository';
import type { UseCaseContext } from '../context';

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
  if (!hasPermission(ctx.actor.role, 'qualification.import'))
    throw new DomainError('forbidden', 'Your role cannot import qualification history.');
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

/** The data packet for periods `from`..`to` (e.g. 2017-18 .. 2021-22), statewide or for one region. */
export async function buildDataPacket(
  ctx: UseCaseContext,
  options: { from: string; to: string; region?: number | undefined },
): Promise<DataPacket> {
  const periods = periodsBetween(parsePeriod(options.from, 'from'), parsePeriod(options.to, 'to'));
  const rows = await countQualificationPeriods(ctx.db, {
    fromYear: periods[0]!.startYear,
    toYear: periods.at(-1)!.startYear,
    region: options.region,
  });
  const byYear = new Map(rows.map((row) => [row.start_year, row]));
  const counts: PeriodCounts[] = periods.map((period) => {
    const row = byYear.get(period.startYear);
    if (!row) return emptyCounts(period.name);
    return {
      period: period.name,
      qualified: row.qualified,
      newlyQualified: row.newly_qualified,
      subsequentMove: row.subsequent_move,
      residencyToRecruitment: {
        lt30: row.lt30,
        m1to2: row.m1to2,
        m2to6: row.m2to6,
        m6to12: row.m6to12,
        gt12: row.gt12,
      },
      within60DaysOfQad: row.within_60,
      within90DaysOfQad: row.within_90,
    };
  });
  return dataPacketOf(scopeName(options.region), counts);
}
