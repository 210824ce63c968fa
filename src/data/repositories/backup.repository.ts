/**
 * Whole-database copy for backup and restore: every table read and written as the JSON rows
 * PostgreSQL's row_to_json writes, and every sequence's position. Generic on purpose (it
 * copies whatever tables the migrations made), so it names no table of its own.
 */
import { sql } from 'kysely';
import type { Db } from '../db';

/**
 * Run `work` in one repeatable-read, read-only transaction: everything it reads is one
 * consistent snapshot, and changes made meanwhile are not half in it.
 */
export async function inReadOnlySnapshot<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work);
}

/**
 * A table's rows as JSON text, `batchSize` at a time, through a cursor so memory stays flat.
 * Run it inside a transaction (the cursor lives as long as the transaction).
 * @statewide a backup copies every row of every table; only the command line runs it.
 */
export async function* tableRowsAsJson(
  trx: Db,
  table: { name: string; columns: readonly string[] },
  batchSize: number,
): AsyncGenerator<string[]> {
  const columnList = sql.join(table.columns.map((column) => sql.id(column)));
  await sql`declare backup_rows no scroll cursor for select row_to_json(r)::text as line from (select ${columnList} from ${sql.table(table.name)}) r`.execute(
    trx,
  );
  for (;;) {
    const batch = await sql<{ line: string }>`fetch ${sql.raw(String(batchSize))} from backup_rows`.execute(trx);
    if (batch.rows.length === 0) break;
    yield batch.rows.map((row) => row.line);
  }
  await sql`close backup_rows`.execute(trx);
}

/** A sequence's position: the last value handed out and whether it was. */
export async function readSequenceState(db: Db, name: string): Promise<{ lastValue: number; isCalled: boolean }> {
  const state = await sql<{ last_value: number; is_called: boolean }>`select last_value, is_called from ${sql.table(name)}`.execute(db);
  return { lastValue: Number(state.rows[0]!.last_value), isCalled: state.rows[0]!.is_called };
}

/** Whether a table has any row. */
export async function tableHasRows(db: Db, table: string): Promise<boolean> {
  const existing = await sql<{ any: boolean }>`select exists (select 1 from ${sql.table(table)}) as any`.execute(db);
  return existing.rows[0]?.any === true;
}

/** Write rows given as the JSON PostgreSQL wrote; the table's own row type reads them back. */
export async function insertJsonRows(
  db: Db,
  table: { table: string; columns: readonly string[] },
  rows: readonly string[],
): Promise<void> {
  const columnList = sql.join(table.columns.map((column) => sql.id(column)));
  const json = `[${rows.join(',')}]`;
  await sql`insert into ${sql.table(table.table)} (${columnList}) overriding system value
    select ${columnList} from json_populate_recordset(null::${sql.table(table.table)}, ${json}::json)`.execute(db);
}

/** Set a sequence's position, so ids and numbers continue where they were. */
export async function setSequenceState(
  db: Db,
  name: string,
  state: { lastValue: number; isCalled: boolean },
): Promise<void> {
  await sql`select setval(${name}::regclass, ${state.lastValue}, ${state.isCalled})`.execute(db);
}

/**
 * Move every identity column's sequence past the largest id in its table. Backups written
 * before identity sequences were saved lack them, and a restored table would otherwise hand
 * out ids it already holds.
 */
export async function advanceIdentitySequencesPastRows(db: Db): Promise<void> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and is_identity = 'YES'`.execute(db);
  for (const { table_name: table, column_name: column } of columns.rows) {
    await sql`
      select setval(pg_get_serial_sequence(${table}, ${column}), max_id, true)
      from (select max(${sql.id(column)}) as max_id from ${sql.table(table)}) m
      where max_id is not null
        and max_id >= (select coalesce(last_value, 0) from pg_sequences
                       where schemaname = 'public'
                         and sequencename = split_part(pg_get_serial_sequence(${table}, ${column}), '.', 2))`.execute(db);
  }
}
