/**
 * The age/grade groups of the federal child count files (EDFacts FS121 and FS122, category
 * "Grade Level (Migrant)"), and how a child's group is known from the grade our records hold.
 */
import { type CalendarDate } from '../common/calendar-date';
import { ageOn } from './service-eligibility';

/** The grades a record may hold once read (S5.4): preschool, kindergarten, 01–12, ungraded, out of school. */
export const GRADE_CODES = [
  'PK',
  'KG',
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  'UG',
  'OS',
] as const;
export type GradeCode = (typeof GRADE_CODES)[number];

/**
 * S5.4: how the grade written on a record reads, whatever the system that wrote it: CALPADS's
 * `KN` and `TK` (transitional kindergarten, the first year of California's two-year
 * kindergarten) are kindergarten; `1` and `01` are grade 1; `OSY` is out of school. Anything
 * else is no grade.
 */
export const GRADE_SPELLINGS: Readonly<Record<string, GradeCode>> = {
  PK: 'PK',
  P: 'PK',
  PS: 'PK',
  K: 'KG',
  KG: 'KG',
  KN: 'KG',
  TK: 'KG',
  ...Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => {
      const code = String(i + 1).padStart(2, '0') as GradeCode;
      return [
        [code, code],
        [String(i + 1), code],
      ];
    }).flat(),
  ),
  UG: 'UG',
  OS: 'OS',
  OSY: 'OS',
};

/** S5.4: the grade a record's text names, or null when it names none. */
export function gradeCodeOf(text: string | null | undefined): GradeCode | null {
  if (!text) return null;
  return GRADE_SPELLINGS[text.trim().toUpperCase()] ?? null;
}

/** The rows of the federal files' age/grade category, and `MISSING` for a school-age child whose grade is not recorded. */
export const AGE_GRADE_GROUPS = [
  'AGE3TO5NOTK',
  'KG',
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  'UG',
  'OS',
  'MISSING',
] as const;
export type AgeGradeGroup = (typeof AGE_GRADE_GROUPS)[number];

/**
 * S5.4: a child's age/grade group on the day they count: their recorded grade when it is
 * kindergarten through 12, ungraded or out of school; aged 3 through 5 that day with a
 * preschool grade or none, `AGE3TO5NOTK`; aged 6 or more with a preschool grade or none,
 * `MISSING` (the record must be completed before the counts are certified).
 */
export function ageGradeGroupOf(
  grade: GradeCode | null,
  birthDate: CalendarDate,
  day: CalendarDate,
): AgeGradeGroup {
  if (grade !== null && grade !== 'PK') return grade;
  return ageOn(birthDate, day) <= 5 ? 'AGE3TO5NOTK' : 'MISSING';
}
