import { type Kysely, sql } from 'kysely';

/**
 * The services half of the cycle (contract services/FORMAT.md): the State Service Delivery
 * Plan in versions (need areas, MPOs, strategies), children's state assessment results and
 * eligibility spans brought from a previous system, services with their enrollments,
 * attendance and pre/post tests, the service code map, and each subgrantee's APPR review.
 *
 * Services' children are keyed by the state-unique student number (`children.student_number`
 * for Ciclo's own children), so a history imported before a child's COE was made in Ciclo
 * and the child's later records meet. Enrollments and attendance use integer keys: a state
 * holds millions of enrollments and tens of millions of attendance rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table plan_versions (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    status text not null default 'draft' check (status in ('draft', 'adopted', 'superseded')),
    adopted_on date,
    demo boolean not null default false,
    notes text,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table plan_need_areas (
    plan_version_id uuid not null references plan_versions (id) on delete cascade,
    code text not null,
    name_en text not null,
    name_es text not null,
    sort_order integer not null,
    primary key (plan_version_id, code)
  )`.execute(db);
  await sql`create table plan_mpos (
    plan_version_id uuid not null references plan_versions (id) on delete cascade,
    number text not null,
    need_area text not null,
    population jsonb not null,
    min_hours numeric,
    growth jsonb not null,
    target numeric not null check (target >= 0 and target <= 100),
    min_n integer not null check (min_n >= 0),
    statement_en text not null default '',
    statement_es text not null default '',
    terms text[] not null default '{RSY,SUMMER,INTERSESSION}',
    sort_order integer not null,
    primary key (plan_version_id, number)
  )`.execute(db);
  await sql`create table plan_strategies (
    plan_version_id uuid not null references plan_versions (id) on delete cascade,
    number text not null,
    need_area text not null,
    text_en text not null,
    text_es text not null,
    implementer text not null check (implementer in ('region', 'district', 'either')),
    epc_verified boolean not null default false,
    sort_order integer not null,
    primary key (plan_version_id, number)
  )`.execute(db);

  await sql`create table student_eligibility_spans (
    student_id text not null,
    birth_date date not null,
    eligible_from date not null,
    eligible_to date not null check (eligible_to >= eligible_from),
    imported_at timestamptz not null default now(),
    primary key (student_id, eligible_from, eligible_to)
  )`.execute(db);
  // Every span of eligibility a student has: imported history, and Ciclo's approved COEs
  // (QAD to end of eligibility).
  await sql`create view eligibility_spans as
    select student_id, birth_date, eligible_from, eligible_to from student_eligibility_spans
    union all
    select c.student_number, c.birth_date, e.qad, e.eligibility_end_date
    from child_eligibilities e
    join children c on c.id = e.child_id
    where e.eligibility_end_date is not null`.execute(db);

  await sql`create table assessment_results (
    student_id text not null,
    subject text not null check (subject in ('ELA', 'MATH', 'ELPAC')),
    school_year text not null check (school_year ~ '^[0-9]{4}-[0-9]{2}$'),
    level smallint not null check (level between 1 and 4),
    source text not null default 'entered' check (source in ('entered', 'imported')),
    recorded_by uuid references users (id) on delete set null,
    recorded_at timestamptz not null default now(),
    primary key (student_id, subject, school_year)
  )`.execute(db);

  await sql`create table services (
    id uuid primary key default gen_random_uuid(),
    code text not null unique,
    plan_version_id uuid references plan_versions (id),
    region_id uuid not null references regions (id),
    district_id uuid references districts (id),
    name text not null,
    term text not null check (term in ('RSY', 'SUMMER', 'INTERSESSION')),
    site text,
    start_date date not null,
    end_date date not null,
    actual_start_date date,
    actual_end_date date,
    funding_resource text check (funding_resource in ('3060', '3061', '3110')),
    application_kind text check (application_kind in ('regional_application', 'dsa', 'mou')),
    application_line text,
    mpos text[] not null default '{}',
    strategies text[] not null default '{}',
    components text[] not null default '{}',
    pd_required boolean not null default false,
    instrument_name text,
    instrument_min numeric not null,
    instrument_max numeric not null,
    higher_is_better boolean not null default true,
    instrument_levels jsonb,
    session_minutes integer check (session_minutes between 1 and 600),
    state_service_code text,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (start_date <= end_date),
    check (instrument_min < instrument_max)
  )`.execute(db);
  await sql`create index services_region_start on services (region_id, start_date)`.execute(db);
  await sql`create index services_start on services (start_date)`.execute(db);

  await sql`create table service_code_map (
    region_id uuid not null references regions (id) on delete cascade,
    local_code text not null,
    state_code text not null,
    valid_from date not null,
    valid_to date,
    primary key (region_id, local_code, valid_from),
    check (valid_to is null or valid_to >= valid_from)
  )`.execute(db);

  await sql`create table service_enrollments (
    id integer generated by default as identity primary key,
    service_id uuid not null references services (id) on delete cascade,
    student_id text not null,
    enrolled_on date not null,
    reason text check (reason in ('below_proficient_ela', 'below_proficient_math', 'pre_k', 'other')),
    created_at timestamptz not null default now(),
    unique (service_id, student_id)
  )`.execute(db);
  await sql`create index service_enrollments_student on service_enrollments (student_id)`.execute(db);
  await sql`create table service_attendance (
    enrollment_id integer not null references service_enrollments (id) on delete cascade,
    date date not null,
    minutes smallint not null check (minutes between 1 and 600),
    primary key (enrollment_id, date)
  )`.execute(db);
  await sql`create table service_tests (
    id integer generated by default as identity primary key,
    enrollment_id integer not null references service_enrollments (id) on delete cascade,
    kind text not null check (kind in ('pre', 'post')),
    date date not null,
    score numeric(12, 2) not null
  )`.execute(db);
  await sql`create index service_tests_enrollment on service_tests (enrollment_id)`.execute(db);

  await sql`create table appr_reviews (
    region_id uuid not null references regions (id) on delete cascade,
    period text not null check (period ~ '^[0-9]{4}-[0-9]{2}$'),
    challenges text not null default '',
    practices text not null default '',
    goals text not null default '',
    figures jsonb not null,
    saved_by uuid references users (id) on delete set null,
    saved_at timestamptz not null default now(),
    version integer not null default 1,
    primary key (region_id, period)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'appr_reviews',
    'service_tests',
    'service_attendance',
    'service_enrollments',
    'service_code_map',
    'services',
    'assessment_results',
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`drop view eligibility_spans`.execute(db);
  for (const table of ['student_eligibility_spans', 'plan_strategies', 'plan_mpos', 'plan_need_areas', 'plan_versions'])
    await sql`drop table ${sql.table(table)}`.execute(db);
}
