/**
 * The federal child counts of a performance period (Category 1 and Category 2), from the same
 * records as the MPO report (contract services/FORMAT.md, "The federal child counts"), each
 * child with the reason they count, or why not, and the breakdowns the federal files ask for.
 */
import { addDays, addYears, type CalendarDate } from '../common/calendar-date';
import type { PerformancePeriod } from '../recruitment/performance-period';
import { AGE_GRADE_GROUPS, ageGradeGroupOf, gradeCodeOf, type AgeGradeGroup } from './child-count-groups';
import { scopeName } from './mpo-outcomes';
import { isAged3Through21On, isEligibleOn } from './service-eligibility';
import type { EligibilitySpan, ServiceRecords, ServiceStudent } from './service-records';

export interface ChildCount {
  scope: string;
  period: string;
  category1: number;
  category2: number;
}

const CHILD_COUNT_TERMS = new Set(['SUMMER', 'INTERSESSION']);

/** S2.2: the day a person turns `years`: a 29 February birthday falls on 1 March in a common year. */
export function birthdayOf(birthDate: CalendarDate, years: number): CalendarDate {
  const day = addYears(birthDate, years);
  return birthDate.endsWith('-02-29') && day.endsWith('-02-28') ? addDays(day, 1) : day;
}

/**
 * S5.1: the first day of `[first, last]` that finds the student within `span` and aged 3
 * through 21 (their 3rd birthday ≤ day < their 22nd birthday), or null when there is none.
 */
function firstCountableDay(
  student: ServiceStudent,
  span: EligibilitySpan,
  first: CalendarDate,
  last: CalendarDate,
): CalendarDate | null {
  const from = [span.from, first, birthdayOf(student.birthDate, 3)].reduce((a, b) => (a > b ? a : b));
  const to = [span.to, last, addDays(birthdayOf(student.birthDate, 22), -1)].reduce((a, b) =>
    a < b ? a : b,
  );
  return from <= to ? from : null;
}

/** Why a child is not in Category 1 (S5.6). */
export type NotInCategory1 =
  'not_on_record' | 'not_served_in_region' | 'no_span_in_period' | 'not_aged_3_to_21';

/** Why a Category 1 child is not in Category 2 (S5.6). */
export type NotInCategory2 = 'not_in_category1' | 'no_summer_day' | 'not_eligible_on_summer_days';

/** A span of eligibility as a reason names it. */
export interface SpanDates {
  from: CalendarDate;
  to: CalendarDate;
}

export type Category1Answer =
  { counts: true; day: CalendarDate; span: SpanDates } | { counts: false; why: NotInCategory1 };

export type Category2Answer =
  { counts: true; day: CalendarDate; serviceId: string } | { counts: false; why: NotInCategory2 };

/** Whether and why one child counts in a period (S5.6): the answer to "why is this child (not) counted?". */
export interface ChildCountAnswer {
  studentId: string;
  category1: Category1Answer;
  category2: Category2Answer;
  /** S5.4, on the day they count; null when they do not. */
  group: AgeGradeGroup | null;
  englishLearner: boolean;
  disability: boolean;
}

/** A child of Category 1, with the day and span that qualified them and, in Category 2, their service day (S5.6). */
export interface ChildCountEntry {
  studentId: string;
  birthDate: CalendarDate;
  day: CalendarDate;
  span: SpanDates;
  category2: { day: CalendarDate; serviceId: string } | null;
  group: AgeGradeGroup;
  englishLearner: boolean;
  disability: boolean;
}

/** The days a student attended a summer or intersession service of the scope, within the period. */
interface SummerDay {
  day: CalendarDate;
  serviceId: string;
}

/**
 * The records of one scope, looked up per student: the students a region serves in the
 * period (S5.3; null for the state) and each student's summer and intersession days.
 */
function scopeOf(records: ServiceRecords, period: PerformancePeriod, region: number | null) {
  const servicesInScope = new Map(
    records.services
      .filter((service) => region === null || service.region === region)
      .map((service) => [service.serviceId, service]),
  );
  let served: Set<string> | null = null;
  if (region !== null) {
    served = new Set();
    for (const enrollment of records.enrollments) {
      const service = servicesInScope.get(enrollment.serviceId);
      if (service && service.startDate <= period.last && service.endDate >= period.first)
        served.add(enrollment.studentId);
    }
  }
  const summerDays = new Map<string, SummerDay[]>();
  for (const row of records.attendance) {
    if (row.date < period.first || row.date > period.last) continue;
    const term = servicesInScope.get(row.serviceId)?.term;
    if (!term || !CHILD_COUNT_TERMS.has(term)) continue;
    const days = summerDays.get(row.studentId) ?? [];
    days.push({ day: row.date, serviceId: row.serviceId });
    summerDays.set(row.studentId, days);
  }
  return { served, summerDays };
}

const byDateThenService = (a: SummerDay, b: SummerDay) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0;

/**
 * S5.1, S5.2, S5.4–S5.6: whether one student counts, and why. Category 1 is qualified by the
 * earliest countable day of the period (on equal days, the span that starts first); Category 2
 * by the earliest summer or intersession day on which the child is eligible and aged 3 through
 * 21 (on equal days, the service whose id sorts first). The group, English learner and
 * disability are those of the span that qualified them.
 */
