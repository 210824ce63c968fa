import { type Kysely, sql } from 'kysely';

/**
 * Families and school contacts carry a version: an edit (or a contact's removal) is made at
 * the version its author read (`where id and version`), so two people changing the same
 * family or contact at once cannot overwrite each other unseen (409 instead).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table families add column version integer not null default 1`.execute(db);
  await sql`alter table school_contacts add column version integer not null default 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table school_contacts drop column version`.execute(db);
  await sql`alter table families drop column version`.execute(db);
}
