import type { Command } from 'commander';
import { commandGroup } from '../command-group';
import { readConfig } from '../../config';
import { openDatabase } from '../../data/db';
import { migrateToLatest } from '../../data/migrate';

/** `ciclo db migrate`: bring the database schema up to date (safe to re-run). */
export function registerDbMigrateCommand(program: Command): void {
  const db = commandGroup(program, 'db', 'Database administration');
  db.command('migrate')
    .description('Apply every pending migration to the database (safe to re-run)')
    .action(async () => {
      const config = readConfig();
      const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        const applied = await migrateToLatest(handle.db);
        console.log(
          applied.length === 0
            ? 'The database is up to date.'
            : `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}`,
        );
      } finally {
        await handle.close();
      }
    });
}
