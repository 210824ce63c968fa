/**
 * Referrals per quarter of the performance period, by source, each beside the same quarter of
 * the period before (Region 23's aim: "increase the number of I&R referrals by 20 percent each
 * quarter based on the previous performance period quarters"; docs/rules/data-packet.md, DP3).
 */
import { dateParts, type CalendarDate } from '../common/calendar-date';
import { changeBetween, type PeriodChange } from './period-change';
import { PERIOD_START_MONTH, type PerformancePeriod } from './performance-period';

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

/** Referrals of one source received in one quarter (as the database counts them). */
export interface ReferralQuarterCount {
  /** The start year of the performance period. */
  startYear: number;
  quarter: Quarter;
  source: string;
  referrals: number;
}

export interface ReferralQuarterRow {
  period: string;
  quarter: Quarter;
  /** A referral source, or `all` for every source together. */
  source: string;
  referrals: number;
  /** The same quarter of the period before. */
  previousReferrals: number;
  /** DP2.2: a count, so a relative percent; no value when the quarter before had none. */
  change: PeriodChange;
}

/**
 * DP3.1: the performance period and quarter a referral received on `date` counts in: quarter
 * 1 is the period's first three months (September to November in California), and so on.
 */
export function quarterOf(
  date: CalendarDate,
  startMonth = PERIOD_START_MONTH,
): { startYear: number; quarter: Quarter } {
  const { year, month } = dateParts(date);
  const monthsIn = (month - startMonth + 12) % 12;
  return {
    startYear: month >= startMonth ? year : year - 1,
    quarter: (Math.floor(monthsIn / 3) + 1) as Quarter,
  };
}

/**
 * DP3.2: one row per period, quarter and source (every source met in the counts, `all` first),
 * zeros included, each with the same quarter of the period before. The counts must include
 * the period before the first; a quarter before with no referrals gives no change.
 */
export function referralQuarterRows(
  counts: readonly ReferralQuarterCount[],
  periods: readonly PerformancePeriod[],
): ReferralQuarterRow[] {
  const sources = [...new Set(counts.map((c) => c.source))].sort();
  const key = (startYear: number, quarter: Quarter, source: string) => `${startYear}|${quarter}|${source}`;
  const totals = new Map<string, number>();
  const add = (k: string, n: number) => totals.set(k, (totals.get(k) ?? 0) + n);
  for (const c of counts) {
    add(key(c.startYear, c.quarter, c.source), c.referrals);
    add(key(c.startYear, c.quarter, 'all'), c.referrals);
  }
  return periods.flatMap((period) =>
    QUARTERS.flatMap((quarter) =>
      ['all', ...sources].map((source) => {
        const referrals = totals.get(key(period.startYear, quarter, source)) ?? 0;
        const previousReferrals = totals.get(key(period.startYear - 1, quarter, source)) ?? 0;
        return {
          period: period.name,
          quarter,
          source,
          referrals,
          previousReferrals,
          change: changeBetween('count', referrals, previousReferrals),
        };
      }),
    ),
  );
}
