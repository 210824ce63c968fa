/**
 * A manager's view of the region's recruiters (issue 17, WL1): each recruiter's queue and quota
 * as the recruiter sees their own (contact-quota.ts), beside the contacts they logged this week,
 * so a manager sees who is behind and whose queue is empty rather than their own "0 of 0".
 */
import { addDays, type CalendarDate } from '../common/calendar-date';
import { dailyQuota, weekdayOf, type DailyQuota, type WorkSchedule } from './contact-quota';

/** WL1.1: the Monday of the week of `date` (weeks run Monday to Sunday, as a recruiter's work week). */
export function weekStart(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** What is read of one recruiter: their referral counts, contacts and working days. */
export interface RecruiterCounts {
  userId: string;
  name: string;
  openNow: number;
  doneToday: number;
  pendingAtMonthStart: number;
  contactsToday: number;
  contactsThisWeek: number;
  schedule?: WorkSchedule | undefined;
}

export interface RecruiterWorkload extends DailyQuota {
  userId: string;
  name: string;
  contactsThisWeek: number;
  /** WL1.2: a working day on which the recruiter has not yet made today's minimum of contacts. */
  behindToday: boolean;
}

/**
 * WL1.2, WL1.3: each recruiter's quota from the same rule as their own page, the recruiters
 * behind today first (furthest behind first), then by name.
 */
export function recruiterWorkloads(
  recruiters: readonly RecruiterCounts[],
  today: CalendarDate,
  holidays: ReadonlySet<CalendarDate>,
): RecruiterWorkload[] {
  const rows = recruiters.map((recruiter): RecruiterWorkload => {
    const quota = dailyQuota({ ...recruiter, today, holidays });
    return {
      userId: recruiter.userId,
      name: recruiter.name,
      contactsThisWeek: recruiter.contactsThisWeek,
      ...quota,
      behindToday: !quota.dayOff && quota.contactedToday < quota.minimumToday,
    };
  });
  const shortfall = (row: RecruiterWorkload) => (row.behindToday ? row.minimumToday - row.contactedToday : 0);
  return rows.sort((a, b) => shortfall(b) - shortfall(a) || a.name.localeCompare(b.name, 'es'));
}
