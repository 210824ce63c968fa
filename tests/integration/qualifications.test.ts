import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../src/core/common/calendar-date';
import { computePeriodCounts, dataPacketOf, scopeName } from '../../src/core/recruitment/data-packet';
import { parsePeriod, periodsBetween } from '../../src/core/recruitment/performance-period';
import type { QualificationRecord } from '../../src/core/recruitment/qualification-record';
import type { DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { CLI_ACTOR } from '../../src/usecases/context';
import { loadDemoDataset } from '../../src/usecases/demo/load-demo-dataset';
import { buildDataPacket } from '../../src/usecases/qualifications/build-data-packet';
import { importQualifications } from '../../src/usecases/qualifications/import-qualifications';
import { repoRoot } from '../support/eligibility-cases';
import { freshDatabases } from '../support/fresh-databases';

const examples = path.join(repoRoot, 'tests/cases/qualifications');
const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-qualifications-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = promisify(execFile);
async function ciclo(dataDir: string, args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['bin/ciclo.mjs', ...args], {
      env: { ...process.env, CICLO_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('ciclo import qualifications and ciclo report data-packet', () => {
  const dataDir = path.join(folder, 'cli');

  it('give exactly the contract example outputs, and a second import changes nothing', async () => {
    const first = await ciclo(dataDir, ['import', 'qualifications', path.join(examples, 'sample.csv')]);
    expect(first.stdout).toContain('Read 129 rows: 129 new, 0 changed, 0 already imported.');
    const again = await ciclo(dataDir, ['import', 'qualifications', path.join(examples, 'sample.csv')]);
    expect(again.stdout).toContain('0 new, 0 changed, 129 already imported.');
    const state = await ciclo(dataDir, [
      'report',
      'data-packet',
      '--from',
      '2017-18',
      '--to',
      '2021-22',
      '--json',
    ]);
    expect(state.stdout).toBe(readFileSync(path.join(examples, 'sample.state.json'), 'utf8'));
    const region = await ciclo(dataDir, [
      'report',
      'data-packet',
      '--from',
      '2017-18',
      '--to',
      '2021-22',
      '--region',
      '5',
      '--json',
    ]);
    expect(region.stdout).toBe(readFileSync(path.join(examples, 'sample.region5.json'), 'utf8'));
  }, 60_000);

  it('refuses a broken file as a whole, naming line and column, with status 2', async () => {
    const lines = readFileSync(path.join(examples, 'sample.csv'), 'utf8').trimEnd().split('\n');
    const renamed = lines.map((line, i) => (i === 0 ? line : line.replace(/^S/, 'T')));
    renamed[40] = renamed[40]!.replace(/,\d{4}-\d{2}-\d{2},/, ',2021-13-01,');
    const broken = path.join(folder, 'broken.csv');
    writeFileSync(broken, `${renamed.join('\n')}\n`);
    const result = await ciclo(dataDir, ['import', 'qualifications', broken]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'broken.csv, line 41, column 4 (birth_date): "2021-13-01" is not a date (YYYY-MM-DD)',
    );
    const state = await ciclo(dataDir, [
      'report',
      'data-packet',
      '--from',
      '2017-18',
      '--to',
      '2021-22',
      '--json',
    ]);
    expect(state.stdout).toBe(readFileSync(path.join(examples, 'sample.state.json'), 'utf8'));
  }, 60_000);

  it('refuses a period that is not one, with status 2', async () => {
    const result = await ciclo(dataDir, [
      'report',
      'data-packet',
      '--from',
      '2021',
      '--to',
      '2021-22',
      '--json',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('from: "2021" is not a performance period such as 2021-22');
  }, 30_000);
});

const recordArbitrary = (index: number) =>
  fc
    .record({
      student: fc.integer({ min: 1, max: 300 }),
      region: fc.constantFrom(1, 3, 5, 23),
      recruitment: fc.integer({ min: 0, max: 6 * 365 }),
      sinceResidency: fc.integer({ min: 0, max: 500 }),
      residencySinceQad: fc.integer({ min: 0, max: 60 }),
      qadSinceWorkerMove: fc.integer({ min: 0, max: 400 }),
      movedWithWorker: fc.boolean(),
      priorCoe: fc.constantFrom(true, false, null),
    })
    .map((r): QualificationRecord => {
      const recruitmentDate = addDays('2017-06-01' as CalendarDate, r.recruitment);
      const residencyDate = addDays(recruitmentDate, -r.sinceResidency);
      const qad = addDays(residencyDate, -r.residencySinceQad);
      return {
        studentId: `S${r.student}`,
        coeId: `C${String(index).padStart(5, '0')}`,
        region: r.region,
        birthDate: '2010-01-01',
        qad,
        residencyDate,
        recruitmentDate,
        workerMoveDate: addDays(qad, -r.qadSinceWorkerMove),
        movedWithWorker: r.movedWithWorker,
        priorCoe: r.priorCoe,
      };
    });

function toCsv(records: QualificationRecord[]): string {
  const yn = (value: boolean | null) => (value === null ? '' : value ? 'Y' : 'N');
  return [
    'student_id,coe_id,region,birth_date,qad,residency_date,recruitment_date,worker_move_date,moved_with_worker,prior_coe',
    ...records.map((r) =>
      [
        r.studentId,
        r.coeId,
        r.region,
        r.birthDate,
        r.qad,
        r.residencyDate,
        r.recruitmentDate,
        r.workerMoveDate,
        yn(r.movedWithWorker),
        yn(r.priorCoe),
      ].join(','),
    ),
  ].join('\n');
}

describe.each(freshDatabases('packet'))('the data packet query on $name', (database) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await database.open();
    await migrateToLatest(handle.db);
    await loadDemoDataset(handle.db, { children: 1_000, seed: 3, today: '2026-11-22' });
    const records = fc.sample(fc.tuple(...Array.from({ length: 2_000 }, (_, i) => recordArbitrary(i))), {
      numRuns: 1,
      seed: 42,
    })[0]!;
    await importQualifications({ db: handle.db, actor: CLI_ACTOR }, 'random.csv', toCsv(records));
  }, 180_000);
  afterAll(async () => {
    await handle?.close();
    await database.drop();
  });

  it('counts the children of approved COEs alongside imported history', async () => {
    const fromCoes = await handle.db
      .selectFrom('qualification_rows')
      .select('coe_id')
      .where('coe_id', 'not like', 'C%')
      .execute();
    expect(fromCoes.length).toBeGreaterThan(100);
  });

  it.each([undefined, 5, 23])(
    'gives the same figures as the rules of the domain core (region %s)',
    async (region) => {
      const rows = await handle.db.selectFrom('qualification_rows').selectAll().execute();
      const records: QualificationRecord[] = rows.map((r) => ({
        studentId: r.student_id,
        coeId: r.coe_id,
        region: r.region,
        birthDate: r.birth_date,
        qad: r.qad,
        residencyDate: r.residency_date,
        recruitmentDate: r.recruitment_date,
        workerMoveDate: r.worker_move_date,
        movedWithWorker: r.moved_with_worker,
        priorCoe: r.prior_coe,
        basis: r.basis as QualificationRecord['basis'],
        familyId: r.family_id,
      }));
      const periods = periodsBetween(parsePeriod('2016-17', 'from'), parsePeriod('2026-27', 'to'));
      const expected = dataPacketOf(scopeName(region), computePeriodCounts(records, periods, region));
      const packet = await buildDataPacket(
        { db: handle.db, actor: CLI_ACTOR },
        { from: '2016-17', to: '2026-27', region },
      );
      expect(packet).toEqual(expected);
      expect(
        packet.periods.some((p) => p.qualified > 0 && p.newlyQualified > 0 && p.subsequentMove > 0),
      ).toBe(true);
      expect(packet.periods.some((p) => p.families < p.qualified && p.newFamilies > 0)).toBe(true);
      expect(packet.periods.some((p) => p.subsequentMoveByBasis > p.subsequentMove)).toBe(true);
    },
    60_000,
  );
});
