import { describe, expect, it } from 'vitest';
import { californiaRuleSets } from './california-rule-sets';
import { buildRuleCalendar, previousWindowYear, windowYears } from './dashboard-years';
import type { RuleSet } from './rule-set';

const sets = californiaRuleSets();
const setFor = (year: number): RuleSet => sets.find((s) => s.dashboardYear === year) as RuleSet;
const calendarFor = (year: number, extra: RuleSet[] = []) =>
  buildRuleCalendar([...sets, ...extra], setFor(year) ?? extra.find((s) => s.dashboardYear === year), year);

describe('R1.10 Dashboard years: none in 2020 and 2021', () => {
  it('has the seven California Dashboard years', () => {
    expect(calendarFor(2025).dashboardYears).toEqual([2017, 2018, 2019, 2022, 2023, 2024, 2025]);
    expect(calendarFor(2025).ruleSetFor(2020)).toBeUndefined();
    expect(calendarFor(2025).ruleSetFor(2021)).toBeUndefined();
  });

  it('judges each year by its own rule set, and the determination year by the requested one', () => {
    const calendar = calendarFor(2023);
    expect([2017, 2018, 2019, 2022, 2023].map((y) => calendar.ruleSetFor(y)?.id)).toEqual([
      'CA-2017',
      'CA-2018',
      'CA-2019',
      'CA-2022',
      'CA-2023',
    ]);
    const asIf2018 = buildRuleCalendar(sets, setFor(2018), 2019);
    expect(asIf2018.ruleSetFor(2019)?.id).toBe('CA-2018');
  });

  it('extends with a year a state adds to the family, and ignores other families', () => {
    const ca2026: RuleSet = { ...setFor(2025), id: 'CA-2026', dashboardYear: 2026 };
    const tx2026: RuleSet = { ...setFor(2025), id: 'TX-2026', dashboardYear: 2026 };
    expect(buildRuleCalendar([...sets, ca2026, tx2026], ca2026, 2026).dashboardYears).toEqual([
      2017, 2018, 2019, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(buildRuleCalendar([...sets, tx2026], tx2026, 2026).dashboardYears).toEqual([2026]);
  });
});

describe('R5.3 the window: the four most recent Dashboard years, skipping 2020 and 2021', () => {
  it.each([
    [2017, [2017]],
    [2018, [2017, 2018]],
    [2019, [2017, 2018, 2019]],
    [2022, [2017, 2018, 2019, 2022]],
    [2023, [2018, 2019, 2022, 2023]],
    [2024, [2019, 2022, 2023, 2024]],
    [2025, [2022, 2023, 2024, 2025]],
  ])('%i → %j', (year, window) => {
    expect(windowYears(calendarFor(year), year, 4, 'DASHBOARD_YEARS')).toEqual(window);
  });

  it.each([
    [2019, [2017, 2018, 2019]],
    [2022, [2019, 2020, 2021, 2022]],
    [2023, [2020, 2021, 2022, 2023]],
    [2025, [2022, 2023, 2024, 2025]],
  ])('setting Q3 = CALENDAR_YEARS: %i → %j', (year, window) => {
    expect(windowYears(calendarFor(year), year, 4, 'CALENDAR_YEARS')).toEqual(window);
  });

  it.each([
    [2017, null, null],
    [2019, 2018, 2018],
    [2022, 2019, 2021],
    [2023, 2022, 2022],
    [2025, 2024, 2024],
  ])('R6.2 previous year of %i: %s (Dashboard years), %s (calendar years)', (year, dashboard, calendar) => {
    expect(previousWindowYear(calendarFor(year), year, 'DASHBOARD_YEARS')).toBe(dashboard);
    expect(previousWindowYear(calendarFor(year), year, 'CALENDAR_YEARS')).toBe(calendar);
  });
});
