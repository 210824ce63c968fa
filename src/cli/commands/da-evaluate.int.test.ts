import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { californiaRuleSets } from '../../core/accountability';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const casesDir = path.join(repoRoot, 'tests/cases/da');
const scratch = mkdtempSync(path.join(tmpdir(), 'ciclo-da-'));

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

/** A copy of a public case in a scratch folder, to spoil. */
function copyCase(name: string): string {
  const dir = path.join(scratch, `${name}-${Math.random().toString(36).slice(2)}`);
  cpSync(path.join(casesDir, name), dir, { recursive: true });
  return dir;
}

const caseNames = readdirSync(casesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('ciclo da evaluate on the contract cases (tests/cases/da)', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds the public cases', () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(9);
  });

  it.each(caseNames)('%s gives its expected.json', async (name) => {
    const dir = path.join(casesDir, name);
    const request = JSON.parse(readFileSync(path.join(dir, 'request.json'), 'utf8')) as { year: number };
    const expected: unknown = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    const result = await ciclo(['da', 'evaluate', '--year', String(request.year), '--dir', dir, '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // FORMAT.md: every key of expected.json with an equal value, arrays in the contract's
    // order; we print exactly the decision, so the whole JSON is compared.
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });
});

describe('ciclo da evaluate refuses bad input with status 2, naming file, line and column', () => {
  it('an unknown color', async () => {
    const dir = copyCase('001-seed-red-ela-orange-math-and-red-suspension');
    const file = path.join(dir, 'indicators.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[4] = lines[4]?.replace('RED', 'PURPLE') ?? '';
    writeFileSync(file, lines.join('\n'));
    const result = await ciclo(['da', 'evaluate', '--year', '2018', '--dir', dir, '--json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'indicators.csv, line 5, column 5 (color): "PURPLE" is not one of RED, ORANGE, YELLOW, GREEN, BLUE',
    );
  });

  it('an lea_id missing from leas.csv, and a duplicate row', async () => {
    const dir = copyCase('003-one-priority-only-not-eligible');
    const file = path.join(dir, 'indicators.csv');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}99999999999999,2018,EL,ELA,RED,,,150\n10000000000003,2018,EL,ELA,RED,,,150\n`,
    );
    const result = await ciclo(['da', 'evaluate', '--year', '2018', '--dir', dir, '--json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'indicators.csv, line 10, column 1 (lea_id): "99999999999999" is not in leas.csv',
    );
    expect(result.stderr).toContain('indicators.csv, line 11, column 1 (lea_id): duplicate of line 2');
  });

  it('a year without a rule set (2020)', async () => {
    const dir = copyCase('006-elpi-counts-for-english-learners-only');
    writeFileSync(path.join(dir, 'request.json'), '{"year": 2020}');
    const result = await ciclo(['da', 'evaluate', '--dir', dir, '--json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('request.json, line 1, column 10 (year): no rule set for 2020');
    const byFlag = await ciclo(['da', 'evaluate', '--year', '2021', '--dir', dir, '--json']);
    expect(byFlag.status).toBe(2);
  });

  it('a missing required file, and --year disagreeing with request.json', async () => {
    const dir = copyCase('009-all-students-is-not-a-da-student-group');
    const disagree = await ciclo(['da', 'evaluate', '--year', '2018', '--dir', dir, '--json']);
    expect(disagree.status).toBe(2);
    expect(disagree.stderr).toContain('--year: 2018 differs from the year of request.json (2019)');
    unlinkSync(path.join(dir, 'leas.csv'));
    const missing = await ciclo(['da', 'evaluate', '--year', '2019', '--dir', dir, '--json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('leas.csv: required file is missing');
  });

  it('a --rule-sets file with a bad field, named with its path', async () => {
    const file = path.join(scratch, 'bad-rules.json');
    const set = { ...californiaRuleSets().find((s) => s.id === 'CA-2025'), charterRule: 'SOMETIMES' };
    writeFileSync(file, JSON.stringify([set]));
    const result = await ciclo([
      'da',
      'evaluate',
      '--rule-sets',
      file,
      '--dir',
      path.join(casesDir, caseNames[0] ?? ''),
      '--json',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'bad-rules.json: [0].charterRule: "SOMETIMES" is not one of THREE_OF_FOUR_YEARS, TWO_CONSECUTIVE_YEARS',
    );
  });
});

describe('ciclo da evaluate --rule-sets', () => {
  it('overrides a California rule set from JSON without a code change', async () => {
    // Case 004: SWD is Red on graduation and chronic absence, both Priority 5 under CA-2018.
    // A state that put chronic absence under Priority 6 would make SWD meet two areas.
    const seed = californiaRuleSets().find((s) => s.id === 'CA-2018');
    const override = {
      ...seed,
      priorityAreas: seed?.priorityAreas.map((area) =>
        area.id === 'P5'
          ? { id: 'P5', any: [{ all: [{ indicator: 'GRAD', colors: ['RED'] }] }] }
          : area.id === 'P6'
            ? { ...area, any: [...(area.any ?? []), { all: [{ indicator: 'CHRONIC', colors: ['RED'] }] }] }
            : area,
      ),
    };
    const file = path.join(scratch, 'override.json');
    writeFileSync(file, JSON.stringify(override));
    const dir = path.join(casesDir, '004-two-indicators-same-priority-not-eligible');
    const plain = JSON.parse((await ciclo(['da', 'evaluate', '--dir', dir, '--json'])).stdout) as {
      leas: Array<{ eligible: boolean }>;
    };
    expect(plain.leas[0]?.eligible).toBe(false);
    const result = await ciclo(['da', 'evaluate', '--dir', dir, '--json', '--rule-sets', file]);
    expect(result.status).toBe(0);
    const decision = JSON.parse(result.stdout) as { leas: Array<{ eligible: boolean; groups: unknown }> };
    expect(decision.leas[0]).toMatchObject({
      eligible: true,
      groups: [{ group: 'SWD', priorities: ['P5', 'P6'] }],
    });
  });
});
