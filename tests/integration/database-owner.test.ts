import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { DatabaseInUseError, ownerFileOf } from '../../src/data/pglite-owner';

const run = promisify(execFile);
const folders: string[] = [];
const freshFolder = (): string => {
  const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-owner-'));
  folders.push(folder);
  return folder;
};

describe('one process owns an embedded database folder', () => {
  afterEach(() => {
    for (const folder of folders.splice(0)) {
      rmSync(folder, { recursive: true, force: true });
      rmSync(ownerFileOf(folder), { force: true });
    }
  });

  it('refuses the CLI while another process has the folder open, and says what to do', async () => {
    const dataDir = freshFolder();
    const handle = await openDatabase({ dataDir });
    await migrateToLatest(handle.db);
    try {
      const refused = await run(
        'node',
        [
          'bin/ciclo.mjs',
          'user',
          'add',
          '--email',
          'late@state.gov',
          '--name',
          'Late',
          '--role',
          'state_admin',
        ],
        {
          env: {
            ...process.env,
            CICLO_DATA_DIR: dataDir,
            DATABASE_URL: '',
            CICLO_PASSWORD: 'a long passphrase',
          },
        },
      ).then(
        () => ({ status: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ status: error.code, stderr: error.stderr }),
      );
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain(`open in another Ciclo process (process ${process.pid})`);
      expect(refused.stderr).toContain('through the running server');
      const users = await handle.db.selectFrom('users').select('email').execute();
      expect(users).toEqual([]);
    } finally {
      await handle.close();
    }
  }, 60_000);

  it('refuses a second opening from another process id, and frees the folder on close', async () => {
    const dataDir = freshFolder();
    const ownerFile = ownerFileOf(dataDir);
    writeFileSync(ownerFile, String(process.ppid));
    await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DatabaseInUseError);
    rmSync(ownerFile);
    const handle = await openDatabase({ dataDir });
    expect(existsSync(ownerFile)).toBe(true);
    await handle.close();
    expect(existsSync(ownerFile)).toBe(false);
  }, 60_000);

  it('takes over a folder whose owner died without closing it', async () => {
    const dataDir = freshFolder();
    const exited = await run('node', ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(ownerFileOf(dataDir), exited.stdout);
    const handle = await openDatabase({ dataDir });
    await handle.close();
  }, 60_000);
});
