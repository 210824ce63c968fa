import { describe, expect, it } from 'vitest';
import { todayInState } from '../../app/format';
import { daysUntil, oneOf } from './watch-format';

describe('watch list helpers', () => {
  it('counts whole days between calendar dates, across months, leap days and clock changes', () => {
    expect(daysUntil('2025-01-01', '2025-01-21')).toBe(20);
    expect(daysUntil('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysUntil('2025-03-08', '2025-03-10')).toBe(2);
    expect(daysUntil('2025-01-21', '2025-01-01')).toBe(-20);
    expect(daysUntil('2025-05-05', '2025-05-05')).toBe(0);
  });

  it("gives today's date in the state's time zone", () => {
    expect(todayInState(new Date('2025-01-10T01:30:00Z'))).toBe('2025-01-09');
    expect(todayInState(new Date('2025-01-10T09:00:00Z'))).toBe('2025-01-10');
  });

  it('keeps only allowed values from the address', () => {
    expect(oneOf('60', ['30', '60', '90'])).toBe('60');
    expect(oneOf('45', ['30', '60', '90'])).toBe('30');
    expect(oneOf(null, ['ending', 'residency-due'])).toBe('ending');
  });
});
