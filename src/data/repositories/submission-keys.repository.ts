import { sql } from 'kysely';
import type { Db } from '../db';

/**
 * The record a device's create was made as before (docs/rules/interview-drafts.md ID7.3), read
 * under a transaction lock on the key: two creates with one key, one after the other or at
 * once, make one record.
 */
export async function findBySubmissionKey(
  trx: Db,
  table: 'families' | 'coes',
  key: string,
): Promise<string | undefined> {
  await sql`select pg_advisory_xact_lock(hashtext(${`${table}:${key}`}))`.execute(trx);
  const row = await trx.selectFrom(table).select('id').where('submission_key', '=', key).executeTakeFirst();
  return row?.id;
}
