import { type Kysely, sql } from 'kysely';

/**
 * A region's applications for a program year (docs/rules/monitoring.md MN2): the regional
 * application and each reimbursable district's DSA or MOU, with their funded lines as JSON
 * (label, description, funding resource, amount, strategies, services).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table applications (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references regions (id),
    district_id uuid references districts (id),
    kind text not null check (kind in ('regional_application', 'dsa', 'mou')),
    program_year text not null check (program_year ~ '^[0-9]{4}-[0-9]{2}$'),
    status text not null default 'draft' check (status in ('draft', 'submitted', 'approved', 'revised')),
    revision integer not null default 1 check (revision >= 1),
    lines jsonb not null default '[]',
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check ((kind = 'regional_application') = (district_id is null))
  )`.execute(db);
  await sql`create unique index applications_one_per_year on applications
    (region_id, program_year, coalesce(district_id, '00000000-0000-0000-0000-000000000000'::uuid))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table applications`.execute(db);
}
