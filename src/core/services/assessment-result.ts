/**
 * One state assessment result of a child: a level 1–4 in a subject for a school year, keyed
 * by the state-unique migrant student number (contract services/FORMAT.md, assessments.csv).
 */
import { DomainError } from '../common/domain-error';
import { ASSESSMENT_SUBJECTS, isAssessmentSubject, type AssessmentSubject } from './assessment-levels';

export interface StateAssessmentResult {
  studentId: string;
  subject: AssessmentSubject;
  /** `2023-24` */
  schoolYear: string;
  /** 1 to 4 */
  level: number;
}

/** Student numbers are letters and digits (`CA100000001`, `M3000160`), at most 20. */
const STUDENT_ID = /^[A-Za-z0-9]{1,20}$/;
const SCHOOL_YEAR = /^(\d{4})-(\d{2})$/;

/** Why a student number is not one, or null when it is. */
export function studentIdProblem(value: string): string | null {
  return STUDENT_ID.test(value) ? null : 'must be a student number of 1 to 20 letters and digits';
}

/** Whether `value` is written like `2023-24`, two consecutive years (the contract's `school_year`). */
export function isSchoolYear(value: string): boolean {
  const match = SCHOOL_YEAR.exec(value);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** Why a school year typed or imported is not one from 1990-91 to 2100-01 written like `2023-24`, or null when it is. */
export function schoolYearProblem(value: string): string | null {
  const match = SCHOOL_YEAR.exec(value);
  if (!match) return 'must be a school year such as 2023-24';
  const start = Number(match[1]);
  if (start < 1990 || start > 2100) return 'must be a school year from 1990-91 to 2100-01';
  if (!isSchoolYear(value)) return 'must name two consecutive years, such as 2023-24';
  return null;
}

/** Why a level is not one of 1–4, or null. */
export function levelProblem(value: unknown): string | null {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 4
    ? null
    : 'must be a whole number from 1 to 4';
}

/** The school year that starts in `startYear`: 2023 → `2023-24`. */
export function schoolYearStartingIn(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * A result typed by hand, checked field by field; the first wrong field is refused by name.
 * The student id is trimmed; the subject must be one of ELA, MATH, ELPAC.
 */
export function parseAssessmentResult(input: {
  studentId: string;
  subject: string;
  schoolYear: string;
  level: number;
}): StateAssessmentResult {
  const studentId = input.studentId.trim();
  const studentProblem = studentIdProblem(studentId);
  if (studentProblem) throw DomainError.invalidField('studentId', studentProblem);
  if (!isAssessmentSubject(input.subject))
    throw DomainError.invalidField('subject', `must be one of ${ASSESSMENT_SUBJECTS.join(', ')}`);
  const schoolYear = input.schoolYear.trim();
  const yearProblem = schoolYearProblem(schoolYear);
  if (yearProblem) throw DomainError.invalidField('schoolYear', yearProblem);
  const problem = levelProblem(input.level);
  if (problem) throw DomainError.invalidField('level', problem);
  return { studentId, subject: input.subject, schoolYear, level: input.level };
}
