import { Migrator } from 'kysely';
import type { Db } from './db';
import { migrations } from './migrations';

/**
 * Bring the schema up to date. Kysely takes an advisory lock on PostgreSQL, so several app
 * servers starting at once migrate one after another. Safe to re-run.
 * @returns the names of the migrations applied by this call
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw error instanceof Error ? error : new Error(`Migration failed: ${String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
