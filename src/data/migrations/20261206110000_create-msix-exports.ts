import { type Kysely, sql } from 'kysely';

/**
 * The MSIX exports (issue 21, docs/rules/msix.md X5, X7): each export with who made it and its
 * counts, and the snapshot of the records it leaves as sent — one row per child held at that
 * export — against which the next export finds what changed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table msix_exports (
      id uuid primary key default gen_random_uuid(),
      created_at timestamptz not null default now(),
      created_by uuid references users(id),
      created_by_label text not null,
      counts jsonb not null,
      file_name text not null,
      file_text text not null
    )`.execute(db);
  await sql`create index msix_exports_created_at on msix_exports (created_at desc)`.execute(db);
  await sql`
    create table msix_export_records (
      export_id uuid not null references msix_exports(id) on delete cascade,
      child_key text not null,
      record jsonb not null,
      primary key (export_id, child_key)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table msix_export_records`.execute(db);
  await sql`drop table msix_exports`.execute(db);
}
