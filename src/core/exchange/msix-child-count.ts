/**
 * The Category 1 and Category 2 child counts as MSIX will compute them from the records a state
 * sent (docs/rules/msix.md X9), and their reconciliation child by child with Ciclo's own counts
 * (docs/rules/services.md S5): for each child counted by one side and not the other, in each
 * category, the reason, so the state can act before the counts are due.
 */
import { addDays, type CalendarDate } from '../common/calendar-date';
import type { PerformancePeriod } from '../recruitment/performance-period';
import { birthdayOf } from '../services/child-count';
import { SUMMER_INTERSESSION_PROJECT } from './msix-from-ciclo';
import type { MsixChildRecord, MsixEnrollment, MsixQualifyingMove } from './msix-record';
import { FEDERAL_MSIX_SETTINGS, type MsixSettings } from './msix-settings';

/** Days from `from` through `to`, both included. */
interface Days {
  from: CalendarDate;
  to: CalendarDate;
}

function common(...windows: Array<Days | null>): Days | null {
  let from: CalendarDate | null = null;
  let to: CalendarDate | null = null;
  for (const window of windows) {
    if (window === null) return null;
    if (from === null || window.from > from) from = window.from;
    if (to === null || window.to < to) to = window.to;
  }
  return from !== null && to !== null && from <= to ? { from, to } : null;
}

/** X9.2: the days a move sent makes the child eligible, QAD through the day before the expiration (X3.4). */
function eligibleDays(move: MsixQualifyingMove, settings: MsixSettings): Days | null {
  if (!move.qualifyingArrivalDate || !move.eligibilityExpirationDate) return null;
  const to =
    settings.eligibilityExpiration === 'first-day-not-eligible'
      ? addDays(move.eligibilityExpirationDate, -1)
      : move.eligibilityExpirationDate;
  return move.qualifyingArrivalDate <= to ? { from: move.qualifyingArrivalDate, to } : null;
}

/** X9.2: aged 3 through 21, from the 3rd birthday to the day before the 22nd (S2.2's birthdays). */
function agedDays(birthDate: CalendarDate): Days {
  return { from: birthdayOf(birthDate, 3), to: addDays(birthdayOf(birthDate, 22), -1) };
}

/**
 * X9.3: the days an enrollment shows the child living in the state: from its enrollment date
 * (a residency-only enrollment's residency date when earlier) to its withdrawal date, or on
 * through `last` while the enrollment is open.
 */
function residentDays(enrollment: MsixEnrollment, last: CalendarDate): Days | null {
  if (!enrollment.enrollmentDate) return null;
  const residency = enrollment.residencyDate;
  const from = residency && residency < enrollment.enrollmentDate ? residency : enrollment.enrollmentDate;
  return { from, to: enrollment.withdrawalDate ?? (last > from ? last : from) };
}

/** X9.4: the days of a summer/intersession project, its enrollment date to its withdrawal date. */
function projectDays(enrollment: MsixEnrollment): Days | null {
  if (enrollment.enrollmentType !== SUMMER_INTERSESSION_PROJECT || !enrollment.enrollmentDate) return null;
  const to = enrollment.withdrawalDate ?? enrollment.enrollmentDate;
  return to >= enrollment.enrollmentDate ? { from: enrollment.enrollmentDate, to } : null;
}

/** Why MSIX would not count a child in Category 1 from their record (X9.2, X9.3). */
export type MsixNotInCategory1 = 'not_eligible_in_period' | 'not_aged_3_to_21' | 'no_residency_in_period';
/** Why MSIX would not count a Category 1 child in Category 2 (X9.4). */
export type MsixNotInCategory2 = 'not_in_category1' | 'no_summer_project' | 'summer_project_not_countable';

export type MsixCategory1Answer =
  { counts: true; day: CalendarDate } | { counts: false; why: MsixNotInCategory1 };
export type MsixCategory2Answer =
  { counts: true; day: CalendarDate; project: string } | { counts: false; why: MsixNotInCategory2 };

