/**
 * The periods a measure is plotted by (IP2.1): calendar months, weeks starting on Monday, and
 * calendar quarters. A period is named by its first day.
 */
import {
  addDays,
  addMonths,
  compareDates,
  dateParts,
  formatParts,
  toEpochDay,
  type CalendarDate,
} from '../common/calendar-date';

export type PeriodKind = 'week' | 'month' | 'quarter';
export const PERIOD_KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter'];

/** The first day of the period `date` falls in. */
export function periodStart(kind: PeriodKind, date: CalendarDate): CalendarDate {
  const { year, month } = dateParts(date);
  switch (kind) {
    case 'month':
      return formatParts(year, month, 1);
    case 'quarter':
      return formatParts(year, month - ((month - 1) % 3), 1);
    case 'week': {
      // Epoch day 0 (1970-01-01) was a Thursday: Monday is 3 days before it.
      const weekday = (((toEpochDay(date) + 3) % 7) + 7) % 7;
      return addDays(date, -weekday);
    }
  }
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(kind: PeriodKind, start: CalendarDate): CalendarDate {
  if (kind === 'week') return addDays(start, 7);
  return addMonths(start, kind === 'month' ? 1 : 3);
}

/** The starts of every period from the one holding `from` to the one holding `to`. */
export function periodsBetween(kind: PeriodKind, from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const starts: CalendarDate[] = [];
  const last = periodStart(kind, to);
  for (let start = periodStart(kind, from); compareDates(start, last) <= 0; start = nextPeriod(kind, start))
    starts.push(start);
  return starts;
}

/** A period's short name: `2024-03` (month), `2024-Q1` (quarter), `2024-03-04` (week). */
export function periodLabel(kind: PeriodKind, start: CalendarDate): string {
  const { year, month } = dateParts(start);
  if (kind === 'month') return start.slice(0, 7);
  if (kind === 'quarter') return `${year}-Q${(month - 1) / 3 + 1}`;
  return start;
}
