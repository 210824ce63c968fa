import { type Kysely, sql } from 'kysely';

/**
 * EPC verification of SSDP strategies (docs/rules/monitoring.md MN4): one row per region,
 * program year, term and strategy, made when the region first saves documentation or the
 * consultant first verifies; its files are stored documents of owner type `epc_verification`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table epc_verifications (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references regions (id),
    program_year text not null check (program_year ~ '^[0-9]{4}-[0-9]{2}$'),
    term text not null check (term in ('summer', 'fall', 'spring')),
    strategy text not null,
    links jsonb not null default '[]',
    status text not null default 'pending' check (status in ('pending', 'verified', 'needs_more')),
    checklist text[] not null default '{}',
    verified_on date,
    comment text not null default '',
    verified_by uuid references users (id) on delete set null,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (region_id, program_year, term, strategy)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table epc_verifications`.execute(db);
}
