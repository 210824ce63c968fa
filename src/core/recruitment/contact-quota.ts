/**
 * The daily contact quota of the source (Region 3): minimum contacts per day = pending
 * contacts divided by working days, rounded up (78 pending, 16 working days: 5 a day). Two
 * readings, both shown: the month plan (pending on the first of the month over the month's
 * working days, as the source's table) and today's pace (pending now over the working days
 * left). Working days are the recruiter's working weekdays that are not the region's holidays
 * nor the recruiter's leave.
 */
import {
  addDays,
  dateParts,
  daysInMonth,
  formatParts,
  isCalendarDate,
  type CalendarDate,
} from '../common/calendar-date';
import type { FieldProblem } from '../common/domain-error';

/** Day of the week from the date's parts (no time zone can shift it): 0 Sunday … 6 Saturday. */
export function weekdayOf(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Monday..Friday. */
export function isWeekday(date: CalendarDate): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6;
}

/** A recruiter's own working time: the weekdays they work (0 Sunday … 6 Saturday) and their leave. */
export interface WorkSchedule {
  weekdays: readonly number[];
  /** Days away, each range inclusive. */
  leave: ReadonlyArray<{ from: CalendarDate; to: CalendarDate }>;
}

/** A recruiter with no schedule of their own works Monday to Friday. */
export const FULL_TIME: WorkSchedule = { weekdays: [1, 2, 3, 4, 5], leave: [] };

/** A working day of the recruiter: one of their weekdays, not a holiday of the region, not on leave. */
export function isWorkingDay(
  date: CalendarDate,
  holidays: ReadonlySet<CalendarDate>,
  schedule: WorkSchedule = FULL_TIME,
): boolean {
  return (
    schedule.weekdays.includes(weekdayOf(date)) &&
    !holidays.has(date) &&
    !schedule.leave.some((range) => range.from <= date && date <= range.to)
  );
}

/** Working days from `today` (included) to the end of its month. */
export function workingDaysLeftInMonth(
  today: CalendarDate,
  holidays: ReadonlySet<CalendarDate>,
  schedule: WorkSchedule = FULL_TIME,
): number {
  const { year, month } = dateParts(today);
  const last = formatParts(year, month, daysInMonth(year, month));
  let count = 0;
  for (let date = today; date <= last; date = addDays(date, 1))
    if (isWorkingDay(date, holidays, schedule)) count += 1;
  return count;
}

/** The first day of the month of `date`. */
export function monthStart(date: CalendarDate): CalendarDate {
  const { year, month } = dateParts(date);
  return formatParts(year, month, 1);
}

/** Working days of the whole month of `date`. */
export function workingDaysInMonth(
  date: CalendarDate,
  holidays: ReadonlySet<CalendarDate>,
  schedule: WorkSchedule = FULL_TIME,
): number {
  return workingDaysLeftInMonth(monthStart(date), holidays, schedule);
}

/**
 * Minimum contacts per day: all pending when no working day is left (the month's work is
 * overdue), none when nothing is pending.
 */
export function minimumContactsPerDay(pending: number, workingDays: number): number {
  if (pending <= 0) return 0;
  if (workingDays <= 0) return pending;
  return Math.ceil(pending / workingDays);
}

/** The source's table: pending at the start of the month, working days in the month, minimum a day. */
export interface MonthPlan {
  month: string;
  pendingAtStart: number;
  workingDays: number;
  minimumPerDay: number;
}

/** Today's pace: pending now over the working days left (today included when it is a working day). */
export interface Pace {
  pending: number;
  workingDaysLeft: number;
  perDay: number;
}

export interface DailyQuota {
  /** Not a working day of the recruiter (weekend, holiday, leave, a day they do not work): no quota. */
  dayOff: boolean;
  plan: MonthPlan;
  pace: Pace;
  /** Today's minimum, set as the day began: referrals done today still count toward it. */
  minimumToday: number;
  /** Every attempt made today, follow-ups included, whether or not it reached the family. */
  contactedToday: number;
  /** 0–100, for a progress bar. */
  percentDone: number;
  /** Kept for older clients: the same as `pace.pending` and `pace.workingDaysLeft`. */
  pending: number;
  workingDaysLeft: number;
}

export function dailyQuota(input: {
  /** Referrals assigned to the recruiter not yet done (pending, or attempted without reaching the family). */
  openNow: number;
  /** Referrals of the recruiter that stopped being open today (interviewed, closed). */
  doneToday: number;
  /** Referrals of the recruiter open on the first of the month. */
  pendingAtMonthStart: number;
  /** Attempts the recruiter logged today. */
  contactsToday: number;
  today: CalendarDate;
  holidays: ReadonlySet<CalendarDate>;
  schedule?: WorkSchedule | undefined;
}): DailyQuota {
  const schedule = input.schedule ?? FULL_TIME;
  const workingDays = workingDaysInMonth(input.today, input.holidays, schedule);
  const workingDaysLeft = workingDaysLeftInMonth(input.today, input.holidays, schedule);
  const dayOff = !isWorkingDay(input.today, input.holidays, schedule);
  const minimumToday = dayOff ? 0 : minimumContactsPerDay(input.openNow + input.doneToday, workingDaysLeft);
  const percentDone =
    minimumToday === 0 ? 100 : Math.min(100, Math.round((100 * input.contactsToday) / minimumToday));
  return {
    dayOff,
    plan: {
      month: input.today.slice(0, 7),
      pendingAtStart: input.pendingAtMonthStart,
      workingDays,
      minimumPerDay: minimumContactsPerDay(input.pendingAtMonthStart, workingDays),
    },
    pace: {
      pending: input.openNow,
      workingDaysLeft,
      perDay: minimumContactsPerDay(input.openNow, workingDaysLeft),
    },
    minimumToday,
    contactedToday: input.contactsToday,
    percentDone,
    pending: input.openNow,
    workingDaysLeft,
  };
}

/** Problems with a schedule a manager saves, naming the field. */
export function workScheduleProblems(schedule: WorkSchedule): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (schedule.weekdays.some((day) => !Number.isInteger(day) || day < 0 || day > 6))
    problems.push({ field: 'weekdays', message: 'each day must be 0 (Sunday) to 6 (Saturday)' });
  else if (new Set(schedule.weekdays).size !== schedule.weekdays.length)
    problems.push({ field: 'weekdays', message: 'a day is listed twice' });
  schedule.leave.forEach((range, i) => {
    if (!isCalendarDate(range.from))
      problems.push({ field: `leave[${i}].from`, message: 'must be a real date written YYYY-MM-DD' });
    else if (!isCalendarDate(range.to))
      problems.push({ field: `leave[${i}].to`, message: 'must be a real date written YYYY-MM-DD' });
    else if (range.to < range.from)
      problems.push({ field: `leave[${i}].to`, message: 'must not be before the first day of leave' });
  });
  return problems;
}
