import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import path from 'node:path';
import { DomainError } from '../../core/common/domain-error';
import type { Actor } from '../../core/people/access-scope';
import type { DatabaseHandle } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  advanceIdentitySequencesPastRows,
  insertJsonRows,
  setSequenceState,
  tableHasRows,
} from '../../data/repositories/backup.repository';
import { latestMigrationName, tablesInDependencyOrder } from '../../data/table-order';
import { CLI_ACTOR } from '../context';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupProgress,
  type ClosingLine,
  type TableLine,
} from './backup-format';

const INSERT_BATCH = 5_000;

/**
 * Restore a backup into an empty database (PGlite or server, whichever wrote it). All or
 * nothing: one transaction, refused unless the file is complete, its schema is this
 * database's, and every table it names exists and is empty. Sequences continue where they
 * were. The restore itself is audited, after the restored audit log.
 */
export async function restoreDatabase(
  handle: DatabaseHandle,
  file: string,
  onProgress?: (progress: BackupProgress) => void,
  actor: Actor = CLI_ACTOR,
): Promise<ClosingLine> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]();
  let lineNumber = 0;
  const next = async (): Promise<unknown> => {
    const { value, done } = await lines.next();
    if (done)
      throw DomainError.invalidField(file, `the backup ends early at line ${lineNumber}: it is incomplete`);
    lineNumber += 1;
    try {
      return JSON.parse(value as string);
    } catch {
      throw DomainError.invalidField(
        file,
        `line ${lineNumber} is not JSON: this is not a Ciclo backup, or it is damaged`,
      );
    }
  };

  let header: BackupHeader;
  try {
    header = (await next()) as BackupHeader;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw DomainError.invalidField(file, 'not a gzip-compressed Ciclo backup');
  }
  if (header?.format !== BACKUP_FORMAT)
    throw DomainError.invalidField(
      file,
      'not a Ciclo backup (its first line has no "format": "ciclo-backup")',
    );
  if (header.version !== BACKUP_VERSION)
    throw DomainError.invalidField(
      file,
      `backup format version ${header.version} is not supported (this Ciclo reads version ${BACKUP_VERSION})`,
    );

  return handle.db.transaction().execute(async (trx) => {
    const schema = await latestMigrationName(trx);
    if (header.schema !== schema)
      throw DomainError.invalidField(
        file,
        `the backup's schema is ${header.schema ?? 'empty'} but this database's is ${schema ?? 'empty'}; restore with the Ciclo version that wrote it`,
      );
    const known = new Map((await tablesInDependencyOrder(trx)).map((table) => [table.name, table]));
    const counts: Record<string, number> = {};
    let table: TableLine | null = null;
    let batch: string[] = [];
    const flush = async () => {
      if (table && batch.length > 0) await insertJsonRows(trx, table, batch);
      batch = [];
    };

    for (;;) {
      const { value, done } = await lines.next();
      if (done)
        throw DomainError.invalidField(
          file,
          `the backup ends at line ${lineNumber} without its closing line: it is incomplete, nothing was restored`,
        );
      lineNumber += 1;
      const text = value as string;
      if (text.startsWith('{"table":') || text.startsWith('{"complete":')) {
        const marker = JSON.parse(text) as TableLine | ClosingLine;
        await flush();
        if ('complete' in marker) {
          for (const [name, rows] of Object.entries(marker.rows)) {
            if ((counts[name] ?? 0) !== rows)
              throw DomainError.invalidField(
                file,
                `table ${name} has ${counts[name] ?? 0} rows in the file but the backup recorded ${rows}`,
              );
          }
          for (const [name, state] of Object.entries(marker.sequences ?? {}))
            await setSequenceState(trx, name, state);
          await advanceIdentitySequencesPastRows(trx);
          await recordAudit(trx, actor, {
            action: 'create',
            entityType: 'database',
            entityId: 'restore',
            regionId: null,
            after: {
              file: path.basename(file),
              backupCreatedAt: header.createdAt,
              schema,
              rows: marker.rows,
            },
          });
          return marker;
        }
        const target = known.get(marker.table);
        if (!target)
          throw DomainError.invalidField(
            file,
            `line ${lineNumber}: table ${marker.table} does not exist in this database`,
          );
        const missing = marker.columns.filter((column) => !target.columns.includes(column));
        if (missing.length > 0)
          throw DomainError.invalidField(
            file,
            `line ${lineNumber}: table ${marker.table} has no column ${missing.join(', ')} here`,
          );
        if (await tableHasRows(trx, marker.table))
          throw new DomainError(
            'conflict',
            `table ${marker.table} already has rows: restore only into an empty database (a new CICLO_DATA_DIR or a new PostgreSQL database)`,
          );
        table = marker;
        counts[marker.table] = 0;
        continue;
      }
      if (!table) throw DomainError.invalidField(file, `line ${lineNumber}: a row before any table line`);
      batch.push(text);
      counts[table.table] = (counts[table.table] ?? 0) + 1;
      if (batch.length >= INSERT_BATCH) {
        await flush();
        onProgress?.({ table: table.table, rows: counts[table.table]! });
      }
    }
  });
}
