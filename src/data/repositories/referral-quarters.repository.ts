import { sql } from 'kysely';
import { PERIOD_START_MONTH } from '../../core/recruitment/performance-period';
import type { ReferralQuarterCount } from '../../core/recruitment/referral-quarters';
import type { Db } from '../db';

/**
 * The referrals received in the performance periods starting `fromYear`..`toYear`, counted
 * by period, quarter (DP3.1, as core/recruitment/referral-quarters.ts's quarterOf) and source;
 * of one region, or of the state. Counts only: no referral is named.
 * @scopedBy the region, which the caller has checked the actor may read the packet of; counts only
 */
export async function countReferralQuarters(
  db: Db,
  options: { fromYear: number; toYear: number; regionId?: string | undefined },
): Promise<ReferralQuarterCount[]> {
  const start = sql.lit(PERIOD_START_MONTH);
  const first = `${options.fromYear}-${String(PERIOD_START_MONTH).padStart(2, '0')}-01`;
  const end = `${options.toYear + 1}-${String(PERIOD_START_MONTH).padStart(2, '0')}-01`;
  const result = await sql<{ start_year: number; quarter: number; source: string; referrals: number }>`
    select (extract(year from received_on)::int - case when extract(month from received_on) < ${start} then 1 else 0 end) as start_year,
      ((extract(month from received_on)::int - ${start} + 12) % 12) / 3 + 1 as quarter,
      source,
      count(*)::int as referrals
    from referrals
    where received_on >= ${first}::date and received_on < ${end}::date
      ${options.regionId ? sql`and region_id = ${options.regionId}` : sql``}
    group by 1, 2, 3
    order by 1, 2, 3`.execute(db);
  return result.rows.map((row) => ({
    startYear: row.start_year,
    quarter: row.quarter as ReferralQuarterCount['quarter'],
    source: row.source,
    referrals: row.referrals,
  }));
}
