import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../tests/support/eligibility-cases';

const run = promisify(execFile);

describe('ciclo sdp', () => {
  it('prints the process as data, and checks the developments of a database', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ciclo-sdp-cli-'));
    const env: NodeJS.ProcessEnv = { ...process.env, CICLO_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    try {
      const printed = await run('node', ['bin/ciclo.mjs', 'sdp', 'process', '--json'], {
        cwd: repoRoot,
        env,
      });
      const actions = JSON.parse(printed.stdout) as Array<{ key: string; activities: unknown[] }>;
      expect(actions.map((a) => a.key)).toEqual([
        'pre-1',
        'pre-2',
        'dev-1',
        'dev-2',
        'dev-3',
        'dev-4',
        'dev-5',
        'dis-1',
        'dis-2',
      ]);
      await run('node', ['bin/ciclo.mjs', 'db', 'migrate'], { cwd: repoRoot, env });
      const check = await run('node', ['bin/ciclo.mjs', 'sdp', 'check'], { cwd: repoRoot, env });
      expect(check.stdout).toBe('No SDP development is tracked.\n');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
