import { type Kysely, sql } from 'kysely';

/**
 * The MPO report reads each student's latest assessment level of a subject before a period:
 * with the level beside the key in an index, PostgreSQL reads them in the index's order from
 * the index alone, instead of sorting every earlier result (docs/benchmarks.md, "MPO report").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index assessment_results_levels on assessment_results (student_id, subject, school_year) include (level)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index assessment_results_levels`.execute(db);
}
