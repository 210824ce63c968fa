import { type Kysely, sql } from 'kysely';

/**
 * When a correction of a signed COE changed what the signature attests, the signature is
 * removed (IR2.1) and the COE remembers when, so the recruiter is told why it asks to be
 * signed again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table coes add column signature_cleared_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table coes drop column signature_cleared_at`.execute(db);
}
