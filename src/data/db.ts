/**
 * The database adapter, picked at startup (STYLE §2): PGlite embedded in a local folder by
 * default, a PostgreSQL server when a URL is given. Both speak the same SQL; the type
 * parsers are set the same way so rows look identical whichever driver read them.
 */
import { Kysely, PostgresDialect } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { claimDataDir } from './pglite-owner';
import type { Database } from './tables';

export type Db = Kysely<Database>;

export interface DatabaseOptions {
  /** postgres://… to use a server; otherwise PGlite. */
  url?: string | undefined;
  /** PGlite folder, or `memory://` for a throwaway database. */
  dataDir?: string;
}

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Dates stay `YYYY-MM-DD` strings (a JS Date would shift by the host's time zone), and
 * 64-bit counts become numbers (every count Ciclo makes is far below 2^53).
 */
const keepText = (value: string): string => value;
const toNumber = (value: string): number => Number(value);

/** Open the database named by the options. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === DATE_OID) return keepText;
          if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
          return pg.types.getTypeParser(oid, format ?? 'text');
        }) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server closes (a restart, an administrator) is dropped by the pool
    // and replaced when next needed; without a listener its 'error' event would end the process.
    pool.on('error', (error) =>
      process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`),
    );
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? './data';
  let release = (): void => {};
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    release = claimDataDir(dataDir);
  }
  try {
    const pglite = new PGlite(dataDir, {
      parsers: { [DATE_OID]: keepText, [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber },
    });
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    singleConnectionDatabases.add(db);
    const close = async (): Promise<void> => {
      await db.destroy();
      release();
    };
    return { db, kind: 'pglite', close };
  } catch (error) {
    release();
    throw error;
  }
}

const singleConnectionDatabases = new WeakSet<Db>();

/**
 * Whether the database has one connection (PGlite): work that holds a connection open while
 * it writes through another (a read cursor) must not run on it.
 */
export function hasOneConnection(db: Db): boolean {
  return singleConnectionDatabases.has(db);
}
