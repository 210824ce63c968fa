/**
 * The federal child counts of a performance period (Category 1 and Category 2), from the same
 * records as the MPO report (contract services/FORMAT.md, "The federal child counts").
 */
import { addDays, addYears, type CalendarDate } from '../common/calendar-date';
import type { PerformancePeriod } from '../recruitment/performance-period';
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
 * S5.1: whether some day of `[first, last]` finds the student within `span` and aged 3
 * through 21 (their 3rd birthday ≤ day < their 22nd birthday).
 */
function hasCountableDay(
  student: ServiceStudent,
  span: EligibilitySpan,
  first: CalendarDate,
  last: CalendarDate,
) {
  const from = [span.from, first, birthdayOf(student.birthDate, 3)].reduce((a, b) => (a > b ? a : b));
  const to = [span.to, last, addDays(birthdayOf(student.birthDate, 22), -1)].reduce((a, b) =>
    a < b ? a : b,
  );
  return from <= to;
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
  const servicesInScope = new Map(
    records.services
      .filter((service) => region === null || service.region === region)
      .map((service) => [service.serviceId, service]),
  );
  let studentsInScope: Set<string> | null = null;
  if (region !== null) {
    studentsInScope = new Set();
    for (const enrollment of records.enrollments) {
      const service = servicesInScope.get(enrollment.serviceId);
      if (service && service.startDate <= period.last && service.endDate >= period.first)
        studentsInScope.add(enrollment.studentId);
    }
  }
  const category1 = new Map<string, ServiceStudent>();
  for (const student of records.students) {
    if (studentsInScope && !studentsInScope.has(student.studentId)) continue;
    if (student.spans.some((span) => hasCountableDay(student, span, period.first, period.last)))
      category1.set(student.studentId, student);
  }
  // S5.2: a day of attendance in a summer or intersession service on which the child counts.
  const category2 = new Set<string>();
  for (const row of records.attendance) {
    if (row.date < period.first || row.date > period.last || category2.has(row.studentId)) continue;
    const term = servicesInScope.get(row.serviceId)?.term;
    const student = category1.get(row.studentId);
    if (!student || !term || !CHILD_COUNT_TERMS.has(term)) continue;
    if (isEligibleOn(student.spans, row.date) && isAged3Through21On(student.birthDate, row.date))
      category2.add(row.studentId);
  }
  return {
    scope: scopeName(region),
    period: period.name,
    category1: category1.size,
    category2: category2.size,
  };
}
