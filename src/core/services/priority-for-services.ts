/**
 * Priority for Services (PFS) and the order of service: who a region serves first.
 *
 * Sources:
 * - ESEA section 1304(d), as amended by the Every Student Succeeds Act (2015): recipients of
 *   migrant education funds give priority to migratory children who have made a qualifying
 *   move within the previous 1-year period and who are failing, or most at risk of failing,
 *   to meet the challenging State academic standards, or who have dropped out of school.
 * - The California Department of Education's PFS guidance (Migrant Education Office, "Priority
 *   for Services: Frequently Asked Questions"): a qualifying move or a withdrawal from school
 *   between 1 September and 20 December or between 1 January and 11 June interrupts the regular
 *   school year; at risk is a state assessment below standard (CAASPP ELA or mathematics levels
 *   1–2), a low English language proficiency (ELPAC levels 1–2), credit deficiency in high
 *   school, or having dropped out. These are the state's settings, California's by default.
 * - California Education Code section 54443: children are served in the order school-aged
 *   currently migratory, school-aged former migratory, preschool currently migratory, preschool
 *   former migratory.
 *
 * Rule tags S6.x are defined in docs/rules/services.md.
 */
import { addYears, type CalendarDate } from '../common/calendar-date';
import { DomainError } from '../common/domain-error';
import { periodStartingIn, periodStartYearOf } from '../recruitment/performance-period';
import { ASSESSMENT_SUBJECTS, isAssessmentSubject, type AssessmentSubject } from './assessment-levels';
import { latestResultBeforePeriod, percentGrew } from './mpo-rules';
import { ageOn, isEligibleOn } from './service-eligibility';
import type { EligibilitySpan } from './service-records';
import { monthDayProblem, type TermDates, type TermWindow } from './target-list-terms';

/** The kinds of school status a data specialist records for PFS (no other record holds them). */
export const SCHOOL_STATUS_KINDS = ['credit_deficient', 'dropped_out'] as const;
export type SchoolStatusKind = (typeof SCHOOL_STATUS_KINDS)[number];

/** The state's PFS criteria (S6.3, S6.4). */
export interface PfsSettings {
  /**
   * The regular school year's windows (`MM-DD`, both ends included, not across 31 December) in
   * which a qualifying move or a withdrawal interrupts schooling. Empty: the state asks no more
   * than the federal recent move.
   */
  interruptionWindows: TermWindow[];
  /** Whether a withdrawal from school in a window interrupts schooling, as a qualifying move does. */
  withdrawalInterrupts: boolean;
  /** The levels of each state assessment that make a child at risk (none: the subject does not count). */
  atRiskLevels: Record<AssessmentSubject, number[]>;
  /** Whether a recorded credit deficiency (high school) makes a child at risk. */
  creditDeficiency: boolean;
}

/** California's criteria, from the CDE's PFS guidance (see the file's header). */
export const CALIFORNIA_PFS_SETTINGS: PfsSettings = {
  interruptionWindows: [
    { from: '09-01', to: '12-20' },
    { from: '01-01', to: '06-11' },
  ],
  withdrawalInterrupts: true,
  atRiskLevels: { ELA: [1, 2], MATH: [1, 2], ELPAC: [1, 2] },
  creditDeficiency: true,
};

/** Where California's defaults come from, shown beside the settings. */
export const CALIFORNIA_PFS_SOURCE =
  'ESEA section 1304(d) as amended by ESSA; California Department of Education, Migrant Education Office, Priority for Services guidance (interruption windows 1 September–20 December and 1 January–11 June; CAASPP ELA and mathematics levels 1–2; ELPAC levels 1–2; credit deficiency; dropped out)';

/** A school status in force from `from` to `to` (both included; no end: still in force). */
export interface SchoolStatus {
  id: string;
  kind: SchoolStatusKind;
  from: CalendarDate;
  to: CalendarDate | null;
}

/** A state assessment result as the rule needs it. */
export interface PfsAssessment {
  subject: AssessmentSubject;
  schoolYear: string;
  level: number;
}

