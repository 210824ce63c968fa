import { readConfig } from '../config';
import { openDatabase, type DatabaseHandle } from '../data/db';
import { migrateToLatest } from '../data/migrate';

/**
 * Open the database the environment names (DATABASE_URL, or PGlite in CICLO_DATA_DIR),
 * migrate it, run `work`, and close it. The CLI never loads demo data by itself.
 */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = readConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}
