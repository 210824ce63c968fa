import {
  dataPacketOf,
  emptyCounts,
  scopeName,
  type DataPacket,
  type PeriodCounts,
} from '../../core/recruitment/data-packet';
import { parsePeriod, periodsBetween } from '../../core/recruitment/performance-period';
import { countQualificationPeriods } from '../../data/repositories/qualifications.repository';
import { requirePermission, type UseCaseContext } from '../context';

/**
 * The data packet for periods `from`..`to` (e.g. 2017-18 .. 2021-22), statewide or for one
 * region (by number). Which region the actor may ask for is decided by the caller
 * (get-data-packet-view.ts); the command line asks as the state.
 */
export async function buildDataPacket(
  ctx: UseCaseContext,
  options: { from: string; to: string; region?: number | undefined },
): Promise<DataPacket> {
  requirePermission(ctx, 'report.read');
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
      subsequentMoveByBasis: row.subsequent_move_by_basis,
      residencyToRecruitment: {
        lt30: row.lt30,
        m1to2: row.m1to2,
        m2to6: row.m2to6,
        m6to12: row.m6to12,
        gt12: row.gt12,
      },
      within60DaysOfQad: row.within_60,
      within90DaysOfQad: row.within_90,
      families: row.families,
      newFamilies: row.new_families,
      familiesWithin90DaysOfQad: row.families_within_90,
    };
  });
  return dataPacketOf(scopeName(options.region), counts);
}
