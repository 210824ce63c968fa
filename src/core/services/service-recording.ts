/**
 * The rules of what is recorded for a child in a service (contract services/FORMAT.md "What
 * refuses the whole folder", the same in the web app): enrollment of an eligible child within
 * the service's dates, attendance of an enrolled child, and pre/post test scores.
 */
import type { CalendarDate } from '../common/calendar-date';
import type { FieldProblem } from '../common/domain-error';
import { hasAtMostTwoDecimals, MAX_SESSION_MINUTES } from './service-form';
import { isEligibleOn } from './service-eligibility';
import type { EligibilitySpan } from './service-records';

/** The dates a service runs, both included. */
export interface ServiceDates {
  startDate: CalendarDate;
  endDate: CalendarDate;
}

/** The part of an enrollment attendance and tests are checked against. */
export interface EnrolledOn {
  enrolledOn: CalendarDate;
}

function outsideService(date: CalendarDate, service: ServiceDates): string | null {
  if (date < service.startDate) return `${date} is before the service starts (${service.startDate})`;
  if (date > service.endDate) return `${date} is after the service ends (${service.endDate})`;
  return null;
}

/** The spans a person reads: `2023-01-01 to 2025-12-31; 2026-02-01 to 2029-01-31`. */
function describeSpans(spans: readonly EligibilitySpan[]): string {
  return [...spans]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map((span) => `${span.from} to ${span.to}`)
    .join('; ');
}

/**
 * Why a child may not be enrolled on `enrolledOn`, or null when they may: they must be eligible
 * on that date (the refusal names their spans of eligibility), the date within the service's
 * dates, and the child not already enrolled.
 */
export function enrollmentRefusal(args: {
  spans: readonly EligibilitySpan[];
  enrolledOn: CalendarDate;
  service: ServiceDates;
  alreadyEnrolledOn: CalendarDate | null;
}): FieldProblem | null {
  if (args.alreadyEnrolledOn !== null)
    return {
      field: 'studentId',
      message: `is already enrolled in this service since ${args.alreadyEnrolledOn}`,
    };
  const outside = outsideService(args.enrolledOn, args.service);
  if (outside) return { field: 'enrolledOn', message: outside };
  if (!isEligibleOn(args.spans, args.enrolledOn))
    return {
      field: 'enrolledOn',
      message:
        args.spans.length === 0
          ? `the child is not eligible on ${args.enrolledOn}: no eligibility is on record for this student`
          : `the child is not eligible on ${args.enrolledOn}: eligible ${describeSpans(args.spans)}`,
    };
  return null;
}

/**
 * Why a child's attendance on `date` may not be recorded, or null: enrolled, on or after the
 * enrollment date, within the service's dates, not in the future, 1 to 600 whole minutes.
 */
export function attendanceProblem(args: {
  enrollment: EnrolledOn | undefined;
  date: CalendarDate;
  minutes: number;
  service: ServiceDates;
  today: CalendarDate;
}): FieldProblem | null {
  if (!args.enrollment) return { field: 'studentId', message: 'is not enrolled in this service' };
  if (args.date > args.today) return { field: 'date', message: `${args.date} is in the future` };
  const outside = outsideService(args.date, args.service);
  if (outside) return { field: 'date', message: outside };
  if (args.date < args.enrollment.enrolledOn)
    return {
      field: 'date',
      message: `${args.date} is before the child was enrolled (${args.enrollment.enrolledOn})`,
    };
  if (!Number.isInteger(args.minutes) || args.minutes < 1 || args.minutes > MAX_SESSION_MINUTES)
    return { field: 'minutes', message: `must be a whole number from 1 to ${MAX_SESSION_MINUTES}` };
  return null;
}

/**
 * Why a pre or post test score may not be recorded, or null: the child enrolled, the date within
 * the service's dates and not in the future, the score within the instrument's range with at
 * most two decimals.
 */
export function testProblem(args: {
  enrollment: EnrolledOn | undefined;
  date: CalendarDate;
  score: number;
  service: ServiceDates & { instrumentMin: number; instrumentMax: number };
  today: CalendarDate;
}): FieldProblem | null {
  if (!args.enrollment) return { field: 'studentId', message: 'is not enrolled in this service' };
  if (args.date > args.today) return { field: 'date', message: `${args.date} is in the future` };
  const outside = outsideService(args.date, args.service);
  if (outside) return { field: 'date', message: outside };
  if (!hasAtMostTwoDecimals(args.score))
    return { field: 'score', message: 'must be a number with at most two decimals' };
  const { instrumentMin: min, instrumentMax: max } = args.service;
  if (args.score < min || args.score > max)
    return { field: 'score', message: `${args.score} is outside the instrument's range ${min} to ${max}` };
  return null;
}
