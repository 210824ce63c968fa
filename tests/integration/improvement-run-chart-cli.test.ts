import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const casesDir = path.join(repoRoot, 'tests/cases/run-charts');
const scratch = mkdtempSync(path.join(tmpdir(), 'ciclo-run-chart-'));

/** Run the real `ciclo` bin from the repository root; resolves with status and output. */
async function ciclo(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/ciclo.mjs', ...args], { cwd: repoRoot });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function scratchFile(text: string): string {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, text);
  return file;
}

const caseNames = readdirSync(casesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('ciclo run-chart on the contract cases (tests/cases/run-charts)', () => {
  it('finds the public cases', () => expect(caseNames.length).toBeGreaterThanOrEqual(10));

  it.concurrent.each(caseNames)('%s prints its expected.json', async (name) => {
    const result = await ciclo(['run-chart', path.join(casesDir, name, 'input.json')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // The very text: the medians of two middle values print as `46.0`, like the contract's.
    expect(result.stdout.trimEnd()).toBe(
      readFileSync(path.join(casesDir, name, 'expected.json'), 'utf8').trimEnd(),
    );
  });

  it('prints a median written as a decimal in the file as a decimal, and a whole one as whole', async () => {
    const decimal = await ciclo(['run-chart', scratchFile('{"values": [1, 3.0, 5]}')]);
    expect(decimal.stdout).toContain('"median": 3.0,');
    const whole = await ciclo(['run-chart', scratchFile('{"values": [1, 3, 5]}')]);
    expect(whole.stdout).toContain('"median": 3,');
  });
});

describe('ciclo run-chart refuses a file that is not a series with status 2, naming the field', () => {
  it.each([
    ['{"baseline": 2}', 'values'],
    ['{"values": [1, "x"]}', 'values[1]'],
    ['{"values": [1, 2], "baseline": 5}', 'baseline'],
    ['{"values": [null, 2], "baseline": 1}', 'baseline'],
    ['{"values": [1, 2', 'values'],
  ])('%s', { concurrent: true }, async (text, field) => {
    const result = await ciclo(['run-chart', scratchFile(text)]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${field}:`);
  });
});
