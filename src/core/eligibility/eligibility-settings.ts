import type { Static } from '@sinclair/typebox';
import {
  addMonths as addMonthsConstrained,
  daysBetween,
  daysInMonth,
  type CalendarDate,
} from '../common/calendar-date';
import type { EligibilitySettingsSchema } from './interview-schema';

/** State policy values of the eligibility rules (FORMAT.md "Settings"). */
export interface EligibilitySettings {
  soonAfterDays: number;
  toJoinMaxMonths: number | null;
  precedeMaxMonths: number | null;
  recentHistoryMinMoves: number;
  recentHistoryLookbackMonths: number;
  singleDistrictStates: readonly string[];
  feb29Anniversary: 'feb-28' | 'mar-1';
}

export type EligibilitySettingsInput = Static<typeof EligibilitySettingsSchema>;

/** California's values (national practice where California's own was not found, RULES R14.3). */
export const CALIFORNIA_ELIGIBILITY_SETTINGS: EligibilitySettings = Object.freeze({
  soonAfterDays: 60,
  toJoinMaxMonths: 12,
  precedeMaxMonths: 12,
  recentHistoryMinMoves: 1,
  recentHistoryLookbackMonths: 36,
  singleDistrictStates: Object.freeze(['HI', 'PR']),
  feb29Anniversary: 'feb-28',
});

/** The state's settings overridden by those an interview carries (absent ones keep the base). */
export function resolveSettings(
  base: EligibilitySettings,
  overrides: EligibilitySettingsInput | undefined,
): EligibilitySettings {
  if (!overrides) return base;
  const resolved = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}

/**
 * R1.2: months added keeping the day of month, clamped to the month's last day; with
 * `mar-1`, the anniversary of 29 February in a common year is 1 March instead.
 */
export function addMonthsPer(
  settings: EligibilitySettings,
  date: CalendarDate,
  months: number,
): CalendarDate {
  const result = addMonthsConstrained(date, months);
  if (
    settings.feb29Anniversary === 'mar-1' &&
    date.endsWith('-02-29') &&
    result.endsWith('-02-28') &&
    daysInMonth(Number(result.slice(0, 4)), 2) === 28
  ) {
    return `${result.slice(0, 4)}-03-01`;
  }
  return result;
}

/** R1.3: `date` lies within `months` months after `start` (start ≤ date < start + months). */
export function isWithinMonths(
  settings: EligibilitySettings,
  start: CalendarDate,
  date: CalendarDate,
  months: number,
): boolean {
  return start <= date && date < addMonthsPer(settings, start, months);
}

/** R1.4: `date` lies within `days` days after `start` (day `days` itself included). */
export function isWithinDays(start: CalendarDate, date: CalendarDate, days: number): boolean {
  const elapsed = daysBetween(start, date);
  return elapsed >= 0 && elapsed <= days;
}
