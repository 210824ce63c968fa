import { type Kysely, sql } from 'kysely';

/**
 * Districts and schools keep the NCES ids the school directory gives (NCESDist, and NCESDist
 * followed by NCESSchool; docs/rules/organizations.md OR1.3), which MSIX asks for in elements
 * 31 and 37 (docs/rules/msix.md X7.3). Null until a directory that has them is loaded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table districts add column nces_id text`.execute(db);
  await sql`alter table schools add column nces_id text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table schools drop column nces_id`.execute(db);
  await sql`alter table districts drop column nces_id`.execute(db);
}
