import { type Kysely, sql } from 'kysely';

/**
 * The consolidated records of children from other states attached to a child in Ciclo (issue
 * 21, docs/rules/msix.md X11.4): the record as read, its MSIX ID and sending states, the day
 * received, who attached it and when; a detach keeps the row with who detached it and when, so
 * attaching it again undoes it. One attached record per child and MSIX ID.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table msix_consolidated_records (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references children(id) on delete cascade,
      msix_id text not null,
      sending_states text[] not null,
      received_on date not null,
      file_name text,
      record jsonb not null,
      attached_by uuid references users(id),
      attached_by_label text not null,
      attached_at timestamptz not null default now(),
      detached_by uuid references users(id),
      detached_by_label text,
      detached_at timestamptz,
      version integer not null default 1
    )`.execute(db);
  await sql`create index msix_consolidated_records_child on msix_consolidated_records (child_id)`.execute(db);
  await sql`
    create unique index msix_consolidated_records_attached
      on msix_consolidated_records (child_id, msix_id) where detached_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table msix_consolidated_records`.execute(db);
}
