import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { chmod, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { DatabaseHandle } from '../../data/db';
import {
  inReadOnlySnapshot,
  readSequenceState,
  tableRowsAsJson,
} from '../../data/repositories/backup.repository';
import { latestMigrationName, sequenceNames, tablesInDependencyOrder } from '../../data/table-order';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupProgress,
  type ClosingLine,
  type SequenceState,
  type TableLine,
} from './backup-format';

const FETCH_SIZE = 5_000;
const OWNER_ONLY = 0o600;

/**
 * Write a consistent snapshot of the whole database to `file` (gzip NDJSON). It reads in
 * one repeatable-read, read-only transaction through a cursor, so memory stays flat and
 * changes made meanwhile are not half in the file. The file appears only when complete.
 */
export async function backupDatabase(
  handle: DatabaseHandle,
  file: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<ClosingLine> {
  const partial = `${file}.partial`;
  const counts: Record<string, number> = {};
  const sequences: Record<string, SequenceState> = {};
  try {
    await inReadOnlySnapshot(handle.db, async (trx) => {
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        schema: await latestMigrationName(trx),
        engine: handle.kind,
      };
      const tables = await tablesInDependencyOrder(trx);
      async function* lines(): AsyncGenerator<string> {
        yield `${JSON.stringify(header)}\n`;
        for (const table of tables) {
          yield `${JSON.stringify({ table: table.name, columns: table.columns } satisfies TableLine)}\n`;
          let rows = 0;
          for await (const batch of tableRowsAsJson(trx, table, FETCH_SIZE)) {
            rows += batch.length;
            yield `${batch.join('\n')}\n`;
            onProgress?.({ table: table.name, rows });
          }
          counts[table.name] = rows;
        }
        for (const name of await sequenceNames(trx)) sequences[name] = await readSequenceState(trx, name);
        yield `${JSON.stringify({ complete: true, rows: counts, sequences } satisfies ClosingLine)}\n`;
      }
      // A backup holds every child's record: readable by its owner only, whatever the umask
      // (chmod too, for a leftover partial file that open() would not re-create).
      const output = createWriteStream(partial, { mode: OWNER_ONLY });
      await once(output, 'open');
      await chmod(partial, OWNER_ONLY);
      await pipeline(Readable.from(lines()), createGzip(), output);
    });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { complete: true, rows: counts, sequences };
}
