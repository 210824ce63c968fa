import { addDays, addMonths, daysBetween, type CalendarDate } from '../common/calendar-date';

/** One approved COE's eligibility of a child. */
export interface EligibilitySpan {
  childId: string;
  qad: CalendarDate;
  eligibilityEndDate: CalendarDate | null;
}

/**
 * The child's current eligibility on `today`: the span with the latest QAD whose end is on or
 * after today. A later COE (a new QAD) replaces an earlier one, as in RULES R8.1.
 */
export function currentEligibility(
  spans: readonly EligibilitySpan[],
  today: CalendarDate,
): EligibilitySpan | undefined {
  let current: EligibilitySpan | undefined;
  for (const span of spans) {
    if (span.qad > today || !span.eligibilityEndDate || span.eligibilityEndDate < today) continue;
    if (!current || span.qad > current.qad) current = span;
  }
  return current;
}

/** Whether a child's eligibility ends within `days` days from today (today counts as day 0). */
export function endsWithin(span: EligibilitySpan, today: CalendarDate, days: number): boolean {
  if (!span.eligibilityEndDate) return false;
  const left = daysBetween(today, span.eligibilityEndDate);
  return left >= 0 && left <= days;
}

/**
 * The year of eligibility `today` falls in: 1 from the QAD, 2 from its first anniversary,
 * 3 from its second (California's 36 months are three years of eligibility).
 */
export function eligibilityYear(span: EligibilitySpan, today: CalendarDate): 1 | 2 | 3 {
  if (today >= addMonths(span.qad, 24)) return 3;
  if (today >= addMonths(span.qad, 12)) return 2;
  return 1;
}

/**
 * The latest QAD for which `today` falls in eligibility year `year` or later: the QAD's
 * anniversary `year − 1` years on is not after today. For whole lists (the watch lists ask
 * "QAD on or before this day" of the database).
 */
export function latestQadInYear(today: CalendarDate, year: 2 | 3): CalendarDate {
  const months = (year - 1) * 12;
  const sameDay = addMonths(today, -months);
  // A QAD of 29 February reaches its anniversary on 28 February of a common year: a day later than `sameDay`.
  const dayAfter = addDays(sameDay, 1);
  return addMonths(dayAfter, months) <= today ? dayAfter : sameDay;
}

/**
 * Whether a child in year 2 or 3 of eligibility is due for the yearly residency contact:
 * the family has not been contacted to confirm residency since the start of the current
 * eligibility year.
 */
export function isResidencyContactDue(
  span: EligibilitySpan,
  today: CalendarDate,
  lastResidencyContact: CalendarDate | null,
): boolean {
  const year = eligibilityYear(span, today);
  if (year === 1) return false;
  const yearStart = addMonths(span.qad, (year - 1) * 12);
  return lastResidencyContact === null || lastResidencyContact < yearStart;
}
