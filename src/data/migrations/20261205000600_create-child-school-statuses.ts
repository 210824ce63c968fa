import { type Kysely, sql } from 'kysely';

/**
 * A child's school statuses that Priority for Services looks at and no other record holds:
 * credit deficiency (high school) and having dropped out (docs/rules/services.md S6.4, S6.5).
 * A data specialist records each with its first day and, once over, its last day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table child_school_statuses (
    id uuid primary key default gen_random_uuid(),
    child_id uuid not null references children (id) on delete cascade,
    kind text not null check (kind in ('credit_deficient', 'dropped_out')),
    starts_on date not null,
    ends_on date check (ends_on is null or ends_on >= starts_on),
    note text not null default '',
    recorded_by uuid references users (id) on delete set null,
    recorded_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index child_school_statuses_child on child_school_statuses (child_id, starts_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table child_school_statuses`.execute(db);
}
