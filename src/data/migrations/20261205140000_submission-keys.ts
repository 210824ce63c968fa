import { type Kysely, sql } from 'kysely';

/**
 * A family and a COE made from an interview remember the key the recruiter's device sent with
 * them (docs/rules/interview-drafts.md ID7.3), so a create repeated after its reply was lost
 * answers with the record made the first time instead of making a second one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['families', 'coes']) {
    await sql`alter table ${sql.table(table)} add column submission_key text`.execute(db);
    await sql`create unique index ${sql.raw(`${table}_submission_key`)} on ${sql.table(table)} (submission_key)
      where submission_key is not null`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['families', 'coes']) {
    await sql`alter table ${sql.table(table)} drop column submission_key`.execute(db);
  }
}
