import { describe, expect, it } from 'vitest';
import { DEMO_CALENDAR_REGION_NUMBERS, demoApplicationYears, demoCalendarItems } from './demo-calendar';

describe('the demo calendar', () => {
  it('opens the current program year, an application year, in each demo region, the same for the same seed', () => {
    const items = demoCalendarItems(7, '2026-12-05');
    expect(demoApplicationYears('2026-12-05')).toEqual([2026]);
    expect(items).toHaveLength(DEMO_CALENDAR_REGION_NUMBERS.length * 43);
    expect(demoCalendarItems(7, '2026-12-05')).toEqual(items);
    const past = items.filter((item) => item.dueOn < '2026-12-01');
    expect(past.filter((item) => item.status === 'done').length).toBeGreaterThan(past.length / 2);
    expect(
      items.filter((item) => item.dueOn > '2026-12-31').every((item) => item.status === 'not_started'),
    ).toBe(true);
  });
});
