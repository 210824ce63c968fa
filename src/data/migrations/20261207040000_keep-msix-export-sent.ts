import { type Kysely, sql } from 'kysely';
import { msixCarriedRecords } from '../../core/exchange/msix-sent';
import type { Db } from '../db';
import { insertMsixExportSent } from '../repositories/msix-records.repository';

/**
 * What each MSIX export carried (issue 21, docs/rules/msix.md X8.2), one row per child an insert
 * or update sent: the enrollments and the qualifying arrival dates, read from the export's file
 * when it is made, so the deadlines read the rows of their children instead of every file. The
 * exports made before are read back from their files here, one at a time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table msix_export_sent (
      export_id uuid not null references msix_exports(id) on delete cascade,
      child_key text not null,
      enrollments jsonb not null,
      qualifying_arrival_dates jsonb not null,
      primary key (export_id, child_key)
    )`.execute(db);
  await sql`create index msix_export_sent_child_key on msix_export_sent (child_key)`.execute(db);
  const { rows: exports } = await sql<{ id: string }>`select id from msix_exports`.execute(db);
  for (const { id } of exports) {
    const { rows } = await sql<{ file_text: string }>`
      select file_text from msix_exports where id = ${id}`.execute(db);
    await insertMsixExportSent(db as unknown as Db, id, msixCarriedRecords(rows[0]!.file_text));
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table msix_export_sent`.execute(db);
}
