import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/data/db';

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), 'ciclo-cli-'));

/** Run the real `ciclo` bin on a fresh PGlite folder; resolves with status and output. */
async function ciclo(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node', ['bin/ciclo.mjs', ...args], {
      env: { ...process.env, CICLO_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the ciclo command on a fresh folder', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates the folder and loads no demo data', async () => {
    const first = await ciclo(['db', 'migrate']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Applied');
    const again = await ciclo(['db', 'migrate']);
    expect(again.stdout).toContain('up to date');
    const handle = await openDatabase({ dataDir });
    const children = await handle.db.selectFrom('children').select('id').execute();
    const users = await handle.db.selectFrom('users').select('id').execute();
    await handle.close();
    expect(children).toHaveLength(0);
    expect(users).toHaveLength(0);
  }, 60_000);

  it('adds a user who can then sign in, and audits it', async () => {
    const added = await ciclo(
      ['user', 'add', '--email', 'Ana.Admin@State.gov', '--name', 'Ana Núñez', '--role', 'state_admin'],
      { CICLO_PASSWORD: 'a long passphrase' },
    );
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const handle = await openDatabase({ dataDir });
    const user = await handle.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'ana.admin@state.gov')
      .executeTakeFirstOrThrow();
    const audit = await handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', user.id)
      .execute();
    await handle.close();
    expect(user.display_name).toBe('Ana Núñez');
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    expect(user.must_change_password).toBe(true);
    expect(added.stdout).toContain('choose a new password at the first sign-in');
    expect(audit[0]).toMatchObject({ action: 'create', actor_label: 'cli' });
  }, 60_000);

  it('refuses bad input with exit status 2 and the field named', async () => {
    const short = await ciclo(
      ['user', 'add', '--email', 'x@y.org', '--name', 'X', '--role', 'recruiter', '--password', 'short'],
      {},
    );
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('password');
    expect(short.stderr).toContain('regionNumber');
    const duplicate = await ciclo([
      'user',
      'add',
      '--email',
      'ana.admin@state.gov',
      '--name',
      'Ana',
      '--role',
      'state_admin',
      '--password',
      'another long one',
    ]);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain('email');
  }, 60_000);

  it.each([
    ['a common password', 'password1234', 'is a common password'],
    ['a trivial password', 'aaaaaaaaaaaa', 'is too easy to guess'],
    ['the email as password', 'rosa.delgado@state.gov', 'must not contain your email or name'],
  ])(
    'refuses %s with status 2, naming the password field',
    async (_rule, password, message) => {
      const result = await ciclo(
        ['user', 'add', '--email', 'rosa.delgado@state.gov', '--name', 'Rosa', '--role', 'state_admin'],
        { CICLO_PASSWORD: password },
      );
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`password: ${message}`);
    },
    60_000,
  );

  it('refuses an unknown command with status 2', async () => {
    const result = await ciclo(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command');
  });
});
