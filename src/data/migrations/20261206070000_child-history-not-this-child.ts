import { type Kysely, sql } from 'kysely';

/**
 * A child keeps the imported history students a person said are not this child (IR4.2), so
 * the child's page stops asking about them: the student numbers, beside `history_student_id`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table children add column history_not_student_ids text[] not null default '{}'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table children drop column history_not_student_ids`.execute(db);
}
