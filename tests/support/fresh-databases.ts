import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/data/db';

export interface FreshDatabase {
  name: 'pglite' | 'postgres';
  /** How to open it again (for a second handle, e.g. the app). */
  connection: { url?: string; dataDir?: string };
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

/**
 * Empty databases of their own, for tests that need the whole database (fixed natural keys,
 * restores): a PGlite folder, and a new database on the server when TEST_DATABASE_URL is set.
 */
export function freshDatabases(label: string): FreshDatabase[] {
  const dataDir = mkdtempSync(path.join(tmpdir(), `ciclo-${label}-`));
  const databases: FreshDatabase[] = [
    {
      name: 'pglite',
      connection: { dataDir },
      open: () => openDatabase({ dataDir }),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    },
  ];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `ciclo_${label}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const url = new URL(serverUrl);
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    url.pathname = `/${name}`;
    let created = false;
    databases.push({
      name: 'postgres',
      connection: { url: url.toString() },
      async open() {
        if (!created) await admin(`create database ${name}`);
        created = true;
        return openDatabase({ url: url.toString() });
      },
      drop: () => admin(`drop database if exists ${name} with (force)`),
    });
  }
  return databases;
}
