import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '../../core/common/domain-error';
import { backupDatabase } from '../../usecases/backup/backup-database';
import type { BackupProgress, ClosingLine } from '../../usecases/backup/backup-format';
import { restoreDatabase } from '../../usecases/backup/restore-database';
import { withDatabase } from '../cli-database';

/** Progress on stderr, at most once a second, so stdout stays the summary. */
function progressPrinter(verb: string): (progress: BackupProgress) => void {
  let last = 0;
  return ({ table, rows }) => {
    if (Date.now() - last < 1_000) return;
    last = Date.now();
    process.stderr.write(`${verb} ${table}: ${rows.toLocaleString('en-US')} rows\n`);
  };
}

function summary(result: ClosingLine): string {
  const rows = Object.values(result.rows).reduce((sum, n) => sum + n, 0);
  return `${rows.toLocaleString('en-US')} rows in ${Object.keys(result.rows).length} tables`;
}

/** `ciclo backup FILE` and `ciclo restore FILE`: a consistent snapshot of the whole database. */
export function registerBackupRestoreCommands(program: Command): void {
  program
    .command('backup')
    .argument('<file>', 'where to write the backup (gzip-compressed NDJSON, e.g. ciclo-2026-11-23.ndjson.gz)')
    .description('Write a consistent snapshot of the whole database to FILE')
    .option('--force', 'replace FILE if it exists')
    .action(async (file: string, opts: { force?: boolean }) => {
      if (existsSync(file) && !opts.force)
        throw DomainError.invalidField('file', `${file} already exists; choose another name or add --force`);
      if (!existsSync(path.dirname(path.resolve(file))))
        throw DomainError.invalidField('file', `the folder of ${file} does not exist`);
      const started = Date.now();
      await withDatabase(async (handle) => {
        const result = await backupDatabase(handle, file, progressPrinter('Backing up'));
        console.log(
          `Backed up ${summary(result)} to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
        );
      });
    });
  program
    .command('restore')
    .argument('<file>', 'a backup written by `ciclo backup`')
    .description(
      'Restore FILE into an empty database (a new CICLO_DATA_DIR or a new PostgreSQL database); all or nothing',
    )
    .action(async (file: string) => {
      if (!existsSync(file)) throw DomainError.invalidField('file', `${file} does not exist`);
      const started = Date.now();
      await withDatabase(async (handle) => {
        const result = await restoreDatabase(handle, file, progressPrinter('Restoring'));
        console.log(
          `Restored ${summary(result)} from ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
        );
      });
    });
}
