/**
 * When each term of a performance period runs, for the MPO target lists: a child is on a
 * term's list when they are eligible on at least one day of the term. A state setting of
 * month-day windows, placed in the period (1 September to 31 August).
 *
 * California's defaults (documented choice, from the shape of the school calendar the seed's
 * Service Delivery Plan describes):
 * - RSY, the regular school year: 1 September to 15 June (districts close between late May and
 *   mid June; the window ends with the latest of them).
 * - SUMMER: 16 June to 31 August (summer school and summer migrant programs, to the period's end).
 * - INTERSESSION: 1 September to 15 June: the breaks of year-round calendars fall inside the
 *   school year, so the intersession list is drawn from the same window as the RSY.
 */
import { isCalendarDate, type CalendarDate } from '../common/calendar-date';
import { DomainError } from '../common/domain-error';
import {
  PERIOD_START_MONTH,
  periodStartingIn,
  type PerformancePeriod,
} from '../recruitment/performance-period';
import { SERVICE_TERMS, type ServiceTerm } from './service-records';

/** A day of the year, `MM-DD` (29 February is refused: it is not in every period). */
export type MonthDay = string;

export interface TermWindow {
  from: MonthDay;
  to: MonthDay;
}

export type TermWindows = Record<ServiceTerm, TermWindow>;

export const CALIFORNIA_TERM_WINDOWS: TermWindows = {
  RSY: { from: '09-01', to: '06-15' },
  SUMMER: { from: '06-16', to: '08-31' },
  INTERSESSION: { from: '09-01', to: '06-15' },
};

/** The first and last day of a term in a period, both included. */
export interface TermDates {
  from: CalendarDate;
  to: CalendarDate;
}

/** The date of `monthDay` inside `period` (months from September belong to its first year). */
export function dateInPeriod(period: PerformancePeriod, monthDay: MonthDay): CalendarDate {
  const month = Number(monthDay.slice(0, 2));
  const year = month >= PERIOD_START_MONTH ? period.startYear : period.startYear + 1;
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** The dates of `term` in `period` under the state's windows. */
export function termDatesIn(period: PerformancePeriod, term: ServiceTerm, windows: TermWindows): TermDates {
  const window = windows[term];
  return { from: dateInPeriod(period, window.from), to: dateInPeriod(period, window.to) };
}

/** Why `value` is not a day of the year written `MM-DD` (29 February refused), or null when it is. */
export function monthDayProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{2}-\d{2}$/.test(value) || value === '02-29')
    return 'must be a day written MM-DD (not 02-29)';
  return isCalendarDate(`2001-${value}`) ? null : 'is not a day of the year';
}

/**
 * The term windows as sent by a form or stored: every term with `from` and `to` as `MM-DD`,
 * `from` not after `to` within the period. Refusals name the field (`SUMMER.to`).
 */
export function parseTermWindows(input: unknown): TermWindows {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw DomainError.invalidField('termWindows', 'must be an object with RSY, SUMMER and INTERSESSION');
  const record = input as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !(SERVICE_TERMS as readonly string[]).includes(key));
  if (unknown !== undefined)
    throw DomainError.invalidField(unknown, 'is not a term (RSY, SUMMER, INTERSESSION)');
  const windows = {} as TermWindows;
  for (const term of SERVICE_TERMS) {
    const window = record[term] as Record<string, unknown> | undefined;
    if (typeof window !== 'object' || window === null)
      throw DomainError.invalidField(term, 'needs a from and a to day');
    for (const end of ['from', 'to'] as const) {
      const problem = monthDayProblem(window[end]);
      if (problem) throw DomainError.invalidField(`${term}.${end}`, problem);
    }
    const parsed = { from: window.from as string, to: window.to as string };
    const sample = periodStartingIn(2001);
    if (dateInPeriod(sample, parsed.from) > dateInPeriod(sample, parsed.to))
      throw DomainError.invalidField(
        `${term}.to`,
        'is before the term starts (the period runs September to August)',
      );
    windows[term] = parsed;
  }
  return windows;
}