/** Every record of one child that PFS is determined from. */
export interface PfsRecords {
  birthDate: CalendarDate;
  /** Spans of eligibility; each starts on its QAD (contract services/FORMAT.md, `eligible_from`). */
  spans: readonly EligibilitySpan[];
  /** The exit dates of the child's school enrollments (withdrawals). */
  withdrawals: readonly CalendarDate[];
  assessments: readonly PfsAssessment[];
  statuses: readonly SchoolStatus[];
}

/** One criterion a child meets, with the record that shows it. */
export type PfsCriterion =
  | { kind: 'recentMove'; qad: CalendarDate }
  | { kind: 'interruption'; by: 'move' | 'withdrawal'; date: CalendarDate }
  | { kind: 'assessment'; subject: AssessmentSubject; schoolYear: string; level: number }
  | { kind: 'creditDeficient' | 'droppedOut'; statusId: string; from: CalendarDate; to: CalendarDate | null };

export interface PfsDetermination {
  /** The day it is determined on. */
  on: CalendarDate;
  isPfs: boolean;
  /** Every criterion met on that day, also when they do not add up to PFS. */
  criteria: PfsCriterion[];
}

/**
 * S6.2: whether `date` (a QAD, a withdrawal) is within the one-year period before `day`: on or
 * before it, and `day` before the date's first anniversary. A move exactly one year before is
 * not (the year from a QAD ends the day before its anniversary, as the 36 months of
 * eligibility do).
 */
export function isWithinPreviousYear(date: CalendarDate, day: CalendarDate): boolean {
  return date <= day && day < addYears(date, 1);
}

/** S6.3: whether `date` falls inside one of the windows (month and day compared, ends included). */
export function isInWindows(date: CalendarDate, windows: readonly TermWindow[]): boolean {
  const monthDay = date.slice(5);
  return windows.some((window) => window.from <= monthDay && monthDay <= window.to);
}

function latestFirst(a: CalendarDate, b: CalendarDate): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

function isInForce(status: SchoolStatus, day: CalendarDate): boolean {
  return status.from <= day && (status.to === null || day <= status.to);
}

function statusCriterion(status: SchoolStatus): PfsCriterion {
  return {
    kind: status.kind === 'credit_deficient' ? 'creditDeficient' : 'droppedOut',
    statusId: status.id,
    from: status.from,
    to: status.to,
  };
}

/**
 * S6.1–S6.5: a child's PFS on `day` under the state's settings, with every criterion met and
 * its evidence. PFS: eligible on the day (S2.1), a recent qualifying move (S6.2), an
 * interruption when the state asks one (S6.3), and at risk (S6.4) or dropped out (S6.5).
 */
export function determinePfs(
  records: PfsRecords,
  settings: PfsSettings,
  day: CalendarDate,
): PfsDetermination {
  const criteria: PfsCriterion[] = [];
  const recentQads = records.spans
    .map((span) => span.from)
    .filter((qad) => isWithinPreviousYear(qad, day))
    .sort(latestFirst);
  const recentMove = recentQads[0];
  if (recentMove !== undefined) criteria.push({ kind: 'recentMove', qad: recentMove });

  const requiresInterruption = settings.interruptionWindows.length > 0;
  const interruption = requiresInterruption ? interruptionOn(records, settings, recentQads, day) : null;
  if (interruption) criteria.push(interruption);

  const periodStartYear = periodStartYearOf(day);
  let atRisk = false;
  for (const subject of ASSESSMENT_SUBJECTS) {
    const latest = latestResultBeforePeriod(records.assessments, subject, periodStartYear);
    if (latest && settings.atRiskLevels[subject].includes(latest.level)) {
      criteria.push({ kind: 'assessment', subject, schoolYear: latest.schoolYear, level: latest.level });
      atRisk = true;
    }
  }
  const inForce = records.statuses.filter((status) => isInForce(status, day));
  const creditDeficient = settings.creditDeficiency
    ? inForce.find((status) => status.kind === 'credit_deficient')
    : undefined;
  if (creditDeficient) {
    criteria.push(statusCriterion(creditDeficient));
    atRisk = true;
  }
  const droppedOut = inForce.find((status) => status.kind === 'dropped_out');
  if (droppedOut) criteria.push(statusCriterion(droppedOut));

  const isPfs =
    isEligibleOn(records.spans, day) &&
    recentMove !== undefined &&
    (!requiresInterruption || interruption !== null) &&
    (atRisk || droppedOut !== undefined);
  return { on: day, isPfs, criteria };
}

