/** Databases of the benchmarks' own on a PostgreSQL server, created and dropped through its maintenance connection. */
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export interface ServerDatabase {
  url: string;
  /** Creates it afresh, dropping any left by an earlier run. */
  create(): Promise<void>;
  drop(): Promise<void>;
}

/** The database `name` on the PostgreSQL server of `serverUrl` (any database of that server). */
export function serverDatabase(serverUrl: string, name: string): ServerDatabase {
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = () => admin(`drop database if exists ${name} with (force)`);
  return {
    url: url.toString(),
    async create() {
      await drop();
      await admin(`create database ${name}`);
    },
    drop,
  };
}

/** A new, empty database of a name of its own on the PostgreSQL server of `serverUrl`. */
export async function createFreshDatabase(serverUrl: string, label: string): Promise<ServerDatabase> {
  const database = serverDatabase(serverUrl, `ciclo_${label}_${randomUUID().replace(/-/g, '').slice(0, 10)}`);
  await database.create();
  return database;
}
