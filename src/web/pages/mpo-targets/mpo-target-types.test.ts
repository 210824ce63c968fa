import { describe, expect, it } from 'vitest';
import { enrollmentDateFor, periodOf, recentPeriods } from './mpo-target-types';

describe('periods and enrollment dates of the target list page', () => {
  it.each([
    ['2025-08-31', '2024-25'],
    ['2025-09-01', '2025-26'],
    ['2000-01-15', '1999-00'],
  ])('%s is in %s', (date, period) => {
    expect(periodOf(date)).toBe(period);
  });
  it('lists recent periods, the latest first', () => {
    expect(recentPeriods('2026-12-05', 3)).toEqual(['2026-27', '2025-26', '2024-25']);
  });
  it.each([
    ['2024-09-15', '2024-10-01'],
    ['2024-11-02', '2024-11-02'],
    ['2025-07-01', '2025-05-30'],
  ])('enrolling on %s is dated %s', (today, date) => {
    expect(enrollmentDateFor({ startDate: '2024-10-01', endDate: '2025-05-30' }, today)).toBe(date);
  });
});
