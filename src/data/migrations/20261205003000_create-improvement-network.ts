import { type Kysely, sql } from 'kysely';

/**
 * The professional learning network (docs/rules/improvement.md, IP3): cohorts of a year, a
 * team per region in a cohort with its members, the cohort's sessions and each team's coaching
 * calls, and the training log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table improvement_cohorts (
    id uuid primary key default gen_random_uuid(),
    name text not null unique,
    start_year integer not null check (start_year between 2000 and 2100),
    end_year integer not null check (end_year between start_year and start_year + 3),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table improvement_teams (
    id uuid primary key default gen_random_uuid(),
    cohort_id uuid not null references improvement_cohorts (id),
    region_id uuid not null references regions (id),
    members jsonb not null default '[]' check (jsonb_typeof(members) = 'array'),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (cohort_id, region_id)
  )`.execute(db);
  await sql`create table improvement_meetings (
    id uuid primary key default gen_random_uuid(),
    cohort_id uuid not null references improvement_cohorts (id),
    team_id uuid references improvement_teams (id),
    kind text not null check (kind in ('session', 'coaching')),
    held_on date not null,
    hours numeric(4, 2),
    agenda text not null default '',
    attendance jsonb not null default '[]' check (jsonb_typeof(attendance) = 'array'),
    notes text not null default '',
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check ((kind = 'coaching') = (team_id is not null))
  )`.execute(db);
  await sql`create index improvement_meetings_cohort on improvement_meetings (cohort_id, held_on)`.execute(db);
  await sql`create table improvement_trainings (
    id uuid primary key default gen_random_uuid(),
    region_id uuid references regions (id),
    title text not null,
    provider text not null,
    held_on date not null,
    audience jsonb not null check (jsonb_typeof(audience) = 'array'),
    topic text not null default '',
    new_recruiters_only boolean not null default false,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index improvement_trainings_held_on on improvement_trainings (held_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table improvement_trainings`.execute(db);
  await sql`drop table improvement_meetings`.execute(db);
  await sql`drop table improvement_teams`.execute(db);
  await sql`drop table improvement_cohorts`.execute(db);
}
