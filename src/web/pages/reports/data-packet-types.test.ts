import { describe, expect, it } from 'vitest';
import { selectablePeriods } from './data-packet-types';

describe('the performance periods a user can pick', () => {
  it('run from 2010-11 to the period containing today (periods start on 1 September)', () => {
    expect(selectablePeriods(new Date(Date.UTC(2026, 7, 31))).at(-1)).toBe('2025-26');
    const periods = selectablePeriods(new Date(Date.UTC(2026, 8, 1)));
    expect(periods[0]).toBe('2010-11');
    expect(periods.at(-1)).toBe('2026-27');
    expect(periods).toHaveLength(17);
  });
});
