import { sql } from 'kysely';
import type { Db } from '../db';

/** A child on the attendance sheet of one date, with the minutes recorded that day (null: absent). */
export interface RosterRow {
  enrollment_id: number;
  student_id: string;
  enrolled_on: string;
  first_name: string | null;
  last_surname: string | null;
  second_surname: string | null;
  minutes: number | null;
}

/**
 * The attendance sheet of one service on one date: every child enrolled on or before that
 * date, by name, with the minutes recorded for them that day.
 * @scopedBy the enrollments of one service the caller loaded in scope, with the names of its children
 */
export async function attendanceRosterOn(db: Db, serviceId: string, date: string): Promise<RosterRow[]> {
  return db
    .selectFrom('service_enrollments as e')
    .leftJoin('children as c', 'c.student_number', 'e.student_id')
    .leftJoin('service_attendance as a', (join) => join.onRef('a.enrollment_id', '=', 'e.id').on('a.date', '=', date))
    .select([
      'e.id as enrollment_id',
      'e.student_id',
      'e.enrolled_on',
      'c.first_name',
      'c.last_surname',
      'c.second_surname',
      'a.minutes',
    ])
    .where('e.service_id', '=', serviceId)
    .where('e.enrolled_on', '<=', date)
    .orderBy('c.last_surname')
    .orderBy('c.first_name')
    .orderBy('e.student_id')
    .execute();
}

/**
 * Make one date's attendance of a service exactly `present`: rows of the others enrolled are
 * removed, the present ones written with their minutes. Call it inside the transaction that
 * locked the service, so two saves of the same sheet follow one another.
 * @scopedBy the attendance of one service the caller loaded in scope
 */
export async function replaceAttendanceOn(
  trx: Db,
  serviceId: string,
  date: string,
  present: ReadonlyArray<{ enrollmentId: number; minutes: number }>,
): Promise<void> {
  let removal = trx
    .deleteFrom('service_attendance')
    .where('date', '=', date)
    .where('enrollment_id', 'in', (eb) => eb.selectFrom('service_enrollments').select('id').where('service_id', '=', serviceId));
  if (present.length > 0)
    removal = removal.where(
      'enrollment_id',
      'not in',
      present.map((p) => p.enrollmentId),
    );
  await removal.execute();
  await upsertAttendance(
    trx,
    present.map((p) => ({ enrollmentId: p.enrollmentId, date, minutes: p.minutes })),
  );
}

const BATCH = 2_000;

/** Write attendance rows, replacing the minutes of a child's row already there for that date. */
export async function upsertAttendance(
  trx: Db,
  rows: ReadonlyArray<{ enrollmentId: number; date: string; minutes: number }>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await trx
      .insertInto('service_attendance')
      .values(batch.map((r) => ({ enrollment_id: r.enrollmentId, date: r.date, minutes: r.minutes })))
      .onConflict((oc) => oc.columns(['enrollment_id', 'date']).doUpdateSet({ minutes: (eb) => eb.ref('excluded.minutes') }))
      .execute();
  }
}

/**
 * The dates on which attendance was taken in a service, the latest first, with how many were present.
 * @scopedBy the attendance of one service the caller loaded in scope
 */
export async function attendanceDatesOf(db: Db, serviceId: string): Promise<Array<{ date: string; present: number }>> {
  return db
    .selectFrom('service_attendance as a')
    .innerJoin('service_enrollments as e', 'e.id', 'a.enrollment_id')
    .select(['a.date', sql<number>`count(*)::int`.as('present')])
    .where('e.service_id', '=', serviceId)
    .groupBy('a.date')
    .orderBy('a.date', 'desc')
    .limit(400)
    .execute();
}
