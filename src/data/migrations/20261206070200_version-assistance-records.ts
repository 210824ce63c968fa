import { type Kysely, sql } from 'kysely';

/**
 * A record of differentiated assistance carries a version: a correction or a removal is made
 * at the version its author read (`where id and version`), so two people correcting the same
 * record at once cannot overwrite each other unseen (409 instead).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table da_assistance_records add column version integer not null default 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table da_assistance_records drop column version`.execute(db);
}
