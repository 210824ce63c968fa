import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../data/db';
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
    await handle.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
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
            const columnList = sql.join(table.columns.map((column) => sql.id(column)));
            await sql`declare backup_rows no scroll cursor for select row_to_json(r)::text as line from (select ${columnList} from ${sql.table(table.name)}) r`.execute(
              trx,
            );
            let rows = 0;
            for (;;) {
              const batch = await sql<{
                line: string;
              }>`fetch ${sql.raw(String(FETCH_SIZE))} from backup_rows`.execute(trx);
              if (batch.rows.length === 0) break;
              rows += batch.rows.length;
              yield `${batch.rows.map((row) => row.line).join('\n')}\n`;
              onProgress?.({ table: table.name, rows });
            }
            await sql`close backup_rows`.execute(trx);
            counts[table.name] = rows;
          }
          for (const name of await sequenceNames(trx)) {
            const state = await sql<{
              last_value: number;
              is_called: boolean;
            }>`select last_value, is_called from ${sql.table(name)}`.execute(trx);
            sequences[name] = {
              lastValue: Number(state.rows[0]!.last_value),
              isCalled: state.rows[0]!.is_called,
            };
          }
          yield `${JSON.stringify({ complete: true, rows: counts, sequences } satisfies ClosingLine)}\n`;
        }
        const output = createWriteStream(partial);
        await once(output, 'open');
        await pipeline(Readable.from(lines()), createGzip(), output);
      });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { complete: true, rows: counts, sequences };
}
