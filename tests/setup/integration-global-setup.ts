import { openDatabase } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';

/**
 * Integration tests run on PGlite always (each file opens its own in-memory database) and
 * also on the PostgreSQL server when TEST_DATABASE_URL is set: migrate it once here. Test
 * files share that database; factories create their own regions, so no file truncates.
 */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const handle = await openDatabase({ url });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}
