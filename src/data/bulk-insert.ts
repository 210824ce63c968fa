import { sql } from 'kysely';
import type { Db } from './db';
import type { Database } from './tables';

/**
 * Insert many rows in one statement with one parameter: the rows as a JSON array, expanded
 * by PostgreSQL with the table's own row type. Much faster than a VALUES list with a
 * parameter per value for large loads (demo dataset, imports, restore), on both drivers.
 * Columns absent from the rows keep their defaults; every row must have the same keys.
 */
export async function bulkInsert<T extends keyof Database & string>(db: Db, table: T, rows: ReadonlyArray<Partial<Record<string, unknown>>>, chunkSize = 5_000): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const columnList = sql.join(columns.map((column) => sql.id(column)));
  for (let i = 0; i < rows.length; i += chunkSize) {
    const json = JSON.stringify(rows.slice(i, i + chunkSize));
    await sql`insert into ${sql.table(table)} (${columnList}) select ${columnList} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`.execute(db);
  }
}