/**
 * S6.10: whether a child was PFS on some day of `range` (a count's period). Each condition of
 * S6.1 holds from a day on which a record starts (a span, so its QAD; a withdrawal; a school
 * status; a performance period, for the assessments) and holds unbroken for a while after, so
 * if all hold on some day they all hold on the latest of their starting days: PFS on some day
 * of the range means PFS on its first day or on one of those days inside it.
 */
export function wasPfsDuring(
  records: PfsRecords,
  settings: PfsSettings,
  range: { first: CalendarDate; last: CalendarDate },
): boolean {
  const starts = [
    range.first,
    periodStartingIn(periodStartYearOf(range.last)).first,
    ...records.spans.map((span) => span.from),
    ...records.withdrawals,
    ...records.statuses.map((status) => status.from),
  ];
  const days = new Set(starts.filter((day) => range.first <= day && day <= range.last));
  return [...days].some((day) => determinePfs(records, settings, day).isPfs);
}

/** S6.3: the latest qualifying move or withdrawal within the previous year that falls in a window. */
function interruptionOn(
  records: PfsRecords,
  settings: PfsSettings,
  recentQads: readonly CalendarDate[],
  day: CalendarDate,
): PfsCriterion | null {
  const events = [
    ...recentQads.map((date) => ({ by: 'move' as const, date })),
    ...(settings.withdrawalInterrupts ? records.withdrawals : [])
      .filter((date) => isWithinPreviousYear(date, day))
      .map((date) => ({ by: 'withdrawal' as const, date })),
  ].filter((event) => isInWindows(event.date, settings.interruptionWindows));
  events.sort((a, b) => latestFirst(a.date, b.date) || (a.by === 'move' ? -1 : 1));
  const event = events[0];
  return event ? { kind: 'interruption', by: event.by, date: event.date } : null;
}

/**
 * S6.7: the day a term's PFS is determined on: the latest day of the term that has come
 * (`today` within the term; its last day once it is over; its first day before it starts).
 */
export function pfsDayOfTerm(term: TermDates, today: CalendarDate): CalendarDate {
  if (today < term.from) return term.from;
  return today > term.to ? term.to : today;
}

/** S6.8: the groups of the order of service, first served first. */
export const SERVICE_ORDER_GROUPS = [
  'pfs',
  'schoolAgeCurrent',
  'schoolAgeFormer',
  'preschoolCurrent',
  'preschoolFormer',
] as const;
export type ServiceOrderGroup = (typeof SERVICE_ORDER_GROUPS)[number];

/**
 * S6.8: school-aged on `day`: five years old by 1 September of the day's performance period,
 * California's kindergarten entry age (design choice: the records hold no reliable grade).
 */
export function isSchoolAged(birthDate: CalendarDate, day: CalendarDate): boolean {
  return ageOn(birthDate, periodStartingIn(periodStartYearOf(day)).first) >= 5;
}

/**
 * S6.8: a child's group in the order of service on the day of `determination`: PFS first; then,
 * by Education Code 54443, school-aged before preschool, currently migratory (a qualifying move
 * within the previous year, S6.2) before former.
 */
export function serviceOrderGroup(records: PfsRecords, determination: PfsDetermination): ServiceOrderGroup {
  if (determination.isPfs) return 'pfs';
  const isCurrent = records.spans.some((span) => isWithinPreviousYear(span.from, determination.on));
  if (isSchoolAged(records.birthDate, determination.on))
    return isCurrent ? 'schoolAgeCurrent' : 'schoolAgeFormer';
  return isCurrent ? 'preschoolCurrent' : 'preschoolFormer';
}

/** S6.8: compare two children for the order of service: by group, then by student number. */
export function compareServiceOrder(
  a: { group: ServiceOrderGroup; studentId: string },
  b: { group: ServiceOrderGroup; studentId: string },
): number {
  const byGroup = SERVICE_ORDER_GROUPS.indexOf(a.group) - SERVICE_ORDER_GROUPS.indexOf(b.group);
  if (byGroup !== 0) return byGroup;
  return a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : 0;
}

