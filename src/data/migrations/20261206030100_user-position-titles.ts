import { type Kysely, sql } from 'kysely';

/** A user's position title as their employer writes it (issue 16, PT1): the school contact log prints it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column position_title text check (char_length(position_title) <= 120)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop column position_title`.execute(db);
}
