import { describe, expect, it } from 'vitest';
import { currentPeriod, recentPeriods } from './periods';

describe('the performance periods the pages offer', () => {
  it.each([
    ['2025-08-31', '2024-25'],
    ['2025-09-01', '2025-26'],
    ['2000-01-15', '1999-00'],
  ])('%s is in %s', (date, period) => {
    expect(currentPeriod(date)).toBe(period);
  });

  it('lists the current performance period and those before it, newest first', () => {
    expect(recentPeriods(3, '2026-12-05')).toEqual(['2026-27', '2025-26', '2024-25']);
    expect(recentPeriods(1, '2026-08-31')).toEqual(['2025-26']);
  });
});
