import type { Insertable } from 'kysely';
import type { Db } from '../db';
import type { DaImportsTable } from '../tables';

/** Keep an upload of Dashboard files; returns its id. */
export async function insertDaImport(db: Db, values: Insertable<DaImportsTable>): Promise<string> {
  const row = await db.insertInto('da_imports').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** An upload's header and what was read, or undefined. */
export async function findDaImportRow(db: Db, id: string) {
  return db
    .selectFrom('da_imports')
    .select(['id', 'year', 'rules', 'summary', 'uploaded_at', 'uploaded_by_label'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The stored text of an upload's files and its year, or undefined. */
export async function findDaImportFiles(db: Db, id: string) {
  return db.selectFrom('da_imports').select(['files', 'year']).where('id', '=', id).executeTakeFirst();
}
