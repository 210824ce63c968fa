import { type Kysely, sql } from 'kysely';

/**
 * A state assessment result gets a version, raised by every change (a correction, an import
 * that replaces its level), so a correction or a removal made from a stale read is refused
 * instead of silently undoing someone else's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table assessment_results add column version integer not null default 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table assessment_results drop column version`.execute(db);
}
