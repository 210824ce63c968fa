import { openDatabase, type DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<DatabaseHandle>;
}

/** The databases integration tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const TEST_DATABASES: TestDatabase[] = [
  {
    name: 'pglite',
    async open() {
      const handle = await openDatabase({ dataDir: 'memory://' });
      await migrateToLatest(handle.db);
      return handle;
    },
  },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: 'postgres' as const, open: () => openDatabase({ url: process.env.TEST_DATABASE_URL }) }]
    : []),
];
