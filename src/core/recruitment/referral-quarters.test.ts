import { describe, expect, it } from 'vitest';
import { parsePeriod, periodsBetween } from './performance-period';
import { quarterOf, referralQuarterRows } from './referral-quarters';

describe('the quarter a referral counts in (DP3.1)', () => {
  it('follows the performance period: September to November is quarter 1', () => {
    expect(quarterOf('2020-09-01')).toEqual({ startYear: 2020, quarter: 1 });
    expect(quarterOf('2020-11-30')).toEqual({ startYear: 2020, quarter: 1 });
    expect(quarterOf('2020-12-01')).toEqual({ startYear: 2020, quarter: 2 });
    expect(quarterOf('2021-02-28')).toEqual({ startYear: 2020, quarter: 2 });
    expect(quarterOf('2021-03-01')).toEqual({ startYear: 2020, quarter: 3 });
    expect(quarterOf('2021-06-01')).toEqual({ startYear: 2020, quarter: 4 });
    expect(quarterOf('2021-08-31')).toEqual({ startYear: 2020, quarter: 4 });
  });

  it('follows a period that starts in another month', () => {
    expect(quarterOf('2021-01-15', 1)).toEqual({ startYear: 2021, quarter: 1 });
    expect(quarterOf('2021-12-31', 1)).toEqual({ startYear: 2021, quarter: 4 });
    expect(quarterOf('2021-06-30', 7)).toEqual({ startYear: 2020, quarter: 4 });
  });
});

describe('referrals per quarter by source (DP3.2)', () => {
  const periods = periodsBetween(parsePeriod('2021-22', 'from'), parsePeriod('2021-22', 'to'));

  it('compare each quarter and source with the same quarter of the period before, as a relative percent', () => {
    const rows = referralQuarterRows(
      [
        { startYear: 2020, quarter: 1, source: 'school-list', referrals: 50 },
        { startYear: 2020, quarter: 1, source: 'community', referrals: 50 },
        { startYear: 2021, quarter: 1, source: 'school-list', referrals: 60 },
        { startYear: 2021, quarter: 1, source: 'community', referrals: 60 },
        { startYear: 2021, quarter: 2, source: 'employer', referrals: 7 },
      ],
      periods,
    );
    const row = (quarter: number, source: string) =>
      rows.find((r) => r.quarter === quarter && r.source === source);
    // Region 23's aim: 20 percent more each quarter than the quarter a year before.
    expect(row(1, 'all')).toEqual({
      period: '2021-22',
      quarter: 1,
      source: 'all',
      referrals: 120,
      previousReferrals: 100,
      change: { unit: 'percent', value: 20 },
    });
    expect(row(1, 'school-list')?.change.value).toBe(20);
    expect(row(2, 'employer')).toMatchObject({ referrals: 7, previousReferrals: 0, change: { value: null } });
    expect(row(3, 'community')).toMatchObject({ referrals: 0, previousReferrals: 0 });
  });

  it('list every quarter and every source met, all first, zeros included', () => {
    const rows = referralQuarterRows(
      [{ startYear: 2021, quarter: 4, source: 'self', referrals: 1 }],
      periods,
    );
    expect(rows.map((r) => `${r.quarter} ${r.source} ${r.referrals}`)).toEqual([
      '1 all 0',
      '1 self 0',
      '2 all 0',
      '2 self 0',
      '3 all 0',
      '3 self 0',
      '4 all 1',
      '4 self 1',
    ]);
    expect(referralQuarterRows([], periods).map((r) => r.source)).toEqual(['all', 'all', 'all', 'all']);
  });
});
