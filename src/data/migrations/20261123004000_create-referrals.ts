import { type Kysely, sql } from 'kysely';

/**
 * Referrals and the work on them: districts' lists (with the column mapping each district's
 * file needs), the region's prioritization rules and holidays, the contact queue, and the
 * family contact log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table referral_column_mappings (
    district_id uuid primary key references districts (id) on delete cascade,
    mapping jsonb not null,
    updated_by uuid references users (id) on delete set null,
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table referral_imports (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references regions (id),
    district_id uuid not null references districts (id),
    file_name text not null,
    rows integer not null,
    added integer not null,
    already_listed integer not null,
    skipped jsonb not null,
    imported_by uuid references users (id) on delete set null,
    imported_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table referrals (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references regions (id),
    district_id uuid not null references districts (id),
    import_id uuid references referral_imports (id) on delete set null,
    referral_key text not null,
    first_name text not null,
    middle_name text,
    last_surname text not null,
    second_surname text,
    birth_date date not null,
    district_enter_date date,
    school_enter_date date,
    school_name text,
    grade text,
    hispanic boolean,
    prior_migrant boolean,
    home_language text,
    guardian_name text,
    phone text,
    address text,
    local_student_id text,
    matched_child_id uuid references children (id) on delete set null,
    match_reasons text[] not null default '{}',
    priority integer not null,
    priority_reasons jsonb not null default '[]',
    status text not null default 'pending' check (status in ('pending', 'in-progress', 'interviewed', 'closed')),
    assigned_to uuid references users (id) on delete set null,
    received_on date not null,
    first_contacted_on date,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (district_id, referral_key)
  )`.execute(db);
  await sql`create index referrals_queue on referrals (region_id, assigned_to, status, priority, received_on)`.execute(db);
  await sql`create table prioritization_rule_sets (
    region_id uuid primary key references regions (id) on delete cascade,
    lowest_priority integer not null,
    rules jsonb not null,
    updated_by uuid references users (id) on delete set null,
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table region_holidays (
    region_id uuid not null references regions (id) on delete cascade,
    holiday date not null,
    name text not null,
    primary key (region_id, holiday)
  )`.execute(db);
  await sql`create table family_contacts (
    id uuid primary key default gen_random_uuid(),
    referral_id uuid not null references referrals (id) on delete cascade,
    contacted_on date not null,
    attempt_type text not null,
    outcome text not null,
    notes text,
    contacted_by uuid references users (id) on delete set null,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index family_contacts_referral on family_contacts (referral_id, contacted_on)`.execute(db);
  await sql`create index family_contacts_by_user on family_contacts (contacted_by, contacted_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['family_contacts', 'region_holidays', 'prioritization_rule_sets', 'referrals', 'referral_imports', 'referral_column_mappings']) await sql`drop table ${sql.table(table)}`.execute(db);
}
