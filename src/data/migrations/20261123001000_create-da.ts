import { type Kysely, sql } from 'kysely';

/**
 * Differentiated assistance (docs/rules/differentiated-assistance.md): the Dashboard files a state user uploads,
 * the determinations run on them with one decision per LEA, and the assistance county
 * offices record for eligible LEAs (seed 004's feedback loop).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table da_imports (
    id uuid primary key default gen_random_uuid(),
    year integer not null,
    rules text not null,
    files jsonb not null,
    summary jsonb not null,
    uploaded_by uuid references users (id) on delete set null,
    uploaded_by_label text not null,
    uploaded_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table da_determinations (
    id uuid primary key default gen_random_uuid(),
    import_id uuid not null references da_imports (id) on delete cascade,
    year integer not null,
    rules text not null,
    lea_count integer not null,
    eligible_count integer not null,
    run_by uuid references users (id) on delete set null,
    run_by_label text not null,
    run_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index da_determinations_year on da_determinations (year, run_at)`.execute(db);
  await sql`create table da_lea_decisions (
    determination_id uuid not null references da_determinations (id) on delete cascade,
    lea_id text not null,
    lea_name text,
    lea_type text not null check (lea_type in ('district', 'coe', 'charter')),
    county text,
    eligible boolean not null,
    intensive boolean not null,
    student_groups text[] not null default '{}',
    decision jsonb not null,
    primary key (determination_id, lea_id)
  )`.execute(db);
  await sql`create index da_lea_decisions_lea on da_lea_decisions (lea_id)`.execute(db);
  await sql`create table da_assistance_records (
    id uuid primary key default gen_random_uuid(),
    lea_id text not null,
    lea_name text,
    provided_on date not null,
    kind text not null check (kind in ('meeting', 'training', 'coaching', 'data_review', 'site_visit', 'other')),
    themes text[] not null default '{}',
    summary text,
    next_steps text,
    provided_by text not null,
    region_id uuid references regions (id),
    recorded_by uuid references users (id) on delete set null,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index da_assistance_records_lea on da_assistance_records (lea_id, provided_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table da_assistance_records`.execute(db);
  await sql`drop table da_lea_decisions`.execute(db);
  await sql`drop table da_determinations`.execute(db);
  await sql`drop table da_imports`.execute(db);
}
