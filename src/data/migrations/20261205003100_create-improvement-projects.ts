import { type Kysely, sql } from 'kysely';

/**
 * A team's improvement project (docs/rules/improvement.md, IP4): its aim and measure, its
 * drivers and change ideas, and its PDSA cycles.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table improvement_projects (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null unique references improvement_teams (id),
    measure_id text not null,
    aim_what text not null,
    aim_for_whom text not null default '',
    aim_target numeric(12, 2) not null,
    aim_by date not null,
    baseline_value numeric(12, 2),
    chart_from date not null,
    baseline_periods integer check (baseline_periods between 1 and 260),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table improvement_change_ideas (
    id uuid primary key default gen_random_uuid(),
    project_id uuid not null references improvement_projects (id),
    primary_driver text not null,
    secondary_driver text not null default '',
    idea text not null,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table improvement_pdsa_cycles (
    id uuid primary key default gen_random_uuid(),
    project_id uuid not null references improvement_projects (id),
    change_idea_id uuid references improvement_change_ideas (id),
    started_on date not null,
    plan text not null,
    prediction text not null,
    do_notes text not null default '',
    study text not null default '',
    act text check (act in ('adopt', 'adapt', 'abandon')),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index improvement_pdsa_cycles_project on improvement_pdsa_cycles (project_id, started_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table improvement_pdsa_cycles`.execute(db);
  await sql`drop table improvement_change_ideas`.execute(db);
  await sql`drop table improvement_projects`.execute(db);
}
