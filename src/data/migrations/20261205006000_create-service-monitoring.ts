import { type Kysely, sql } from 'kysely';

/**
 * The Service Implementation Monitoring Log (docs/rules/monitoring.md MN5): one row per service
 * and month, made when someone first confirms a check; what Ciclo suggests is computed from the
 * service's records when the log is read, never stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table service_monitoring_entries (
    id uuid primary key default gen_random_uuid(),
    service_id uuid not null references services (id) on delete cascade,
    year_month text not null check (year_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    started_on_time text check (started_on_time in ('yes', 'no')),
    as_described text check (as_described in ('yes', 'no')),
    attendance text check (attendance in ('yes', 'no')),
    tests text check (tests in ('yes', 'no')),
    adjustment_kind text not null default 'none'
      check (adjustment_kind in ('none', 'budget_revision', 'cde_preapproval')),
    adjustment_status text check (adjustment_status in ('planned', 'submitted', 'approved', 'denied')),
    note text not null default '',
    version integer not null default 1,
    saved_by uuid references users (id) on delete set null,
    saved_at timestamptz not null default now(),
    created_at timestamptz not null default now(),
    unique (service_id, year_month),
    check ((adjustment_kind = 'none') = (adjustment_status is null))
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table service_monitoring_entries`.execute(db);
}
