import { type Kysely, sql } from 'kysely';

/** State → regions → districts → schools; users, their assigned regions, and sessions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table regions (
    id uuid primary key default gen_random_uuid(),
    number integer not null unique check (number > 0),
    name text not null,
    kind text not null check (kind in ('county_office', 'direct_funded_district')),
    counties text[] not null default '{}',
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table districts (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references regions (id),
    cds_code text not null unique check (cds_code ~ '^[0-9]{7}$'),
    name text not null,
    county text not null,
    is_reimbursable boolean not null default false
  )`.execute(db);
  await sql`create index districts_region_id on districts (region_id)`.execute(db);
  await sql`create table schools (
    id uuid primary key default gen_random_uuid(),
    district_id uuid not null references districts (id),
    cds_code text not null unique check (cds_code ~ '^[0-9]{14}$'),
    name text not null,
    kind text not null default 'school' check (kind in ('school', 'site'))
  )`.execute(db);
  await sql`create index schools_district_id on schools (district_id)`.execute(db);
  await sql`create table users (
    id uuid primary key default gen_random_uuid(),
    email text not null unique check (email = lower(email)),
    display_name text not null,
    password_hash text not null,
    role text not null check (role in ('state_admin', 'state_consultant', 'region_director', 'ir_manager',
      'data_specialist', 'recruiter', 'reviewer', 'district_staff')),
    region_id uuid references regions (id),
    district_id uuid references districts (id),
    language text not null default 'en' check (language in ('en', 'es')),
    failed_sign_ins integer not null default 0,
    locked_until timestamptz,
    is_active boolean not null default true,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table user_assigned_regions (
    user_id uuid not null references users (id) on delete cascade,
    region_id uuid not null references regions (id),
    primary key (user_id, region_id)
  )`.execute(db);
  await sql`create table sessions (
    id text primary key,
    user_id uuid not null references users (id) on delete cascade,
    csrf_token text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    last_seen_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index sessions_user_id on sessions (user_id)`.execute(db);
  await sql`create table app_state (key text primary key, value jsonb not null)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
