import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  eligibilityCases,
  expectDeterminationMatches,
  repoRoot,
} from '../../../tests/support/eligibility-cases';

const run = promisify(execFile);
const scratch = mkdtempSync(path.join(tmpdir(), 'ciclo-eligibility-'));

async function ciclo(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/ciclo.mjs', ...args], { cwd: repoRoot });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function scratchFile(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

describe('ciclo eligibility on the contract cases (tests/cases/eligibility)', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.concurrent.each(eligibilityCases().map((c) => [c.file, c] as const))(
    '%s gives its expected determination',
    async (_file, testCase) => {
      const result = await ciclo(['eligibility', testCase.path]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expectDeterminationMatches(JSON.parse(result.stdout), testCase.expected);
    },
    60_000,
  );

  it('accepts the interview alone and writes the trace in Spanish on request', async () => {
    const [first] = eligibilityCases();
    const file = scratchFile('interview.json', JSON.stringify(first!.input));
    const result = await ciclo(['eligibility', file, '--language', 'es']);
    expect(result.status).toBe(0);
    const determination = JSON.parse(result.stdout);
    expectDeterminationMatches(determination, first!.expected);
    expect(determination.children[0].trace.at(-1)).toMatch(/^Elegible hasta el/);
  }, 60_000);

  it('exits with status 2 naming the field when the interview is invalid', async () => {
    const [first] = eligibilityCases();
    const input = structuredClone(first!.input) as { moves: Array<{ date: string }> };
    input.moves[0]!.date = '2019-02-30';
    const result = await ciclo(['eligibility', scratchFile('bad-date.json', JSON.stringify(input))]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('moves[0].date');
    expect(result.stdout).toBe('');
  }, 60_000);

  it('exits with status 2 for a file that is not JSON or does not exist', async () => {
    const notJson = await ciclo(['eligibility', scratchFile('broken.json', '{ "interviewDate": ')]);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain('is not JSON');
    const missing = await ciclo(['eligibility', path.join(scratch, 'missing.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
  }, 60_000);
});
