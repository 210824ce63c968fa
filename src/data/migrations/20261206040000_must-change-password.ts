import { type Kysely, sql } from 'kysely';

/**
 * A user whose password someone else chose (the first state administrator made with
 * `ciclo user add`, or a password reset) must choose a new one at the next sign-in; until then
 * the session reaches only the sign-in, sign-out, profile and change-password routes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column must_change_password boolean not null default false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop column must_change_password`.execute(db);
}