function answerFor(
  studentId: string,
  student: ServiceStudent | undefined,
  period: PerformancePeriod,
  scope: ReturnType<typeof scopeOf>,
): ChildCountAnswer {
  const notCounted = (why: NotInCategory1): ChildCountAnswer => ({
    studentId,
    category1: { counts: false, why },
    category2: { counts: false, why: 'not_in_category1' },
    group: null,
    englishLearner: false,
    disability: false,
  });
  // A region is told only that a child is not its own, not whether the state knows them.
  if (scope.served && !scope.served.has(studentId)) return notCounted('not_served_in_region');
  if (!student) return notCounted('not_on_record');
  const spans = [...student.spans].sort((a, b) =>
    a.from === b.from ? (a.to < b.to ? -1 : 1) : a.from < b.from ? -1 : 1,
  );
  let qualifying: { day: CalendarDate; span: EligibilitySpan } | null = null;
  for (const span of spans) {
    const day = firstCountableDay(student, span, period.first, period.last);
    if (day !== null && (qualifying === null || day < qualifying.day)) qualifying = { day, span };
  }
  if (qualifying === null)
    return notCounted(
      spans.some((span) => span.from <= period.last && span.to >= period.first)
        ? 'not_aged_3_to_21'
        : 'no_span_in_period',
    );
  const { day, span } = qualifying;
  const summerDays = [...(scope.summerDays.get(studentId) ?? [])].sort(byDateThenService);
  const served = summerDays.find(
    (summer) => isEligibleOn(student.spans, summer.day) && isAged3Through21On(student.birthDate, summer.day),
  );
  return {
    studentId,
    category1: { counts: true, day, span: { from: span.from, to: span.to } },
    category2: served
      ? { counts: true, day: served.day, serviceId: served.serviceId }
      : { counts: false, why: summerDays.length === 0 ? 'no_summer_day' : 'not_eligible_on_summer_days' },
    group: ageGradeGroupOf(gradeCodeOf(span.grade), student.birthDate, day),
    englishLearner: span.englishLearner ?? false,
    disability: span.disability ?? false,
  };
}

/** S5.6: whether and why one student counts in the period, for the state or one region (S5.3). */
export function explainChildCount(
  records: ServiceRecords,
  period: PerformancePeriod,
  region: number | null,
  studentId: string,
): ChildCountAnswer {
  const student = records.students.find((s) => s.studentId === studentId);
  return answerFor(studentId, student, period, scopeOf(records, period, region));
}

/** S5.6: the children of Category 1, each with the reasons they count, by student number. */
export function childCountEntries(
  records: ServiceRecords,
  period: PerformancePeriod,
  region: number | null,
): ChildCountEntry[] {
  const scope = scopeOf(records, period, region);
  const entries: ChildCountEntry[] = [];
  for (const student of records.students) {
    const answer = answerFor(student.studentId, student, period, scope);
    if (!answer.category1.counts) continue;
    entries.push({
      studentId: student.studentId,
      birthDate: student.birthDate,
      day: answer.category1.day,
      span: answer.category1.span,
      category2: answer.category2.counts
        ? { day: answer.category2.day, serviceId: answer.category2.serviceId }
        : null,
      group: answer.group!,
      englishLearner: answer.englishLearner,
      disability: answer.disability,
    });
  }
  return entries.sort((a, b) => (a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : 0));
}

/**
 * Category 1 and Category 2 of a period, for the state or (S5.3) the students enrolled in a
 * region's services that overlap the period, counting for Category 2 only that region's
 * attendance.
 */
export function computeChildCount(
  records: ServiceRecords,
  period: PerformancePeriod,
  region: number | null,
): ChildCount {
  const entries = childCountEntries(records, period, region);
  return {
    scope: scopeName(region),
    period: period.name,
    category1: entries.length,
    category2: entries.filter((entry) => entry.category2 !== null).length,
  };
}

export interface CountPair {
  category1: number;
  category2: number;
}

/** The breakdowns of the federal files (S5.5): every age/grade group (zeros included), English learners, children with disabilities. */
export interface ChildCountBreakdown extends CountPair {
  groups: Array<{ group: AgeGradeGroup } & CountPair>;
  englishLearners: CountPair;
  disabilities: CountPair;
}

/** Category 1 and 2 of a list of Category 1 children. */
export function pairOf(entries: readonly ChildCountEntry[]): CountPair {
  return { category1: entries.length, category2: entries.filter((e) => e.category2 !== null).length };
}

/** S5.5: the counts of a list of Category 1 children, by group, English learners and disabilities. */
export function breakdownOf(entries: readonly ChildCountEntry[]): ChildCountBreakdown {
  return {
    ...pairOf(entries),
    groups: AGE_GRADE_GROUPS.map((group) => ({
      group,
      ...pairOf(entries.filter((e) => e.group === group)),
    })),
    englishLearners: pairOf(entries.filter((e) => e.englishLearner)),
    disabilities: pairOf(entries.filter((e) => e.disability)),
  };
}

/**
 * S5.3, S5.5: each region's counts, for every region that has a service in the records, by
 * region number. A child served in two regions counts in both.
 */
export function childCountsByRegion(
  records: ServiceRecords,
  period: PerformancePeriod,
): Array<{ region: number } & CountPair> {
  const regions = [...new Set(records.services.map((s) => s.region))].sort((a, b) => a - b);
  return regions.map((region) => ({ region, ...pairOf(childCountEntries(records, period, region)) }));
}
