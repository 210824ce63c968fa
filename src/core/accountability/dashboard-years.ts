/**
 * The calendar of Dashboard years a run looks back over (R1.10, R5.3, R6.2): the years that
 * have a rule set of the run's family. California's are 2017, 2018, 2019, 2022, 2023, 2024,
 * 2025 — no Dashboard in 2020 and 2021 — so a four-year window ending in 2022 is 2017, 2018,
 * 2019, 2022. A state that adds `CA-2026` extends the calendar by adding the rule set.
 */
import type { DaSettings } from './da-settings';
import { ruleSetFamily, type RuleSet } from './rule-set';

export interface RuleCalendar {
  /** Dashboard years, ascending. */
  dashboardYears: number[];
  /** The rule set that judges `year` (each year by its own, R5.2, R6.1), if it had a Dashboard. */
  ruleSetFor(year: number): RuleSet | undefined;
}

/**
 * The calendar of the family of `determination` (`CA` for `CA-2019`); `determinationYear` is
 * judged by `determination` itself, whatever year that set was written for.
 */
export function buildRuleCalendar(
  ruleSets: readonly RuleSet[],
  determination: RuleSet,
  determinationYear: number,
): RuleCalendar {
  const family = ruleSetFamily(determination.id);
  const byYear = new Map<number, RuleSet>();
  for (const set of ruleSets) if (ruleSetFamily(set.id) === family) byYear.set(set.dashboardYear, set);
  byYear.set(determinationYear, determination);
  const dashboardYears = [...byYear.keys()].sort((a, b) => a - b);
  return { dashboardYears, ruleSetFor: (year) => byYear.get(year) };
}

/**
 * R5.3: the up-to-`size` most recent years ending with `year`. Dashboard years by default,
 * so 2020 and 2021 are skipped; with `CALENDAR_YEARS` (setting Q3) consecutive calendar years
 * from the first Dashboard year, the gap years included (and never met).
 */
export function windowYears(
  calendar: RuleCalendar,
  year: number,
  size: number,
  mode: DaSettings['windowYears'],
): number[] {
  if (mode === 'DASHBOARD_YEARS') return calendar.dashboardYears.filter((y) => y <= year).slice(-size);
  const first = calendar.dashboardYears[0] ?? year;
  const years: number[] = [];
  for (let y = Math.max(first, year - size + 1); y <= year; y += 1) years.push(y);
  return years;
}

/** R6.2: the year before `year` in the window sense of `mode` (2019 before 2022 by default), or null. */
export function previousWindowYear(
  calendar: RuleCalendar,
  year: number,
  mode: DaSettings['windowYears'],
): number | null {
  const window = windowYears(calendar, year, 2, mode);
  return window.length === 2 && window[0] !== undefined ? window[0] : null;
}