/** S6.9: the share of PFS children served, in percent to one decimal (S3.9's rounding); null with none. */
export function pfsServedPercent(served: number, pfs: number): number | null {
  return percentGrew(served, pfs);
}

/**
 * S6.6: the PFS settings as sent by a form or stored. Windows are `MM-DD` days with `from` not
 * after `to` (a window does not cross 31 December: write two); levels are distinct whole
 * numbers 1 to 3 (level 4 meets or exceeds the standard). Refusals name the field.
 */
export function parsePfsSettings(input: unknown): PfsSettings {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw DomainError.invalidField('pfsSettings', 'must be an object');
  const record = input as Record<string, unknown>;
  const windows = record.interruptionWindows;
  if (!Array.isArray(windows))
    throw DomainError.invalidField('interruptionWindows', 'must be a list of windows');
  if (windows.length > 12) throw DomainError.invalidField('interruptionWindows', 'holds at most 12 windows');
  const interruptionWindows = windows.map((window: unknown, index): TermWindow => {
    const field = `interruptionWindows[${index}]`;
    if (typeof window !== 'object' || window === null)
      throw DomainError.invalidField(field, 'needs a from and a to day');
    const { from, to } = window as Record<string, unknown>;
    for (const [end, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      const problem = monthDayProblem(value);
      if (problem) throw DomainError.invalidField(`${field}.${end}`, problem);
    }
    if ((from as string) > (to as string))
      throw DomainError.invalidField(
        `${field}.to`,
        'is before the window starts (split a window across 31 December in two)',
      );
    return { from: from as string, to: to as string };
  });
  for (const flag of ['withdrawalInterrupts', 'creditDeficiency'] as const)
    if (typeof record[flag] !== 'boolean') throw DomainError.invalidField(flag, 'must be true or false');
  const levels = record.atRiskLevels;
  if (typeof levels !== 'object' || levels === null || Array.isArray(levels))
    throw DomainError.invalidField('atRiskLevels', 'must be an object with ELA, MATH and ELPAC');
  const unknownSubject = Object.keys(levels).find((key) => !isAssessmentSubject(key));
  if (unknownSubject !== undefined)
    throw DomainError.invalidField(`atRiskLevels.${unknownSubject}`, 'is not a subject (ELA, MATH, ELPAC)');
  const atRiskLevels = {} as Record<AssessmentSubject, number[]>;
  for (const subject of ASSESSMENT_SUBJECTS) {
    const list = (levels as Record<string, unknown>)[subject];
    const field = `atRiskLevels.${subject}`;
    if (!Array.isArray(list)) throw DomainError.invalidField(field, 'must be a list of levels');
    if (!list.every((level) => Number.isInteger(level) && level >= 1 && level <= 3))
      throw DomainError.invalidField(
        field,
        'levels are whole numbers from 1 to 3 (level 4 meets the standard)',
      );
    if (new Set(list).size !== list.length) throw DomainError.invalidField(field, 'names a level twice');
    atRiskLevels[subject] = [...(list as number[])].sort((a, b) => a - b);
  }
  return {
    interruptionWindows,
    withdrawalInterrupts: record.withdrawalInterrupts as boolean,
    atRiskLevels,
    creditDeficiency: record.creditDeficiency as boolean,
  };
}

/** The longest note a school status keeps. */
export const SCHOOL_STATUS_NOTE_MAX = 500;

/** S6.4: a school status's last day is not before its first; its note fits. Refusals name the field. */
export function checkSchoolStatus(input: {
  startsOn: CalendarDate;
  endsOn: CalendarDate | null;
  note: string;
}): void {
  if (input.endsOn !== null && input.endsOn < input.startsOn)
    throw DomainError.invalidField('endsOn', 'is before the first day');
  if (input.note.length > SCHOOL_STATUS_NOTE_MAX)
    throw DomainError.invalidField('note', `is longer than ${SCHOOL_STATUS_NOTE_MAX} characters`);
}