/** Whether and why MSIX would count one child's record in a period. */
export interface MsixCountAnswer {
  category1: MsixCategory1Answer;
  category2: MsixCategory2Answer;
}

function earliest(days: Array<Days | null>): CalendarDate | null {
  let first: CalendarDate | null = null;
  for (const d of days) if (d !== null && (first === null || d.from < first)) first = d.from;
  return first;
}

/**
 * X9.1–X9.4: whether MSIX counts a child's record in the period, and on which first day:
 * Category 1, a day of the period on which a move makes the child eligible, the child is aged 3
 * through 21 and an enrollment shows them living in the state; Category 2, such a day within a
 * summer/intersession project's dates.
 */
export function msixChildCount(
  record: MsixChildRecord,
  period: PerformancePeriod,
  settings: MsixSettings = FEDERAL_MSIX_SETTINGS,
): MsixCountAnswer {
  const inPeriod: Days = { from: period.first, to: period.last };
  const aged = agedDays(record.birthDate);
  const eligible = record.qualifyingMoves.map((move) => common(eligibleDays(move, settings), inPeriod));
  const countable = eligible.map((days) => common(days, aged));
  const notCounted = (why: MsixNotInCategory1): MsixCountAnswer => ({
    category1: { counts: false, why },
    category2: { counts: false, why: 'not_in_category1' },
  });
  if (eligible.every((days) => days === null)) return notCounted('not_eligible_in_period');
  if (countable.every((days) => days === null)) return notCounted('not_aged_3_to_21');
  const day1 = earliest(
    countable.flatMap((days) => record.enrollments.map((e) => common(days, residentDays(e, period.last)))),
  );
  if (day1 === null) return notCounted('no_residency_in_period');
  const projects = record.enrollments.filter((e) => projectDays(e) !== null);
  let category2: MsixCategory2Answer = { counts: false, why: 'no_summer_project' };
  if (projects.some((e) => common(projectDays(e), inPeriod) !== null)) {
    category2 = { counts: false, why: 'summer_project_not_countable' };
    for (const project of projects) {
      const day = earliest(countable.map((days) => common(days, projectDays(project))));
      if (day !== null && (!category2.counts || day < category2.day))
        category2 = { counts: true, day, project: project.schoolOrProjectName };
    }
  }
  return { category1: { counts: true, day: day1 }, category2 };
}

export interface CountTotals {
  category1: number;
  category2: number;
}

/** X9.1: MSIX's Category 1 and 2 totals of the records sent, each child once. */
export function msixChildCountTotals(
  records: Iterable<MsixChildRecord>,
  period: PerformancePeriod,
  settings: MsixSettings = FEDERAL_MSIX_SETTINGS,
): CountTotals {
  const totals = { category1: 0, category2: 0 };
  for (const record of records) {
    const answer = msixChildCount(record, period, settings);
    if (answer.category1.counts) totals.category1 += 1;
    if (answer.category2.counts) totals.category2 += 1;
  }
  return totals;
}

/** The elements of a record whose difference changes what MSIX counts (X9.6). */
export type MsixCountElement =
  | 'birthDate'
  | 'qualifyingArrivalDate'
  | 'eligibilityExpirationDate'
  | 'schoolEnrollments'
  | 'summerProjects';

/** X9.6: why a child is counted by one side and not the other. */
export type MsixCountReason =
  /** Never sent: the record is ready, the next export sends it. */
  | 'not_exported'
  /** Not sent, or its change not sent, because the record has validation problems. */
  | 'held_back'
  /** Ciclo's data changed since the record was sent; the next export sends the update. */
  | 'changed_since_export'
  /** Ciclo ended the eligibility early after the record was sent with the full 36 months. */
  | 'ended_early_not_sent'
  /** Sent, but the child is no longer in Ciclo's records; the next export deletes it. */
  | 'no_longer_in_ciclo'
  /** Ciclo counts a student of its imported records who has no child record, so nothing is sent. */
  | 'no_child_record'
  /** The record has no enrollment showing the child in the state on a countable day. */
  | 'no_residency'
  /** Ciclo counts a summer/intersession day; the record has no such project in the period. */
  | 'no_summer_project'
  /** The project's dates and the days Ciclo counts (days attended while eligible and of age) differ. */
  | 'summer_days_differ'
  /** Ciclo's spans of eligibility (imported ones included) and the moves the record sends differ. */
  | 'eligibility_differs';

