import { type Kysely, sql } from 'kysely';

/**
 * The phases of a team's control chart (docs/rules/improvement.md, IP5.8): each starts at a
 * period of the project's measure, from a PDSA cycle the team adopted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table improvement_chart_phases (
    id uuid primary key default gen_random_uuid(),
    project_id uuid not null references improvement_projects (id),
    measure_id text not null,
    starts_on date not null,
    pdsa_cycle_id uuid not null references improvement_pdsa_cycles (id),
    note text not null default '',
    created_at timestamptz not null default now(),
    unique (project_id, measure_id, starts_on)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table improvement_chart_phases`.execute(db);
}
