import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import type { DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import type { FreshDatabase } from './fresh-databases';
import type { TestDatabase } from './test-databases';

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

/** The real server on a test database, without a web build and without request logs. */
export async function startTestApp(database: TestDatabase): Promise<TestApp> {
  const handle = await database.open();
  const app = await buildApp({
    db: handle.db,
    config: { secureCookies: false, logLevel: 'silent' },
    logger: false,
    webRoot: '/nonexistent',
  });
  await app.ready();
  return {
    app,
    handle,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

/** The real server on a fresh database of its own (`freshDatabases`), migrated first. */
export function startFreshTestApp(database: FreshDatabase): Promise<TestApp> {
  return startTestApp({
    name: database.name,
    async open() {
      const handle = await database.open();
      await migrateToLatest(handle.db);
      return handle;
    },
  });
}
