import { sql, type Expression, type SqlBool } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { AssessmentSubject } from '../../core/services/assessment-levels';
import type { StateAssessmentResult } from '../../core/services/assessment-result';
import type { Db } from '../db';

/**
 * A WHERE condition limiting rows keyed by a state student number to an access scope. A
 * student belongs to a region when Ciclo's child with that number is the region's, or when
 * the student was enrolled in one of the region's services (history imported before the
 * child's COE was made in Ciclo); to a district when the child is enrolled in its schools or
 * the student in a service the district provides. The state reaches every student number.
 * @statewide this is the scope condition itself: its subqueries run inside the caller's query,
 * correlated to the student number being filtered
 */
export function studentNumbersInScope(studentId: Expression<string>, scope: AccessScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'state':
      return sql<boolean>`true`;
    case 'regions': {
      if (scope.regionIds.length === 0) return sql<boolean>`false`;
      const regions = sql.join([...scope.regionIds]);
      return sql<boolean>`(exists (select 1 from children c where c.student_number = ${studentId} and c.region_id in (${regions}))
        or exists (select 1 from service_enrollments se join services s on s.id = se.service_id
          where se.student_id = ${studentId} and s.region_id in (${regions})))`;
    }
    case 'district':
      return sql<boolean>`(exists (select 1 from children c join enrollments e on e.child_id = c.id
          where c.student_number = ${studentId} and e.district_id = ${scope.districtId})
        or exists (select 1 from service_enrollments se join services s on s.id = se.service_id
          where se.student_id = ${studentId} and s.district_id = ${scope.districtId}))`;
  }
}

/** A result as the lists show it: with Ciclo's child when one has the student number. */
export interface AssessmentResultRow {
  student_id: string;
  subject: AssessmentSubject;
  school_year: string;
  level: number;
  source: 'entered' | 'imported';
  recorded_at: Date;
  version: number;
  child_id: string | null;
  first_name: string | null;
  last_surname: string | null;
}

export interface AssessmentResultFilter {
  /** A student number, exactly. */
  studentId?: string | undefined;
  subject?: AssessmentSubject | undefined;
  schoolYear?: string | undefined;
  limit: number;
  offset: number;
}

const RESULT_COLUMNS = [
  'r.student_id',
  'r.subject',
  'r.school_year',
  'r.level',
  'r.source',
  'r.recorded_at',
  'r.version',
  'c.id as child_id',
  'c.first_name',
  'c.last_surname',
] as const;

function selectResults(db: Db, scope: AccessScope) {
  return db
    .selectFrom('assessment_results as r')
    .leftJoin('children as c', 'c.student_number', 'r.student_id')
    .where(() => studentNumbersInScope(sql.ref('r.student_id'), scope));
}

