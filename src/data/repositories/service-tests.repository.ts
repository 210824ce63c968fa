import type { Db } from '../db';

/** A pre or post test score of a child in a service. */
export interface ServiceTestRow {
  id: number;
  enrollment_id: number;
  student_id: string;
  kind: 'pre' | 'post';
  date: string;
  score: number;
}

/**
 * Every test score recorded in one service, by date.
 * @scopedBy the tests of one service the caller loaded in scope
 */
export async function listTestsOfService(db: Db, serviceId: string): Promise<ServiceTestRow[]> {
  return db
    .selectFrom('service_tests as t')
    .innerJoin('service_enrollments as e', 'e.id', 't.enrollment_id')
    .select(['t.id', 't.enrollment_id', 'e.student_id', 't.kind', 't.date', 't.score'])
    .where('e.service_id', '=', serviceId)
    .orderBy('t.date')
    .orderBy('t.id')
    .execute();
}

/**
 * One test score of a service by its id.
 * @scopedBy the tests of one service the caller loaded in scope
 */
export async function findTestOfService(db: Db, serviceId: string, testId: number): Promise<ServiceTestRow | undefined> {
  return db
    .selectFrom('service_tests as t')
    .innerJoin('service_enrollments as e', 'e.id', 't.enrollment_id')
    .select(['t.id', 't.enrollment_id', 'e.student_id', 't.kind', 't.date', 't.score'])
    .where('e.service_id', '=', serviceId)
    .where('t.id', '=', testId)
    .executeTakeFirst();
}

export interface NewTestScore {
  enrollmentId: number;
  kind: 'pre' | 'post';
  date: string;
  score: number;
}

/**
 * Record test scores: a child's score of the same kind on the same date is replaced, so
 * entering or importing the same result twice keeps one row. Returns the rows' ids in order.
 * @scopedBy the tests of enrollments of one service the caller loaded in scope
 */
export async function saveTestScores(trx: Db, scores: readonly NewTestScore[]): Promise<number[]> {
  const ids: number[] = [];
  for (const score of scores) {
    const existing = await trx
      .selectFrom('service_tests')
      .select('id')
      .where('enrollment_id', '=', score.enrollmentId)
      .where('kind', '=', score.kind)
      .where('date', '=', score.date)
      .executeTakeFirst();
    if (existing) {
      await trx.updateTable('service_tests').set({ score: score.score }).where('id', '=', existing.id).execute();
      ids.push(existing.id);
    } else {
      const row = await trx
        .insertInto('service_tests')
        .values({ enrollment_id: score.enrollmentId, kind: score.kind, date: score.date, score: score.score })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
  }
  return ids;
}

export async function deleteTest(trx: Db, testId: number): Promise<void> {
  await trx.deleteFrom('service_tests').where('id', '=', testId).execute();
}
