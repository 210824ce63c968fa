import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { EligibilitySpan, EnrollmentReason, ServiceTerm } from '../../core/services/service-records';
import type { Db } from '../db';
import type { Sex } from '../tables';
import { childrenInScope } from './scope-filter';

/** A child the Ed-Fi export writes (docs/rules/ed-fi.md E1). */
export interface EdFiChildRow {
  id: string;
  studentNumber: string;
  statewideStudentId: string | null;
  firstName: string;
  middleName: string | null;
  lastSurname: string;
  secondSurname: string | null;
  generationCodeSuffix: string | null;
  birthDate: string;
  birthCity: string | null;
  birthState: string | null;
  birthCountry: string;
  sex: Sex;
  regionNumber: number;
}

/** One enrollment of a child in a service (E2.7). */
export interface EdFiEnrollmentRow {
  studentNumber: string;
  serviceId: string;
  name: string;
  term: ServiceTerm;
  mpos: string[];
  startDate: string;
  endDate: string;
  enrolledOn: string;
  reason: EnrollmentReason | null;
  attendedMinutes: number;
}

/** Student numbers per query: a state's export reads its children in slices. */
const SLICE = 5000;

function slices<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += SLICE) result.push(items.slice(i, i + SLICE));
  return result;
}

/** A raw query's date as `YYYY-MM-DD` (the driver may give text or a Date at midnight UTC). */
function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/**
 * The children of the scope (one region, or every region) with an eligibility during the
 * period, by student number (E1.1).
 */
export async function edFiChildrenInScope(
  db: Db,
  scope: AccessScope,
  options: { regionId: string | null; first: string; last: string },
): Promise<EdFiChildRow[]> {
  let query = db
    .selectFrom('children')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .select([
      'children.id',
      'children.student_number',
      'children.statewide_student_id',
      'children.first_name',
      'children.middle_name',
      'children.last_surname',
      'children.second_surname',
      'children.generation_code_suffix',
      'children.birth_date',
      'children.birth_city',
      'children.birth_state',
      'children.birth_country',
      'children.sex',
      'regions.number as region_number',
    ])
    .where((eb) => childrenInScope(eb, scope))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('child_eligibilities as e')
          .select('e.id')
          .whereRef('e.child_id', '=', 'children.id')
          .where('e.qad', '<=', options.last)
          .where((inner) =>
            inner.or([inner('e.eligibility_end_date', 'is', null), inner('e.eligibility_end_date', '>=', options.first)]),
          ),
      ),
    );
  if (options.regionId !== null) query = query.where('children.region_id', '=', options.regionId);
  const rows = await query.orderBy('children.student_number').execute();
  return rows.map((row) => ({
    id: row.id,
    studentNumber: row.student_number,
    statewideStudentId: row.statewide_student_id,
    firstName: row.first_name,
    middleName: row.middle_name,
    lastSurname: row.last_surname,
    secondSurname: row.second_surname,
    generationCodeSuffix: row.generation_code_suffix,
    birthDate: dateText(row.birth_date),
    birthCity: row.birth_city,
    birthState: row.birth_state,
    birthCountry: row.birth_country,
    sex: row.sex,
    regionNumber: row.region_number,
  }));
}

/**
 * The students' enrollments in services that start in the period, of one region or any (E2.7).
 * @scopedBy the students given, which the caller loaded through edFiChildrenInScope
 */
export async function edFiEnrollmentsOf(
  db: Db,
  studentNumbers: readonly string[],
  options: { regionId: string | null; first: string; last: string },
): Promise<EdFiEnrollmentRow[]> {
  const result: EdFiEnrollmentRow[] = [];
  for (const numbers of slices(studentNumbers)) {
    let query = db
      .selectFrom('service_enrollments as se')
      .innerJoin('services as s', 's.id', 'se.service_id')
      .select([
        'se.student_id',
        's.code',
        's.name',
        's.term',
        's.mpos',
        's.start_date',
        's.end_date',
        'se.enrolled_on',
        'se.reason',
        'se.attended_minutes',
      ])
      .where('se.student_id', 'in', numbers)
      .where('s.start_date', '>=', options.first)
      .where('s.start_date', '<=', options.last);
    if (options.regionId !== null) query = query.where('s.region_id', '=', options.regionId);
    const rows = await query.orderBy('se.student_id').orderBy('se.enrolled_on').execute();
    for (const row of rows)
      result.push({
        studentNumber: row.student_id,
        serviceId: row.code,
        name: row.name,
        term: row.term,
        mpos: row.mpos,
        startDate: dateText(row.start_date),
        endDate: dateText(row.end_date),
        enrolledOn: dateText(row.enrolled_on),
        reason: row.reason,
        attendedMinutes: Number(row.attended_minutes),
      });
  }
  return result;
}

/**
 * The students' spans of eligibility (imported and Ciclo's), for their PFS (S6.1).
 * @scopedBy the students given, which the caller loaded through edFiChildrenInScope
 */
export async function edFiSpansOf(
  db: Db,
  studentNumbers: readonly string[],
): Promise<Map<string, EligibilitySpan[]>> {
  const spans = new Map<string, EligibilitySpan[]>();
  for (const numbers of slices(studentNumbers)) {
    const { rows } = await sql<{ student_id: string; eligible_from: unknown; eligible_to: unknown }>`
      select student_id, eligible_from, eligible_to from eligibility_spans
      where student_id in (${sql.join(numbers)})
      order by student_id, eligible_from`.execute(db);
    for (const row of rows) {
      const span = { from: dateText(row.eligible_from), to: dateText(row.eligible_to) };
      const known = spans.get(row.student_id);
      if (known) known.push(span);
      else spans.set(row.student_id, [span]);
    }
  }
  return spans;
}

/** A child's enrollment in a school or district (docs/rules/ed-fi.md E6). */
export interface EdFiSchoolEnrollmentRow {
  childId: string;
  enrollmentDate: string;
  exitDate: string | null;
  /** The school's CDS code; null for an enrollment in a district only. */
  schoolCdsCode: string | null;
  gradeLevel: string | null;
}

/**
 * E6.1: the children's school enrollments during the period (entered on or before its last
 * day, and not left before its first), by child and entry date.
 * @scopedBy the children given, which the caller loaded through edFiChildrenInScope
 */
export async function edFiSchoolEnrollmentsOf(
  db: Db,
  childIds: readonly string[],
  options: { first: string; last: string },
): Promise<EdFiSchoolEnrollmentRow[]> {
  const result: EdFiSchoolEnrollmentRow[] = [];
  for (const ids of slices(childIds)) {
    const rows = await db
      .selectFrom('enrollments as en')
      .leftJoin('schools as s', 's.id', 'en.school_id')
      .select(['en.child_id', 'en.enrollment_date', 'en.exit_date', 'en.grade_level', 's.cds_code'])
      .where('en.child_id', 'in', ids)
      .where('en.enrollment_date', '<=', options.last)
      .where((eb) => eb.or([eb('en.exit_date', 'is', null), eb('en.exit_date', '>=', options.first)]))
      .orderBy('en.child_id')
      .orderBy('en.enrollment_date')
      .execute();
    for (const row of rows)
      result.push({
        childId: row.child_id,
        enrollmentDate: dateText(row.enrollment_date),
        exitDate: row.exit_date === null ? null : dateText(row.exit_date),
        schoolCdsCode: row.cds_code,
        gradeLevel: row.grade_level,
      });
  }
  return result;
}