/** Every reason of X9.6, in the order the rule gives them. */
export const MSIX_COUNT_REASONS = [
  'not_exported',
  'held_back',
  'ended_early_not_sent',
  'changed_since_export',
  'no_child_record',
  'no_longer_in_ciclo',
  'no_residency',
  'no_summer_project',
  'summer_days_differ',
  'eligibility_differs',
] as const satisfies readonly MsixCountReason[];

/** Every element X9.6 names. */
export const MSIX_COUNT_ELEMENTS = [
  'birthDate',
  'qualifyingArrivalDate',
  'eligibilityExpirationDate',
  'schoolEnrollments',
  'summerProjects',
] as const satisfies readonly MsixCountElement[];

/** One child as both sides see them (X9.5). */
export interface MsixCountChild {
  /** Ciclo's child key; the student number for a student without a child record. */
  childKey: string;
  /** Ciclo's own count of the child (S5); null when Ciclo does not count them. */
  ciclo: { category2: boolean } | null;
  /** The record Ciclo would send today and its number of problems; null without a child record. */
  current: { record: MsixChildRecord; problems: number } | null;
  /** The record the last export left as sent; null when never sent. */
  sent: MsixChildRecord | null;
}

export interface MsixCountDifference {
  childKey: string;
  category: 1 | 2;
  /** The side that counts the child. */
  countedBy: 'ciclo' | 'msix';
  reason: MsixCountReason;
  /** For `held_back`: the record's problems. */
  problems: number;
  /** For a record sent that differs from Ciclo's today: the elements that differ. */
  elements: MsixCountElement[];
}

export interface MsixCountReconciliation {
  ciclo: CountTotals;
  msix: CountTotals;
  /** In the order of the children given (the caller's: by student number), Category 1 before 2. */
  differences: MsixCountDifference[];
}

const datesOf = (enrollments: readonly MsixEnrollment[], projects: boolean) =>
  enrollments
    .filter((e) => (e.enrollmentType === SUMMER_INTERSESSION_PROJECT) === projects)
    .map((e) => `${e.enrollmentDate}..${e.withdrawalDate ?? ''}`)
    .join(' ');

/** X9.6: the elements, among those a count reads, on which two records differ. */
export function countElementsDiffering(sent: MsixChildRecord, now: MsixChildRecord): MsixCountElement[] {
  const elements: MsixCountElement[] = [];
  const moves = (r: MsixChildRecord, pick: (m: MsixQualifyingMove) => string) =>
    r.qualifyingMoves.map(pick).join(' ');
  if (sent.birthDate !== now.birthDate) elements.push('birthDate');
  if (moves(sent, (m) => m.qualifyingArrivalDate) !== moves(now, (m) => m.qualifyingArrivalDate))
    elements.push('qualifyingArrivalDate');
  if (moves(sent, (m) => m.eligibilityExpirationDate) !== moves(now, (m) => m.eligibilityExpirationDate))
    elements.push('eligibilityExpirationDate');
  if (datesOf(sent.enrollments, false) !== datesOf(now.enrollments, false))
    elements.push('schoolEnrollments');
  if (datesOf(sent.enrollments, true) !== datesOf(now.enrollments, true)) elements.push('summerProjects');
  return elements;
}

const countsIn = (answer: MsixCountAnswer | null, category: 1 | 2) =>
  answer !== null && (category === 1 ? answer.category1.counts : answer.category2.counts);

