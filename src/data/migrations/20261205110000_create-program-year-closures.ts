import { type Kysely, sql } from 'kysely';

/**
 * The Data Close (docs/rules/monitoring.md MN6): one row per program year that was ever closed
 * or whose records were written since, open or closed. Every write of a year's services,
 * enrollments, attendance, tests and COEs holds a share lock on its year's row until it commits,
 * and closing updates the row, so a write never slips into a year while it closes (MN6.3).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table program_year_closures (
    program_year text primary key check (program_year ~ '^[0-9]{4}-[0-9]{2}$'),
    status text not null default 'open' check (status in ('open', 'closed')),
    changed_by uuid references users (id) on delete set null,
    changed_by_label text,
    changed_at timestamptz,
    reason text not null default '',
    version integer not null default 1
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table program_year_closures`.execute(db);
}
