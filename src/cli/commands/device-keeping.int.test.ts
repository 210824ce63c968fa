import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../tests/support/eligibility-cases';

const run = promisify(execFile);

describe('ciclo settings device-keeping (ID5.1)', () => {
  it('prints the period, changes it, and refuses one outside 1 to 90 days', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ciclo-device-keeping-'));
    const env: NodeJS.ProcessEnv = { ...process.env, CICLO_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const ciclo = async (args: string[]) => {
      try {
        const { stdout, stderr } = await run('node', ['bin/ciclo.mjs', ...args], { cwd: repoRoot, env });
        return { status: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { status: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };
    try {
      await ciclo(['db', 'migrate']);
      const says = (days: number) =>
        `A device keeps children's records ${days} days after they were last saved.\n`;
      expect((await ciclo(['settings', 'device-keeping'])).stdout).toBe(says(14));
      expect((await ciclo(['settings', 'device-keeping', '--days', '30'])).stdout).toBe(says(30));
      const refused = await ciclo(['settings', 'device-keeping', '--days', '0']);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('days: must be a whole number of days from 1 to 90');
      expect((await ciclo(['settings', 'device-keeping'])).stdout).toBe(says(30));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
