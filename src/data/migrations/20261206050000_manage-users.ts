import { type Kysely, sql } from 'kysely';

/**
 * A user account becomes editable in the web app (issue 17): a `version` raised by every
 * change (role, scope, name, deactivation, password reset), so an administrator saving a
 * stale copy gets a 409 instead of undoing someone else's change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column version integer not null default 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop column version`.execute(db);
}
