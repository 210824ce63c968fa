import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/common/domain-error';
import type { DatabaseHandle, Db } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { CLI_ACTOR } from '../../src/usecases/context';
import { importServicesFolder } from '../../src/usecases/services/import-services-folder';
import { cicloOn } from '../support/ciclo-cli';
import { freshDatabases } from '../support/fresh-databases';
import { SERVICES_CASES, servicesSampleFiles } from '../support/services-sample';

const scratch = mkdtempSync(path.join(tmpdir(), 'ciclo-services-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Files = Map<string, string>;

/** A CSV of the example as rows of cells (it has no quoted values). */
function rowsOf(files: Files, file: string): string[][] {
  return files
    .get(file)!
    .trimEnd()
    .split(/\r?\n/)
    .map((line) => line.split(','));
}

function withRows(files: Files, file: string, rows: string[][]): void {
  files.set(file, `${rows.map((row) => row.join(',')).join('\n')}\n`);
}

function writeFolder(name: string, files: Files): string {
  const dir = path.join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of files) writeFileSync(path.join(dir, file), text);
  return dir;
}

/** Everything an import may write, as counts and sums: equal fingerprints mean nothing changed. */
async function fingerprint(db: Db) {
  const { rows } = await sql<Record<string, string>>`select
      (select count(*) from regions) as regions,
      (select count(*) from plan_versions) as plan_versions,
      (select string_agg(id || status, ',' order by id) from plan_versions) as plan_statuses,
      (select count(*) from plan_mpos) as plan_mpos,
      (select count(*) from student_eligibility_spans) as spans,
      (select count(*) from assessment_results) as assessments,
      (select count(*) || ':' || sum(version) from services) as services,
      (select count(*) || ':' || sum(id) from service_enrollments) as enrollments,
      (select count(*) || ':' || sum(minutes) from service_attendance) as attendance,
      (select count(*) || ':' || sum(id) || ':' || sum(score) from service_tests) as tests,
      (select count(*) from audit_events) as audit_events`.execute(db);
  return rows[0]!;
}

/** The example folder broken in one of the ways the contract lists, and where the refusal must point. */
interface BrokenFolder {
  name: string;
  breakIt(files: Files): void;
  names: string;
}

function enrollmentOf(files: Files, serviceId: string, studentId: string) {
  return rowsOf(files, 'enrollments.csv').find((r) => r[0] === serviceId && r[1] === studentId)!;
}

function serviceOf(files: Files, serviceId: string) {
  return rowsOf(files, 'services.csv').find((r) => r[0] === serviceId)!;
}

function setCell(files: Files, file: string, line: number, column: number, value: string): void {
  const rows = rowsOf(files, file);
  rows[line - 1]![column - 1] = value;
  withRows(files, file, rows);
}

/** The first row of `file` (attendance or tests) given to a student of the folder not enrolled in its service. */
function giveFirstRowToAStudentNotEnrolled(files: Files, file: string): void {
  const [serviceId] = rowsOf(files, file)[1]!;
  const enrolled = new Set(
    rowsOf(files, 'enrollments.csv')
      .filter((r) => r[0] === serviceId)
      .map((r) => r[1]),
  );
  const other = rowsOf(files, 'children.csv').find((r, i) => i > 0 && !enrolled.has(r[0]))![0]!;
  setCell(files, file, 2, 2, other);
}

const BROKEN: BrokenFolder[] = [
  {
    name: 'a missing file',
    breakIt: (files) => files.delete('tests.csv'),
    names: 'tests.csv',
  },
  {
    name: 'a missing column',
    breakIt: (files) => setCell(files, 'attendance.csv', 1, 4, 'minutez'),
    names: 'attendance.csv, line 1',
  },
  {
    name: 'a value not of its type',
    breakIt: (files) => setCell(files, 'attendance.csv', 2, 3, '2025-02-30'),
    names: 'attendance.csv, line 2, column 3',
  },
  {
    name: 'minutes beyond 600',
    breakIt: (files) => setCell(files, 'attendance.csv', 3, 4, '601'),
    names: 'attendance.csv, line 3, column 4',
  },
  {
    name: 'a duplicate key',
    breakIt: (files) => {
      const rows = rowsOf(files, 'services.csv');
      withRows(files, 'services.csv', [...rows, [...rows[1]!]]);
    },
    names: 'services.csv, line 32, column 1',
  },
  {
    name: 'a reference to a service the folder does not hold',
    breakIt: (files) => setCell(files, 'enrollments.csv', 2, 1, 'SV-NONE'),
    names: 'enrollments.csv, line 2, column 1',
  },
  {
    name: 'a reference to a student the folder does not hold',
    breakIt: (files) => setCell(files, 'enrollments.csv', 2, 2, 'M-NONE'),
    names: 'enrollments.csv, line 2, column 2',
  },
  {
    name: 'a reference to an MPO the plan does not hold',
    breakIt: (files) => setCell(files, 'services.csv', 3, 5, '1.0;9.9'),
    names: 'services.csv, line 3, column 5',
  },
  {
    name: 'a service ending before it starts',
    breakIt: (files) => setCell(files, 'services.csv', 2, 7, '2000-01-01'),
    names: 'services.csv, line 2, column 7',
  },
  {
    name: 'an instrument whose minimum is not below its maximum',
    breakIt: (files) => setCell(files, 'services.csv', 2, 8, serviceOf(files, 'SV3-0024')[8]!),
    names: 'services.csv, line 2',
  },
  {
    name: 'an enrollment of a student not eligible on enrolled_on',
    breakIt: (files) => {
      const [, studentId] = rowsOf(files, 'enrollments.csv')[1]!;
      withRows(
        files,
        'children.csv',
        rowsOf(files, 'children.csv').map((r) =>
          r[0] === studentId ? [r[0]!, r[1]!, '2000-01-01', '2000-12-31'] : r,
        ),
      );
    },
    names: 'enrollments.csv, line 2, column 3',
  },
  {
    name: 'an enrollment outside the service’s dates',
    breakIt: (files) => setCell(files, 'enrollments.csv', 2, 3, '2030-01-01'),
    names: 'enrollments.csv, line 2, column 3',
  },
  {
    name: 'attendance of a student not enrolled in the service',
    breakIt: (files) => giveFirstRowToAStudentNotEnrolled(files, 'attendance.csv'),
    names: 'attendance.csv, line 2, column 2',
  },
  {
    name: 'attendance dated before enrolled_on',
    breakIt: (files) => {
      const rows = rowsOf(files, 'attendance.csv');
      const line = rows.findIndex(
        (r, i) => i > 0 && enrollmentOf(files, r[0]!, r[1]!)[2]! > serviceOf(files, r[0]!)[5]!,
      );
      setCell(files, 'attendance.csv', line + 1, 3, serviceOf(files, rows[line]![0]!)[5]!);
      files.set('expected-line', String(line + 1));
    },
    names: 'attendance.csv, line {line}, column 3',
  },
  {
    name: 'a test of a student not enrolled in the service',
    breakIt: (files) => giveFirstRowToAStudentNotEnrolled(files, 'tests.csv'),
    names: 'tests.csv, line 2, column 2',
  },
  {
    name: 'a test outside the service’s dates',
    breakIt: (files) => setCell(files, 'tests.csv', 2, 4, '2000-01-01'),
    names: 'tests.csv, line 2, column 4',
  },
  {
    name: 'a score outside the instrument’s range',
    breakIt: (files) => setCell(files, 'tests.csv', 2, 5, '100000'),
    names: 'tests.csv, line 2, column 5',
  },
  {
    name: 'a plan.json MPO without its fields',
    breakIt: (files) => files.set('plan.json', '{"mpos": [{"number": "1.0"}]}'),
    names: 'plan.json',
  },
  {
    name: 'a region number that is not one of the state’s',
    breakIt: (files) => {
      // Region 4 is the state's but not yet in the database: refusing must not create it either.
      setCell(files, 'services.csv', 2, 2, '4');
      setCell(files, 'services.csv', 3, 2, '12');
    },
    names: 'services.csv, line 3, column 2 (region): region 12 is not one of the state',
  },
];

function brokenFolder(broken: BrokenFolder): { files: Files; names: string } {
  const files = servicesSampleFiles();
  broken.breakIt(files);
  const line = files.get('expected-line');
  files.delete('expected-line');
  return { files, names: broken.names.replace('{line}', line ?? '') };
}

describe.each(freshDatabases('services_import'))('ciclo import services on $name', (database) => {
  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
  });
  afterAll(() => database.drop());

  async function withHandle<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
    const handle = await database.open();
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  }

  it('imports the contract example: the reports print the expected files, a second import changes nothing', async () => {
    const folder = writeFolder('sample', servicesSampleFiles());
    const first = await cicloOn(database, ['import', 'services', folder]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(
      'Read 30 services, 358 enrollments, 4,641 attendance rows, 732 tests, 400 students and 2,223 assessment results.',
    );
    expect(first.stdout).toContain('plan.json adopted as the plan in force.');
    const before = await withHandle(({ db }) => fingerprint(db));

    const again = await cicloOn(database, ['import', 'services', folder]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('The plan in force already has these MPOs.');
    expect(again.stdout).toContain('Nothing changed: the database already held this folder.');
    const after = await withHandle(({ db }) => fingerprint(db));
    // Only the second import's own audit event is new.
    expect({ ...after, audit_events: Number(after.audit_events) - 1 }).toEqual({
      ...before,
      audit_events: Number(before.audit_events),
    });

    const state = await cicloOn(database, ['report', 'mpo', '--period', '2024-25', '--json']);
    expect(state.status).toBe(0);
    expect(JSON.parse(state.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(SERVICES_CASES, 'expected.state.2024-25.json'), 'utf8')),
    );
    expect(state.stdout).toBe(readFileSync(path.join(SERVICES_CASES, 'expected.state.2024-25.json'), 'utf8'));
    const region = await cicloOn(database, [
      'report',
      'mpo',
      '--period',
      '2024-25',
      '--region',
      '5',
      '--json',
    ]);
    expect(JSON.parse(region.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(SERVICES_CASES, 'expected.region5.2024-25.json'), 'utf8')),
    );
    const counts = await cicloOn(database, ['report', 'child-count', '--period', '2024-25', '--json']);
    expect(JSON.parse(counts.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(SERVICES_CASES, 'expected.child-count.2024-25.json'), 'utf8')),
    );
  }, 240_000);

  it('audits the import in its transaction with the folder’s counts', async () => {
    const events = await withHandle(({ db }) =>
      db
        .selectFrom('audit_events')
        .select(['entity_id', 'after', 'actor_label'])
        .where('entity_type', '=', 'services_import')
        .orderBy('id')
        .execute(),
    );
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events[0]).toMatchObject({
      entity_id: 'sample',
      actor_label: 'cli',
      after: expect.objectContaining({
        services: 30,
        enrollments: 358,
        attendance: 4641,
        tests: 732,
        students: 400,
      }),
    });
    const plans = await withHandle(({ db }) =>
      db.selectFrom('audit_events').select('entity_id').where('entity_type', '=', 'plan_version').execute(),
    );
    expect(plans).toHaveLength(1);
  });

  it('refuses a broken folder from the command line with status 2, naming file, line and column', async () => {
    const before = await withHandle(({ db }) => fingerprint(db));
    for (const broken of [BROKEN[2]!, BROKEN[0]!, BROKEN.at(-1)!]) {
      const { files, names } = brokenFolder(broken);
      const result = await cicloOn(database, ['import', 'services', writeFolder('broken', files)]);
      expect(result.status, broken.name).toBe(2);
      expect(result.stderr, broken.name).toContain(names);
    }
    expect(await withHandle(({ db }) => fingerprint(db))).toEqual(before);
  }, 240_000);

  it.each(BROKEN.map((broken) => [broken.name, broken] as const))(
    'refuses a folder with %s as a whole, naming where, and changes nothing',
    async (_name, broken) => {
      const { files, names } = brokenFolder(broken);
      await withHandle(async ({ db }) => {
        const before = await fingerprint(db);
        const refusal = await importServicesFolder({ db, actor: CLI_ACTOR }, 'broken', files).catch(
          (e: unknown) => e,
        );
        expect(refusal).toBeInstanceOf(DomainError);
        expect((refusal as DomainError).code).toBe('invalid_input');
        expect((refusal as DomainError).message).toContain(names);
        expect(await fingerprint(db)).toEqual(before);
      });
    },
  );

  it('replaces only what a changed folder changes, and the plan only when its MPOs change', async () => {
    const files = servicesSampleFiles();
    const attendance = rowsOf(files, 'attendance.csv');
    const [serviceId, studentId, date] = attendance[1]!;
    attendance[1]![3] = attendance[1]![3] === '59' ? '58' : '59';
    withRows(files, 'attendance.csv', attendance);
    await withHandle(async ({ db }) => {
      const summary = await importServicesFolder({ db, actor: CLI_ACTOR }, 'changed', files);
      expect(summary.planAdopted).toBe(false);
      expect(summary.changes).toEqual({
        spans: 0,
        assessments: 0,
        services: 0,
        enrollments: 0,
        attendance: 1,
        tests: 0,
      });
      const row = await sql<{ minutes: number }>`select a.minutes from service_attendance a
        join service_enrollments e on e.id = a.enrollment_id join services s on s.id = e.service_id
        where s.code = ${serviceId} and e.student_id = ${studentId} and a.date = ${date}`.execute(db);
      expect(row.rows[0]!.minutes).toBe(Number(attendance[1]![3]));

      const plan = JSON.parse(files.get('plan.json')!) as { mpos: Array<{ target: number }> };
      plan.mpos[0]!.target = 71;
      files.set('plan.json', JSON.stringify(plan));
      const replanned = await importServicesFolder({ db, actor: CLI_ACTOR }, 'replanned', files);
      expect(replanned.planAdopted).toBe(true);
      const versions = await db
        .selectFrom('plan_versions')
        .select(['name', 'status'])
        .orderBy('created_at')
        .execute();
      expect(versions).toEqual([
        { name: 'Imported plan (sample)', status: 'superseded' },
        { name: 'Imported plan (replanned)', status: 'adopted' },
      ]);
      const services = await db.selectFrom('services').select('plan_version_id').distinct().execute();
      expect(services).toEqual([{ plan_version_id: replanned.planVersionId }]);
    });
  });
});
