import { sql, type RawBuilder } from 'kysely';
import type { CalendarDate } from '../../core/common/calendar-date';
import { ASSESSMENT_SUBJECTS } from '../../core/services/assessment-levels';
import type { PfsSettings, SchoolStatus } from '../../core/services/priority-for-services';
import type { EligibilitySpan, ServiceTerm } from '../../core/services/service-records';
import type { Db } from '../db';

/** The records Priority for Services needs beyond spans and assessments, per student number. */
export interface StudentSchoolRecords {
  /** Exit dates of the child's school enrollments. */
  withdrawals: CalendarDate[];
  statuses: SchoolStatus[];
}

/** A raw query's date as `YYYY-MM-DD` (the driver may give text or a Date at midnight UTC). */
function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/**
 * The withdrawals (school exits) and school statuses of the given students, keyed by student
 * number; a student known only from imported history has neither.
 * @scopedBy the students of a list or a child the caller loaded through a scoped read
 */
export async function schoolRecordsOfStudents(
  db: Db,
  studentIds: readonly string[],
): Promise<Map<string, StudentSchoolRecords>> {
  const byStudent = new Map<string, StudentSchoolRecords>();
  if (studentIds.length === 0) return byStudent;
  const ids = [...new Set(studentIds)];
  const recordsOf = (studentId: string) => {
    let records = byStudent.get(studentId);
    if (!records) byStudent.set(studentId, (records = { withdrawals: [], statuses: [] }));
    return records;
  };
  const exits = await sql<{ student_number: string; exit_date: unknown }>`select c.student_number, e.exit_date
    from enrollments e join children c on c.id = e.child_id
    where c.student_number = any(${ids}::text[]) and e.exit_date is not null`.execute(db);
  for (const row of exits.rows) recordsOf(row.student_number).withdrawals.push(dateText(row.exit_date));
  const statuses = await sql<{
    student_number: string;
    id: string;
    kind: SchoolStatus['kind'];
    starts_on: unknown;
    ends_on: unknown;
  }>`select c.student_number, s.id, s.kind, s.starts_on, s.ends_on
    from child_school_statuses s join children c on c.id = s.child_id
    where c.student_number = any(${ids}::text[])`.execute(db);
  for (const row of statuses.rows)
    recordsOf(row.student_number).statuses.push({
      id: row.id,
      kind: row.kind,
      from: dateText(row.starts_on),
      to: row.ends_on === null ? null : dateText(row.ends_on),
    });
  return byStudent;
}

/**
 * Every span of eligibility of one student (imported history and approved COEs), oldest first.
 * @scopedBy the student number of a child the caller loaded through a scoped read
 */
export async function eligibilitySpansOfStudent(db: Db, studentId: string): Promise<EligibilitySpan[]> {
  const { rows } = await sql<{ eligible_from: unknown; eligible_to: unknown }>`select eligible_from, eligible_to
    from eligibility_spans where student_id = ${studentId} order by eligible_from, eligible_to`.execute(db);
  return rows.map((row) => ({ from: dateText(row.eligible_from), to: dateText(row.eligible_to) }));
}

/**
 * Every span of eligibility of the given students, keyed by student number, oldest first.
 * @scopedBy the students of a search the caller ran through a scoped read
 */
export async function eligibilitySpansOfStudents(
  db: Db,
  studentIds: readonly string[],
): Promise<Map<string, EligibilitySpan[]>> {
  const byStudent = new Map<string, EligibilitySpan[]>();
  if (studentIds.length === 0) return byStudent;
  const { rows } = await sql<{ student_id: string; eligible_from: unknown; eligible_to: unknown }>`select student_id, eligible_from, eligible_to
    from eligibility_spans where student_id = any(${[...new Set(studentIds)]}::text[])
    order by student_id, eligible_from, eligible_to`.execute(db);
  for (const row of rows) {
    const span = { from: dateText(row.eligible_from), to: dateText(row.eligible_to) };
    const spans = byStudent.get(row.student_id);
    if (spans) spans.push(span);
    else byStudent.set(row.student_id, [span]);
  }
  return byStudent;
}

/**
 * Of the given students, those enrolled in a service of the region of that term whose start
 * falls in the period (S3.1).
 * @scopedBy the students of a region's list the caller loaded through a scoped read
 */
export async function studentsEnrolledInRegionTerm(
  db: Db,
  query: { regionId: string; term: ServiceTerm; periodFirst: string; periodLast: string },
  studentIds: readonly string[],
): Promise<Set<string>> {
  if (studentIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('service_enrollments as se')
    .innerJoin('services as s', 's.id', 'se.service_id')
    .select('se.student_id')
    .distinct()
    .where('s.region_id', '=', query.regionId)
    .where('s.term', '=', query.term)
    .where('s.start_date', '>=', query.periodFirst)
    .where('s.start_date', '<=', query.periodLast)
    .where(sql<boolean>`se.student_id = any(${[...new Set(studentIds)]}::text[])`)
    .execute();
  return new Set(rows.map((row) => row.student_id));
}

/**
 * S6.10 narrowed in SQL, as a condition on `sp.student_id`: the students who could be PFS on
 * some day of `range`, by two of S6.1's conditions that each need a record of their own — a
 * qualifying move within the year before one of its days (S6.2), and an assessment level the
 * state counts as at risk (any year), a credit deficiency the state counts, or having dropped
 * out, in force during the range (S6.4, S6.5). Only a test that these hold, never that PFS
 * does: the core decides for the students it keeps, so a child it drops cannot be PFS.
 */
export function couldBePfsDuring(
  settings: PfsSettings,
  range: { first: CalendarDate; last: CalendarDate },
): RawBuilder<boolean> {
  const { first, last } = range;
  const atRiskResults = ASSESSMENT_SUBJECTS.filter((subject) => settings.atRiskLevels[subject].length > 0).map(
    (subject) =>
      sql`(r.subject = ${subject} and r.level in (${sql.join(settings.atRiskLevels[subject].map((level) => sql.lit(level)))}))`,
  );
  const statusKinds = settings.creditDeficiency ? ['credit_deficient', 'dropped_out'] : ['dropped_out'];
  // A day before the move's first anniversary is within its year (S6.2); a day of slack on the
  // anniversary of 29 February keeps every such move.
  return sql<boolean>`sp.student_id in (
      select m.student_id from eligibility_spans m
      where m.eligible_from <= ${last}::date and m.eligible_from >= (${first}::date - interval '1 year 1 day'))
    and (sp.student_id in (
        select c.student_number from child_school_statuses st join children c on c.id = st.child_id
        where st.kind in (${sql.join(statusKinds)}) and st.starts_on <= ${last}::date
          and (st.ends_on is null or st.ends_on >= ${first}::date))
      ${
        atRiskResults.length === 0
          ? sql``
          : sql`or sp.student_id in (select r.student_id from assessment_results r where ${sql.join(atRiskResults, sql` or `)})`
      })`;
}
