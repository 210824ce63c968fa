import { type Kysely, sql } from 'kysely';

/**
 * Each state setting in `app_state` carries a version: a setting is saved at the version its
 * author read, so two state administrators changing it at once cannot overwrite each other
 * unseen (409 instead). A setting never saved reads as version 0.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table app_state add column version integer not null default 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table app_state drop column version`.execute(db);
}
