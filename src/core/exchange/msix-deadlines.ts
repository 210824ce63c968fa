/**
 * The regulation's submission deadlines per child, counted in the state's working days or in
 * calendar days (docs/rules/msix.md X6): each event of a child has a due date, and is met,
 * pending or overdue on a given day.
 */
import { addDays, isCalendarDate, type CalendarDate } from '../common/calendar-date';
import { DomainError } from '../common/domain-error';
import { isWorkingDay } from '../recruitment/contact-quota';
import { FEDERAL_MSIX_SETTINGS, type MsixEventKind, type MsixSettings } from './msix-settings';

/** X6.1: the state's working calendar — a predicate, or its holidays and working weekdays (Monday–Friday unless given). */
export type WorkingCalendar =
  ((date: CalendarDate) => boolean) | { holidays: ReadonlySet<CalendarDate>; weekdays?: readonly number[] };

function workingDayTest(calendar: WorkingCalendar): (date: CalendarDate) => boolean {
  if (typeof calendar === 'function') return calendar;
  const schedule = { weekdays: calendar.weekdays ?? [1, 2, 3, 4, 5], leave: [] };
  return (date) => isWorkingDay(date, calendar.holidays, schedule);
}

/** A calendar with no working day would never reach a due date: a whole year without one is a bad calendar. */
const MAX_DAYS_SEARCHED = 366;

/**
 * X6.2: the Nth working day after `event` (the event's own day never counts). Zero days is the
 * event's day itself.
 */
export function addWorkingDays(event: CalendarDate, days: number, calendar: WorkingCalendar): CalendarDate {
  const isWorking = workingDayTest(calendar);
  let date = event;
  let counted = 0;
  let searched = 0;
  while (counted < days) {
    date = addDays(date, 1);
    if (isWorking(date)) {
      counted += 1;
      searched = 0;
    } else if (++searched > MAX_DAYS_SEARCHED)
      throw DomainError.invalidField('calendar', 'has no working day in a whole year');
  }
  return date;
}

export interface MsixEvent {
  childKey: string;
  kind: MsixEventKind;
  /** The day of the enrollment, withdrawal, COE approval, term end, change or move notice. */
  date: CalendarDate;
  /** What the event is about, shown beside the deadline (a school, a term). */
  about?: string;
  /** The day the data reached MSIX, or null while not sent. */
  submittedOn?: CalendarDate | null;
}

export type MsixDeadlineStatus = 'met' | 'late' | 'pending' | 'overdue';

export interface MsixDeadline {
  event: MsixEvent;
  dueDate: CalendarDate;
  status: MsixDeadlineStatus;
  /** X6.4: not sent and `today` is after the due date. */
  overdue: boolean;
}

/** X6.2, X6.3: the due date of one event under the state's settings. */
export function msixDueDate(
  event: Pick<MsixEvent, 'kind' | 'date'>,
  calendar: WorkingCalendar,
  settings: MsixSettings = FEDERAL_MSIX_SETTINGS,
): CalendarDate {
  if (!isCalendarDate(event.date))
    throw DomainError.invalidField('date', 'must be a real date written YYYY-MM-DD');
  const rule = settings.deadlines[event.kind];
  return rule.unit === 'working-days'
    ? addWorkingDays(event.date, rule.amount, calendar)
    : addDays(event.date, rule.amount);
}

/** X6.4: met (sent by the due date), late (sent after it), pending (not sent, not yet due) or overdue. */
export function msixDeadline(
  event: MsixEvent,
  today: CalendarDate,
  calendar: WorkingCalendar,
  settings: MsixSettings = FEDERAL_MSIX_SETTINGS,
): MsixDeadline {
  const dueDate = msixDueDate(event, calendar, settings);
  const sent = event.submittedOn ?? null;
  const status: MsixDeadlineStatus = sent
    ? sent <= dueDate
      ? 'met'
      : 'late'
    : today <= dueDate
      ? 'pending'
      : 'overdue';
  return { event, dueDate, status, overdue: status === 'overdue' };
}

/** X6.6: the deadlines of many events, the most urgent first (due date, then child key, then kind). */
export function msixDeadlines(
  events: readonly MsixEvent[],
  today: CalendarDate,
  calendar: WorkingCalendar,
  settings: MsixSettings = FEDERAL_MSIX_SETTINGS,
): MsixDeadline[] {
  return events.map((event) => msixDeadline(event, today, calendar, settings)).sort(inUrgencyOrder);
}

/** X6.6's order of two deadlines: due date, then child key, then kind, then the event's day. */
export function inUrgencyOrder(a: MsixDeadline, b: MsixDeadline): number {
  return (
    compare(a.dueDate, b.dueDate) ||
    compare(a.event.childKey, b.event.childKey) ||
    compare(a.event.kind, b.event.kind) ||
    compare(a.event.date, b.event.date)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
