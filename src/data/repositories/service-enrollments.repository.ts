import { sql, type Insertable } from 'kysely';
import type { EligibilitySpan } from '../../core/services/service-records';
import type { Db } from '../db';
import type { ServiceEnrollmentsTable } from '../tables';

/** An enrollment as the rules need it. */
export interface EnrollmentKey {
  id: number;
  studentId: string;
  enrolledOn: string;
}

/**
 * The enrollments of the given students in one service, by student id.
 * @scopedBy the enrollments of one service the caller loaded in scope
 */
export async function enrollmentsOfStudents(
  db: Db,
  serviceId: string,
  studentIds: readonly string[],
): Promise<Map<string, EnrollmentKey>> {
  if (studentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('service_enrollments')
    .select(['id', 'student_id', 'enrolled_on'])
    .where('service_id', '=', serviceId)
    .where('student_id', 'in', [...new Set(studentIds)])
    .execute();
  return new Map(rows.map((r) => [r.student_id, { id: r.id, studentId: r.student_id, enrolledOn: r.enrolled_on }]));
}

/**
 * One enrollment of a service by its id.
 * @scopedBy the enrollments of one service the caller loaded in scope
 */
export async function findEnrollmentOfService(db: Db, serviceId: string, enrollmentId: number) {
  return db
    .selectFrom('service_enrollments')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('id', '=', enrollmentId)
    .executeTakeFirst();
}

/**
 * A student's spans of eligibility (imported history and Ciclo's approved COEs).
 * @statewide whether a student may be enrolled depends on all their spans wherever recorded; the
 * caller says only whether they were eligible on a date, with the dates of the spans
 */
export async function eligibilitySpansOf(db: Db, studentId: string): Promise<EligibilitySpan[]> {
  const rows = await db
    .selectFrom('eligibility_spans')
    .select(['eligible_from', 'eligible_to'])
    .where('student_id', '=', studentId)
    .orderBy('eligible_from')
    .execute();
  return rows.map((r) => ({ from: r.eligible_from, to: r.eligible_to }));
}

/**
 * The id of Ciclo's child with this student number, for the audit log, or null for a student
 * known only from imported history.
 * @scopedBy the student of an enrollment in a service the caller loaded in scope; only the id is returned
 */
export async function childIdOfStudent(db: Db, studentId: string): Promise<string | null> {
  const row = await db.selectFrom('children').select('id').where('student_number', '=', studentId).executeTakeFirst();
  return row?.id ?? null;
}

export async function insertEnrollment(db: Db, values: Insertable<ServiceEnrollmentsTable>): Promise<number> {
  const row = await db.insertInto('service_enrollments').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Whether attendance or a test is recorded for this enrollment.
 * @scopedBy the records of one enrollment of a service the caller loaded in scope
 */
export async function enrollmentHasRecords(db: Db, enrollmentId: number): Promise<boolean> {
  const row = await db
    .selectFrom('service_enrollments as e')
    .select((eb) => [
      eb.exists(eb.selectFrom('service_attendance').select('date').where('enrollment_id', '=', enrollmentId)).as('attended'),
      eb.exists(eb.selectFrom('service_tests').select('id').where('enrollment_id', '=', enrollmentId)).as('tested'),
    ])
    .where('e.id', '=', enrollmentId)
    .executeTakeFirst();
  return Boolean(row?.attended) || Boolean(row?.tested);
}

export async function deleteEnrollment(db: Db, enrollmentId: number): Promise<void> {
  await db.deleteFrom('service_enrollments').where('id', '=', enrollmentId).execute();
}

/** An enrolled child on the service page, with the minutes and sessions attended. */
export interface EnrolledChildRow {
  id: number;
  student_id: string;
  enrolled_on: string;
  reason: ServiceEnrollmentsTable['reason'];
  child_id: string | null;
  first_name: string | null;
  last_surname: string | null;
  second_surname: string | null;
  minutes: number;
  sessions: number;
}

/**
 * Everyone enrolled in one service, by name, with the minutes and sessions they attended.
 * @scopedBy the enrollments of one service the caller loaded in scope, with the names of its children
 */
export async function listEnrolledChildren(db: Db, serviceId: string): Promise<EnrolledChildRow[]> {
  const rows = await db
    .selectFrom('service_enrollments as e')
    .leftJoin('children as c', 'c.student_number', 'e.student_id')
    .select((eb) => [
      'e.id',
      'e.student_id',
      'e.enrolled_on',
      'e.reason',
      'c.id as child_id',
      'c.first_name',
      'c.last_surname',
      'c.second_surname',
      eb
        .selectFrom('service_attendance as a')
        .select(sql<number>`coalesce(sum(a.minutes), 0)::int`.as('m'))
        .whereRef('a.enrollment_id', '=', 'e.id')
        .as('minutes'),
      eb
        .selectFrom('service_attendance as a')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('a.enrollment_id', '=', 'e.id')
        .as('sessions'),
    ])
    .where('e.service_id', '=', serviceId)
    .orderBy('c.last_surname')
    .orderBy('c.first_name')
    .orderBy('e.student_id')
    .execute();
  return rows.map((row) => ({ ...row, minutes: row.minutes ?? 0, sessions: row.sessions ?? 0 }));
}
