import { sql } from 'kysely';
import type { Db } from './db';

export interface TableShape {
  name: string;
  /** Columns a row can be written to (generated columns excluded), in table order. */
  columns: string[];
}

const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/**
 * Every application table of the public schema, parents before children (by foreign key),
 * so rows can be written back in this order without breaking a reference.
 */
export async function tablesInDependencyOrder(db: Db): Promise<TableShape[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and is_generated = 'NEVER'
    order by table_name, ordinal_position`.execute(db);
  const references = await sql<{ child: string; parent: string }>`
    select distinct c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public'`.execute(db);
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);

  const columnsOf = new Map<string, string[]>();
  for (const row of columns.rows) columnsOf.set(row.table_name, [...(columnsOf.get(row.table_name) ?? []), row.column_name]);
  const parentsOf = new Map<string, Set<string>>();
  for (const { child, parent } of references.rows) if (child !== parent) parentsOf.set(child, (parentsOf.get(child) ?? new Set()).add(parent));

  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (placed.has(name)) return;
    if (path.includes(name)) throw new Error(`foreign keys form a cycle: ${[...path, name].join(' → ')}`);
    for (const parent of parentsOf.get(name) ?? []) visit(parent, [...path, name]);
    placed.add(name);
    ordered.push({ name, columns: columnsOf.get(name) ?? [] });
  };
  for (const { table_name } of tables.rows) if (!MIGRATION_TABLES.has(table_name)) visit(table_name, []);
  return ordered;
}

/** The name of the newest migration applied, which a backup records and a restore checks. */
export async function latestMigrationName(db: Db): Promise<string | null> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return result.rows[0]?.name ?? null;
}

/** The sequences of the public schema (ids, student numbers), identity columns' included (information_schema.sequences omits those). */
export async function sequenceNames(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`select sequencename as name from pg_sequences where schemaname = 'public' order by 1`.execute(db);
  return result.rows.map((row) => row.name);
}
