import { type Kysely, sql } from 'kysely';

/**
 * The state's SDP development (docs/rules/plan-development.md): each development with its
 * tracked process, outcomes, alignment chart and checklist marks saved whole (JSON, versioned),
 * and the stakeholder feedback on its draft, a row per comment with its response.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table sdp_developments (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(name) between 1 and 200),
    content jsonb not null,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table sdp_feedback (
    id uuid primary key default gen_random_uuid(),
    development_id uuid not null references sdp_developments (id) on delete cascade,
    stakeholder_group text not null check (stakeholder_group in
      ('pac', 'parents', 'local_agencies', 'mep_staff', 'planning_team', 'partners', 'other')),
    themes text[] not null default '{}',
    comment text not null,
    response text,
    responded_by_label text,
    responded_at timestamptz,
    recorded_by uuid references users (id) on delete set null,
    recorded_by_label text not null,
    version integer not null default 1,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index sdp_feedback_development on sdp_feedback (development_id, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table sdp_feedback`.execute(db);
  await sql`drop table sdp_developments`.execute(db);
}
