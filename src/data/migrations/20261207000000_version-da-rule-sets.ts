import { type Kysely, sql } from 'kysely';

/**
 * A stored DA rule set carries a version: a save or removal from the web app is made at the
 * version its author read, so two administrators editing the same set cannot overwrite each
 * other unseen (409 instead). A set not stored (California's as shipped) is read at version 0.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table da_rule_sets add column version integer not null default 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table da_rule_sets drop column version`.execute(db);
}
