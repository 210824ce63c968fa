import { isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError, type FieldProblem } from '../../core/common/domain-error';
import type { Db } from '../../data/db';
import { findDistrictById } from '../../data/repositories/districts.repository';
import { findSchoolById } from '../../data/repositories/schools.repository';

/** An enrollment as entered. */
export interface EnrollmentFields {
  districtId: string;
  schoolId: string | null;
  enrollmentDate: CalendarDate;
  exitDate: CalendarDate | null;
  residencyDate: CalendarDate | null;
  gradeLevel: string | null;
}

/** Check the dates of an enrollment and list every problem. */
export function checkEnrollmentDates(fields: EnrollmentFields, today: CalendarDate): void {
  const problems: FieldProblem[] = [];
  for (const field of ['enrollmentDate', 'exitDate', 'residencyDate'] as const) {
    const value = fields[field];
    if (value !== null && !isCalendarDate(value))
      problems.push({ field, message: 'must be a date written YYYY-MM-DD' });
  }
  if (problems.length === 0) {
    if (fields.exitDate && fields.exitDate < fields.enrollmentDate)
      problems.push({ field: 'exitDate', message: 'must not be before the enrollment date' });
    if (fields.enrollmentDate > today)
      problems.push({ field: 'enrollmentDate', message: 'must not be in the future' });
    if (fields.residencyDate && fields.residencyDate > today)
      problems.push({ field: 'residencyDate', message: 'must not be in the future' });
  }
  if (problems.length)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
}

/** Assert the district exists and the school, when given, is one of its schools. */
export async function checkDistrictAndSchool(db: Db, fields: EnrollmentFields): Promise<void> {
  if (!(await findDistrictById(db, fields.districtId)))
    throw DomainError.invalidField('districtId', 'no such district');
  if (fields.schoolId) {
    const school = await findSchoolById(db, fields.schoolId);
    if (!school || school.district_id !== fields.districtId)
      throw DomainError.invalidField('schoolId', 'no such school in this district');
  }
}

/** The enrollment's columns from the fields entered. */
export function enrollmentColumns(fields: EnrollmentFields) {
  return {
    district_id: fields.districtId,
    school_id: fields.schoolId,
    enrollment_date: fields.enrollmentDate,
    exit_date: fields.exitDate,
    residency_date: fields.residencyDate,
    grade_level: fields.gradeLevel?.trim() || null,
  };
}