/** X9.6: the latest expiration sent is later than Ciclo's, and Ciclo's move says it ended early. */
function endedEarlyAfterSending(sent: MsixChildRecord, now: MsixChildRecord): boolean {
  const last = (r: MsixChildRecord) => r.qualifyingMoves.at(-1);
  const before = last(sent);
  const after = last(now);
  return (
    before !== undefined &&
    after !== undefined &&
    after.eligibilityEndedEarly === true &&
    after.eligibilityExpirationDate < before.eligibilityExpirationDate
  );
}

/** X9.6: why the record Ciclo would send today is counted otherwise than Ciclo counts the child. */
function ruleReason(answer: MsixCountAnswer, category: 1 | 2, countedBy: 'ciclo' | 'msix'): MsixCountReason {
  const why1 = answer.category1.counts ? null : answer.category1.why;
  if (why1 === 'no_residency_in_period') return 'no_residency';
  if (why1 !== null || category === 1) return 'eligibility_differs';
  const why2 = answer.category2.counts ? null : answer.category2.why;
  return countedBy === 'ciclo' && why2 === 'no_summer_project' ? 'no_summer_project' : 'summer_days_differ';
}

/** `countNow`: how MSIX would count the record Ciclo would send today (asked once per child). */
function reasonFor(
  child: MsixCountChild,
  category: 1 | 2,
  countedBy: 'ciclo' | 'msix',
  countNow: (record: MsixChildRecord) => MsixCountAnswer,
): Omit<MsixCountDifference, 'childKey' | 'category' | 'countedBy'> {
  const plain = { problems: 0, elements: [] as MsixCountElement[] };
  const { current, sent } = child;
  if (current === null)
    return { ...plain, reason: countedBy === 'msix' ? 'no_longer_in_ciclo' : 'no_child_record' };
  const now = countNow(current.record);
  const cicloCounts = countedBy === 'ciclo';
  if (countsIn(now, category) !== cicloCounts)
    return { ...plain, reason: ruleReason(now, category, countedBy) };
  // Sending today's record would make both sides agree: what keeps it from MSIX is the sending.
  const elements = sent === null ? [] : countElementsDiffering(sent, current.record);
  if (current.problems > 0) return { reason: 'held_back', problems: current.problems, elements };
  if (sent === null) return { ...plain, reason: 'not_exported' };
  if (!cicloCounts && endedEarlyAfterSending(sent, current.record))
    return { ...plain, elements, reason: 'ended_early_not_sent' };
  return { ...plain, elements, reason: 'changed_since_export' };
}

/**
 * X9.5, X9.6: both sides' totals and, for each child counted by one side and not the other in a
 * category, the reason. A child both sides count alike is not listed. The differences come in
 * the order of `children`.
 */
export function reconcileMsixChildCount(
  children: readonly MsixCountChild[],
  period: PerformancePeriod,
  settings: MsixSettings = FEDERAL_MSIX_SETTINGS,
): MsixCountReconciliation {
  const ciclo = { category1: 0, category2: 0 };
  const msix = { category1: 0, category2: 0 };
  const differences: MsixCountDifference[] = [];
  for (const child of children) {
    const sentAnswer = child.sent === null ? null : msixChildCount(child.sent, period, settings);
    let answerNow: MsixCountAnswer | undefined;
    const countNow = (record: MsixChildRecord) => (answerNow ??= msixChildCount(record, period, settings));
    for (const category of [1, 2] as const) {
      const byCiclo = child.ciclo !== null && (category === 1 || child.ciclo.category2);
      const byMsix = countsIn(sentAnswer, category);
      const totals = category === 1 ? 'category1' : 'category2';
      if (byCiclo) ciclo[totals] += 1;
      if (byMsix) msix[totals] += 1;
      if (byCiclo === byMsix) continue;
      const countedBy = byCiclo ? 'ciclo' : 'msix';
      differences.push({
        childKey: child.childKey,
        category,
        countedBy,
        ...reasonFor(child, category, countedBy, countNow),
      });
    }
  }
  return { ciclo, msix, differences };
}
