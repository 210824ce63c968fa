/**
 * The Service Implementation Monitoring Log (docs/rules/monitoring.md MN5): every month, for
 * every service running, the seed's four checks. Ciclo suggests each check's result from what
 * the records say; the person confirms or corrects it with a note.
 */
import { daysBetween, daysInMonth } from '../common/calendar-date';
import { DomainError } from '../common/domain-error';

/** The four checks of the seed's "monitor service implementation" (MN5.1). */
export const MONITORING_CHECKS = ['startedOnTime', 'asDescribed', 'attendance', 'tests'] as const;
export type MonitoringCheck = (typeof MONITORING_CHECKS)[number];

/** A check's answer: met, not met. */
export const CHECK_RESULTS = ['yes', 'no'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
/** What Ciclo suggests: a result, or `unknown` when the records do not say. */
export type SuggestedResult = CheckResult | 'unknown';

/** The adjustment made after reviewing attendance (MN5.4). */
export const ADJUSTMENT_KINDS = ['none', 'budget_revision', 'cde_preapproval'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const ADJUSTMENT_STATUSES = ['planned', 'submitted', 'approved', 'denied'] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];

/** Below this share of the planned minutes, attendance is suggested as not met (MN5.3, design choice). */
export const ATTENDANCE_THRESHOLD = 0.8;

/** `2026-11`: a month of the log. */
export const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(text: string): boolean {
  return YEAR_MONTH.test(text);
}

/** The first and last day of a month `2026-11`. */
export function monthBounds(yearMonth: string): { first: string; last: string } {
  const match = YEAR_MONTH.exec(yearMonth);
  if (!match) throw DomainError.invalidField('month', 'is not a month such as 2026-11');
  const [year, month] = [Number(match[1]), Number(match[2])];
  return {
    first: `${yearMonth}-01`,
    last: `${yearMonth}-${String(daysInMonth(year, month)).padStart(2, '0')}`,
  };
}

/** The date the month's facts are read at: its last day, or today while the month runs (MN5.2). */
export function asOfDate(yearMonth: string, today: string): string {
  const { last } = monthBounds(yearMonth);
  return today < last ? today : last;
}

/** What the records say about a service, as of a day of the month (MN5.2). */
export interface ServiceFacts {
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  /** Children enrolled by the as-of date. */
  enrolled: number;
  /** Minutes the enrolled children attended up to the as-of date. */
  attendedMinutes: number;
  /** Minutes the plan expected of them up to the as-of date; null when the service has no session length. */
  plannedMinutes: number | null;
  withoutPreTest: number;
  withoutPostTest: number;
}

export interface Suggestion {
  startedOnTime: SuggestedResult;
  asDescribed: SuggestedResult;
  attendance: SuggestedResult;
  tests: SuggestedResult;
  /** Days late: actual (or, if not started, the as-of date) after planned; 0 when on time. */
  daysLate: number;
  /** Attended ÷ planned minutes, 0 to 1 or more; null when there is no plan to compare with. */
  attendanceRate: number | null;
  /** Whether the post test is due (the service ended by the as-of date), so a missing one counts. */
  postTestDue: boolean;
}

/**
 * Ciclo's suggestion for each check, from the records as of `asOf` (MN5.2, MN5.3):
 * - started on time: yes when the actual start is on or before the planned one; no when it is
 *   after, or when there is no actual start after the planned date; unknown before it;
 * - implemented as described: unknown (no record says it; the person decides);
 * - attendance: yes at or above 80 % of the planned minutes, no below; unknown with no plan,
 *   no child enrolled or no minute planned yet;
 * - tests: no when an enrolled child has no pre test, or, once the service has ended, no post
 *   test; yes otherwise once the service started with children; unknown before.
 */
export function suggestChecks(facts: ServiceFacts, asOf: string): Suggestion {
  const started = facts.actualStart !== null && facts.actualStart <= asOf;
  let startedOnTime: SuggestedResult = 'unknown';
  let daysLate = 0;
  if (facts.actualStart !== null) {
    startedOnTime = facts.actualStart <= facts.plannedStart ? 'yes' : 'no';
    daysLate = Math.max(0, daysBetween(facts.plannedStart, facts.actualStart));
  } else if (asOf > facts.plannedStart) {
    startedOnTime = 'no';
    daysLate = daysBetween(facts.plannedStart, asOf);
  }

  const attendanceRate =
    facts.plannedMinutes && facts.plannedMinutes > 0 && facts.enrolled > 0
      ? facts.attendedMinutes / facts.plannedMinutes
      : null;
  const attendance: SuggestedResult =
    attendanceRate === null ? 'unknown' : attendanceRate >= ATTENDANCE_THRESHOLD ? 'yes' : 'no';

  const postTestDue = facts.plannedEnd <= asOf;
  let tests: SuggestedResult = 'unknown';
  if (facts.enrolled > 0 && (started || postTestDue)) {
    const missing = facts.withoutPreTest + (postTestDue ? facts.withoutPostTest : 0);
    tests = missing > 0 ? 'no' : 'yes';
  }

  return { startedOnTime, asDescribed: 'unknown', attendance, tests, daysLate, attendanceRate, postTestDue };
}

/** What the person confirmed for a service's month (MN5.4). */
export interface MonitoringEntry {
  startedOnTime: CheckResult | null;
  asDescribed: CheckResult | null;
  attendance: CheckResult | null;
  tests: CheckResult | null;
  adjustmentKind: AdjustmentKind;
  adjustmentStatus: AdjustmentStatus | null;
  note: string;
}

/**
 * Check an entry before it is saved (MN5.4): a confirmed result that differs from a definite
 * suggestion is a correction and needs a note; an adjustment (budget revision or CDE
 * pre-approval) needs its status, and no adjustment has none.
 */
export function checkEntry(entry: MonitoringEntry, suggestion: Suggestion): void {
  const corrected = MONITORING_CHECKS.filter((check) => {
    const confirmed = entry[check];
    const suggested = suggestion[check];
    return confirmed !== null && suggested !== 'unknown' && confirmed !== suggested;
  });
  if (corrected.length > 0 && entry.note.trim() === '')
    throw DomainError.invalidField('note', 'say why a result differs from what the records say');
  if (entry.adjustmentKind === 'none' && entry.adjustmentStatus !== null)
    throw DomainError.invalidField('adjustmentStatus', 'must be empty when no adjustment is made');
  if (entry.adjustmentKind !== 'none' && entry.adjustmentStatus === null)
    throw DomainError.invalidField(
      'adjustmentStatus',
      'is required for a budget revision or CDE pre-approval',
    );
}

/**
 * Whether a service needs attention this month (MN5.5): a check whose result (the confirmed
 * one, else the suggestion) is not met, or an adjustment not yet approved (planned or
 * submitted) or denied.
 */
export function needsAttention(suggestion: Suggestion, entry: MonitoringEntry | null): boolean {
  const failing = MONITORING_CHECKS.some((check) => (entry?.[check] ?? suggestion[check]) === 'no');
  const openAdjustment =
    entry !== null && entry.adjustmentKind !== 'none' && entry.adjustmentStatus !== 'approved';
  return failing || openAdjustment;
}
