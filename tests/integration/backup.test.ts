import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { tablesInDependencyOrder } from '../../src/data/table-order';
import { backupDatabase } from '../../src/usecases/backup/backup-database';
import { restoreDatabase } from '../../src/usecases/backup/restore-database';
import { loadDemoDataset } from '../../src/usecases/demo/load-demo-dataset';
import { freshDatabases, type FreshDatabase } from '../support/fresh-databases';

const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-backup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Row count and a fingerprint of every table's content, independent of row order and engine. */
async function contents(
  handle: DatabaseHandle,
): Promise<Record<string, { rows: number; md5: string | null }>> {
  const result: Record<string, { rows: number; md5: string | null }> = {};
  await handle.db.connection().execute(async (connection) => {
    await sql`set time zone 'UTC'`.execute(connection);
    for (const table of await tablesInDependencyOrder(connection)) {
      const row = await sql<{ rows: number; md5: string | null }>`
        select count(*)::int as rows, md5(string_agg(row_to_json(t)::text, '|' order by row_to_json(t)::text)) as md5 from ${sql.table(table.name)} t`.execute(
        connection,
      );
      result[table.name] = row.rows[0]!;
    }
  });
  return result;
}

async function migrated(database: FreshDatabase): Promise<DatabaseHandle> {
  const handle = await database.open();
  await migrateToLatest(handle.db);
  return handle;
}

describe.each(freshDatabases('backup_source'))('a backup of the demo database on $name', (source) => {
  let handle: DatabaseHandle;
  let original: Awaited<ReturnType<typeof contents>>;
  const file = path.join(folder, `${source.name}.ndjson.gz`);

  beforeAll(async () => {
    handle = await migrated(source);
    await loadDemoDataset(handle.db, { children: 1_000, seed: 5, today: '2026-11-22' });
    await sql`insert into audit_events (actor_label, action, entity_type, entity_id, before, after) values ('cli', 'update', 'child', 'x', '{"a":1}', '{"a":2}')`.execute(
      handle.db,
    );
    original = await contents(handle);
    const progress: string[] = [];
    await backupDatabase(handle, file, ({ table }) => progress.push(table));
    expect(progress).toContain('children');
  }, 180_000);
  afterAll(async () => {
    await handle?.close();
    await source.drop();
  });

  it.each(freshDatabases('backup_target').map((target) => [target.name, target] as const))(
    'restores into an empty %s database with every row and sequence as it was',
    async (_name, target) => {
      const restored = await migrated(target);
      try {
        const result = await restoreDatabase(restored, file);
        expect(result.rows.children).toBe(1_000);
        const { audit_events: restoredAudit, ...restoredTables } = await contents(restored);
        const { audit_events: originalAudit, ...originalTables } = original;
        expect(restoredTables).toEqual(originalTables);
        expect(restoredAudit!.rows).toBe(originalAudit!.rows + 1);
        const restoreEvents = await restored.db
          .selectFrom('audit_events')
          .select(['actor_label', 'action', 'after'])
          .where('entity_type', '=', 'database')
          .execute();
        expect(restoreEvents).toEqual([
          {
            actor_label: 'cli',
            action: 'create',
            after: expect.objectContaining({ file: path.basename(file), rows: result.rows }),
          },
        ]);
        const sequence = async (db: DatabaseHandle) =>
          (
            await sql<{
              position: string;
            }>`select last_value::text || ':' || is_called as position from student_number_seq`.execute(db.db)
          ).rows[0]!.position;
        expect(await sequence(restored)).toBe(await sequence(handle));
      } finally {
        await restored.close();
        await target.drop();
      }
    },
    180_000,
  );

  it('writes the file readable and writable by its owner only', () => {
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
  });

  it('refuses to restore into a database that has data, and changes nothing', async () => {
    await expect(restoreDatabase(handle, file)).rejects.toThrow(
      /already has rows: restore only into an empty database/,
    );
    expect(await contents(handle)).toEqual(original);
  }, 60_000);

  it('restores a backup written before identity sequences were saved, and new ids follow the old ones', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const closing = JSON.parse(lines.at(-1)!) as { sequences: Record<string, unknown> };
    expect(Object.keys(closing.sequences)).toContain('audit_events_id_seq');
    delete closing.sequences.audit_events_id_seq;
    const older = path.join(folder, `${source.name}-older.ndjson.gz`);
    writeFileSync(older, gzipSync([...lines.slice(0, -1), JSON.stringify(closing)].join('\n')));
    const [target] = freshDatabases('backup_older');
    const restored = await migrated(target!);
    try {
      await restoreDatabase(restored, older);
      const ids = await restored.db.selectFrom('audit_events').select('id').orderBy('id', 'desc').execute();
      expect(ids.length).toBe(original.audit_events!.rows + 1);
    } finally {
      await restored.close();
      await target!.drop();
    }
  }, 60_000);

  it('refuses an incomplete or damaged file and writes nothing', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const cut = path.join(folder, `${source.name}-cut.ndjson.gz`);
    writeFileSync(cut, gzipSync(lines.slice(0, -1).join('\n')));
    const notBackup = path.join(folder, `${source.name}-other.ndjson.gz`);
    writeFileSync(notBackup, gzipSync('{"hello":"world"}\n'));
    const plain = path.join(folder, `${source.name}-plain.txt`);
    writeFileSync(plain, 'not gzip at all');

    const [target] = freshDatabases('backup_bad');
    const empty = await migrated(target!);
    try {
      await expect(restoreDatabase(empty, cut)).rejects.toThrow(
        /without its closing line: it is incomplete, nothing was restored/,
      );
      await expect(restoreDatabase(empty, notBackup)).rejects.toThrow(/not a Ciclo backup/);
      await expect(restoreDatabase(empty, plain)).rejects.toThrow(/not a gzip-compressed Ciclo backup/);
      const counts = await contents(empty);
      expect(Object.values(counts).every((table) => table.rows === 0)).toBe(true);
    } finally {
      await empty.close();
      await target!.drop();
    }
  }, 60_000);
});

describe('ciclo backup and ciclo restore', () => {
  const run = promisify(execFile);
  const ciclo = async (dataDir: string, args: string[]) => {
    try {
      const { stdout, stderr } = await run('node', ['bin/ciclo.mjs', ...args], {
        env: { ...process.env, CICLO_DATA_DIR: dataDir, DATABASE_URL: '' },
      });
      return { status: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { status: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('copy a PGlite folder into a new one through a backup file', async () => {
    const from = path.join(folder, 'cli-from');
    const to = path.join(folder, 'cli-to');
    const file = path.join(folder, 'cli.ndjson.gz');
    expect((await ciclo(from, ['demo', 'load', '--children', '1000'])).status).toBe(0);
    const backup = await ciclo(from, ['backup', file]);
    expect(backup.stdout).toMatch(/^Backed up [\d,]+ rows in \d+ tables/);
    expect((await ciclo(from, ['backup', file])).stderr).toContain('already exists');
    const restore = await ciclo(to, ['restore', file]);
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/^Restored [\d,]+ rows in \d+ tables/);
    expect(restore.stdout.replace(/^Restored ([\d,]+ rows in \d+ tables).*/s, '$1')).toBe(
      backup.stdout.replace(/^Backed up ([\d,]+ rows in \d+ tables).*/s, '$1'),
    );
    const again = await ciclo(to, ['restore', file]);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('restore only into an empty database');
    const missing = await ciclo(to, ['restore', path.join(folder, 'nope.gz')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('file: ');
  }, 240_000);
});
