import { type Kysely, sql } from 'kysely';

/** Differentiated-assistance rule sets a state adds or overrides (same id replaces California's). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table da_rule_sets (
    id text primary key,
    definition jsonb not null,
    source text not null check (source in ('web', 'startup-file')),
    updated_by uuid references users (id) on delete set null,
    updated_at timestamptz not null default now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table da_rule_sets`.execute(db);
}
