/**
 * The daily contact quota of the source (Region 3): minimum contacts per day = pending
 * contacts divided by the working days left in the month, rounded up (78 pending, 16 working
 * days: 5 a day). Working days are weekdays that are not the region's holidays.
 */
import { addDays, dateParts, daysInMonth, formatParts, type CalendarDate } from '../common/calendar-date';

/** Monday..Friday, from the date's parts (no time zone can shift it). */
export function isWeekday(date: CalendarDate): boolean {
  const { year, month, day } = dateParts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days from `today` (included) to the end of its month. */
export function workingDaysLeftInMonth(today: CalendarDate, holidays: ReadonlySet<CalendarDate>): number {
  const { year, month } = dateParts(today);
  const last = formatParts(year, month, daysInMonth(year, month));
  let count = 0;
  for (let date = today; date <= last; date = addDays(date, 1))
    if (isWeekday(date) && !holidays.has(date)) count += 1;
  return count;
}

/** Working days of the whole month of `date`. */
export function workingDaysInMonth(date: CalendarDate, holidays: ReadonlySet<CalendarDate>): number {
  const { year, month } = dateParts(date);
  return workingDaysLeftInMonth(formatParts(year, month, 1), holidays);
}

/**
 * Minimum contacts per day: all pending when no working day is left (the month's work is
 * overdue), none when nothing is pending.
 */
export function minimumContactsPerDay(pending: number, workingDaysLeft: number): number {
  if (pending <= 0) return 0;
  if (workingDaysLeft <= 0) return pending;
  return Math.ceil(pending / workingDaysLeft);
}

export interface DailyQuota {
  pending: number;
  workingDaysLeft: number;
  minimumToday: number;
  contactedToday: number;
  /** 0–100, for a progress bar. */
  percentDone: number;
}

export function dailyQuota(input: {
  pending: number;
  contactedToday: number;
  today: CalendarDate;
  holidays: ReadonlySet<CalendarDate>;
}): DailyQuota {
  const workingDaysLeft = workingDaysLeftInMonth(input.today, input.holidays);
  // Today's contacts already left the pending count; the quota is set as the day began.
  const minimumToday = minimumContactsPerDay(input.pending + input.contactedToday, workingDaysLeft);
  const percentDone =
    minimumToday === 0 ? 100 : Math.min(100, Math.round((100 * input.contactedToday) / minimumToday));
  return {
    pending: input.pending,
    workingDaysLeft,
    minimumToday,
    contactedToday: input.contactedToday,
    percentDone,
  };
}
