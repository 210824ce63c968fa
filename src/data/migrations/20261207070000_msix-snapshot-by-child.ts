import { type Kysely, sql } from 'kysely';

/**
 * The MSIX snapshot keyed by child (issue 21, docs/rules/msix.md X5.1): an export now writes
 * only the rows of the children it sent, so a row's `export_id` becomes the export that last
 * sent that child's record, and the child key alone names the row. Every export until now
 * rewrote the whole snapshot under its own id, so each child key is already there once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table msix_export_records drop constraint msix_export_records_pkey`.execute(db);
  await sql`alter table msix_export_records add primary key (child_key)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table msix_export_records drop constraint msix_export_records_pkey`.execute(db);
  await sql`alter table msix_export_records add primary key (export_id, child_key)`.execute(db);
}
