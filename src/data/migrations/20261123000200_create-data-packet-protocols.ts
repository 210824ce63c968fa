import { type Kysely, sql } from 'kysely';

/**
 * The four-question data analysis protocol a team writes about its data packet (just the
 * facts; what the data tells and does not tell; strengths to celebrate; problems of
 * practice), kept per team (a region, or the state) and per range of periods.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table data_packet_protocols (
    id uuid primary key default gen_random_uuid(),
    region_id uuid references regions (id) on delete cascade,
    from_period text not null,
    to_period text not null,
    facts text not null default '',
    tells text not null default '',
    strengths text not null default '',
    problems text not null default '',
    updated_by uuid references users (id) on delete set null,
    updated_at timestamptz not null default now(),
    version integer not null default 1
  )`.execute(db);
  await sql`create unique index data_packet_protocols_team on data_packet_protocols (coalesce(region_id, '00000000-0000-0000-0000-000000000000'::uuid), from_period, to_period)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table data_packet_protocols`.execute(db);
}