/** Results in scope matching the filter: the latest school year first, then by student number and subject. */
export async function listAssessmentResultsInScope(
  db: Db,
  scope: AccessScope,
  filter: AssessmentResultFilter,
): Promise<{ rows: AssessmentResultRow[]; total: number }> {
  let base = selectResults(db, scope);
  if (filter.studentId) base = base.where('r.student_id', '=', filter.studentId);
  if (filter.subject) base = base.where('r.subject', '=', filter.subject);
  if (filter.schoolYear) base = base.where('r.school_year', '=', filter.schoolYear);
  const [rows, count] = await Promise.all([
    base
      .select(RESULT_COLUMNS)
      .orderBy('r.school_year', 'desc')
      .orderBy('r.student_id')
      .orderBy('r.subject')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as AssessmentResultRow[], total: Number(count.total) };
}

export interface AssessmentResultKey {
  studentId: string;
  subject: AssessmentSubject;
  schoolYear: string;
}

/** One result in scope, or undefined (absent and out of scope look the same). */
export async function findAssessmentResultInScope(
  db: Db,
  scope: AccessScope,
  key: AssessmentResultKey,
): Promise<AssessmentResultRow | undefined> {
  const row = await selectResults(db, scope)
    .select(RESULT_COLUMNS)
    .where('r.student_id', '=', key.studentId)
    .where('r.subject', '=', key.subject)
    .where('r.school_year', '=', key.schoolYear)
    .executeTakeFirst();
  return row as AssessmentResultRow | undefined;
}

/**
 * Every result of one student, the latest school year first.
 * @scopedBy the student number of a child the caller loaded through a scoped read
 */
export async function assessmentResultsOfStudent(db: Db, studentId: string): Promise<StateAssessmentResult[]> {
  const rows = await db
    .selectFrom('assessment_results')
    .select(['student_id', 'subject', 'school_year', 'level'])
    .where('student_id', '=', studentId)
    .orderBy('school_year', 'desc')
    .orderBy('subject')
    .execute();
  return rows.map((r) => ({ studentId: r.student_id, subject: r.subject, schoolYear: r.school_year, level: r.level }));
}

/**
 * The results of the given students (any subject and year).
 * @scopedBy the students of a target list the caller loaded through a scoped read
 */
export async function assessmentResultsOfStudents(
  db: Db,
  studentIds: readonly string[],
): Promise<StateAssessmentResult[]> {
  if (studentIds.length === 0) return [];
  const rows = await db
    .selectFrom('assessment_results')
    .select(['student_id', 'subject', 'school_year', 'level'])
    .where(sql<boolean>`student_id = any(${[...new Set(studentIds)]}::text[])`)
    .execute();
  return rows.map((r) => ({ studentId: r.student_id, subject: r.subject, schoolYear: r.school_year, level: r.level }));
}

/** Of these student numbers, those the scope does not reach (for a refusal naming them). */
export async function studentNumbersOutOfScope(
  db: Db,
  scope: AccessScope,
  studentIds: readonly string[],
): Promise<Set<string>> {
  if (scope.kind === 'state' || studentIds.length === 0) return new Set();
  const unique = [...new Set(studentIds)];
  const reached = await sql<{ student_id: string }>`select t.student_id from unnest(${unique}::text[]) as t(student_id)
    where ${studentNumbersInScope(sql.ref('t.student_id'), scope)}`.execute(db);
  const inScope = new Set(reached.rows.map((r) => r.student_id));
  return new Set(unique.filter((id) => !inScope.has(id)));
}

/**
 * Ciclo's child with this student number and its region, for the audit log, or undefined for
 * a student known only from imported history.
 * @scopedBy the student of a result the caller reached in scope; only ids are returned
 */
export async function childOfStudentNumber(
  db: Db,
  studentId: string,
): Promise<{ id: string; region_id: string } | undefined> {
  return db
    .selectFrom('children')
    .select(['id', 'region_id'])
    .where('student_number', '=', studentId)
    .executeTakeFirst();
}

/** Add one result typed by hand; false when the student already has a result of that subject and year. */
export async function insertAssessmentResult(
  db: Db,
  result: StateAssessmentResult,
  recordedBy: string | null,
): Promise<boolean> {
  const inserted = await db
    .insertInto('assessment_results')
    .values({
      student_id: result.studentId,
      subject: result.subject,
      school_year: result.schoolYear,
      level: result.level,
      source: 'entered',
      recorded_by: recordedBy,
    })
    .onConflict((oc) => oc.columns(['student_id', 'subject', 'school_year']).doNothing())
    .returning('student_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Change the level of one result (typed by hand now); false when it no longer exists. */
/** Correct a result's level if it is still at `version`; false when it changed since (or is gone). */
export async function updateAssessmentLevel(
  db: Db,
  key: AssessmentResultKey & { version: number },
  level: number,
  recordedBy: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('assessment_results')
    .set({
      level,
      source: 'entered',
      recorded_by: recordedBy,
      recorded_at: sql`now()`,
      version: sql`version + 1`,
    })
    .where('student_id', '=', key.studentId)
    .where('subject', '=', key.subject)
    .where('school_year', '=', key.schoolYear)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Remove a result if it is still at `version`; false when it changed since (or is gone). */
export async function deleteAssessmentResult(
  db: Db,
  key: AssessmentResultKey & { version: number },
): Promise<boolean> {
  const result = await db
    .deleteFrom('assessment_results')
    .where('student_id', '=', key.studentId)
    .where('subject', '=', key.subject)
    .where('school_year', '=', key.schoolYear)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Store imported results: a student's result of the same subject and year is replaced (the
 * file is the state's record). One statement per chunk with the rows as one JSON parameter.
 * Returns how many were new and how many replaced an earlier level.
 */
export async function upsertImportedAssessmentResults(
  db: Db,
  results: readonly StateAssessmentResult[],
  recordedBy: string | null,
): Promise<{ added: number; replaced: number }> {
  const CHUNK = 5_000;
  let added = 0;
  let replaced = 0;
  for (let i = 0; i < results.length; i += CHUNK) {
    const json = JSON.stringify(
      results.slice(i, i + CHUNK).map((r) => ({
        student_id: r.studentId,
        subject: r.subject,
        school_year: r.schoolYear,
        level: r.level,
      })),
    );
    const { rows } = await sql<{ inserted: boolean }>`
      insert into assessment_results (student_id, subject, school_year, level, source, recorded_by)
      select student_id, subject, school_year, level, 'imported', ${recordedBy}::uuid
      from json_populate_recordset(null::assessment_results, ${json}::json)
      on conflict (student_id, subject, school_year) do update
        set level = excluded.level, source = 'imported', recorded_by = excluded.recorded_by, recorded_at = now(),
          version = assessment_results.version + 1
      returning (xmax = 0) as inserted`.execute(db);
    const inserted = rows.filter((row) => row.inserted).length;
    added += inserted;
    replaced += rows.length - inserted;
  }
  return { added, replaced };
}
