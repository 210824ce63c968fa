import { type Kysely, sql } from 'kysely';

/**
 * Failed sign-ins counted per account and source address together (a SHA-256 of both, so no
 * email or address is stored); they replace the per-user counter, which let anyone lock out
 * anyone and told who had an account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table sign_in_failures (
    key text primary key,
    attempts integer not null check (attempts > 0),
    last_at timestamptz not null,
    locked_until timestamptz
  )`.execute(db);
  await sql`delete from app_state where key like 'sign_in_failures:%'`.execute(db);
  await sql`alter table users drop column failed_sign_ins, drop column locked_until`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column failed_sign_ins integer not null default 0, add column locked_until timestamptz`.execute(
    db,
  );
  await sql`drop table sign_in_failures`.execute(db);
}
