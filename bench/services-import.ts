/**
 * `ciclo import services` of a generated folder with 1 million attendance rows (50,000
 * enrollments in 2,000 services, 100,000 tests, 50,000 students) on the PostgreSQL server,
 * through the import use case: the whole import, then the same folder again (which changes
 * nothing). Target: under 60 s.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/services-import.ts [--attendance 1000000]
 * It creates the database ciclo_bench_import on that server and drops it at the end.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { addDays, type CalendarDate } from '../src/core/common/calendar-date';
import { readServicesFolder, SERVICES_FOLDER_FILES } from '../src/core/services/read-services-folder';
import { openDatabase } from '../src/data/db';
import { migrateToLatest } from '../src/data/migrate';
import { CLI_ACTOR } from '../src/usecases/context';
import { importServicesFolder } from '../src/usecases/services/import-services-folder';
import { EXAMPLE_MPOS } from './example-mpos';
import { serverDatabase } from './server-database';
import { numberArgument, serverUrlOrExit, timed } from './bench-tools';

const ATTENDANCE = numberArgument('attendance', 1_000_000);
const DAYS_PER_ENROLLMENT = 20;
const PER_SERVICE = 25;
const ENROLLMENTS = Math.ceil(ATTENDANCE / DAYS_PER_ENROLLMENT);
const SERVICES = Math.ceil(ENROLLMENTS / PER_SERVICE);
const STUDENTS = ENROLLMENTS;
const REGIONS = [1, 2, 3, 5, 6, 7, 8, 9, 10, 23];
const BENCH_DATABASE = 'ciclo_bench_import';

const serverUrl = serverUrlOrExit();

/** A valid folder: every student eligible throughout, each service 60 days with 25 students. */
function writeFolder(dir: string): void {
  const studentId = (n: number) => `B${String(n).padStart(7, '0')}`;
  const lines = (header: string, count: number, row: (i: number) => string) => {
    const out = [header];
    for (let i = 0; i < count; i++) out.push(row(i));
    return `${out.join('\n')}\n`;
  };
  writeFileSync(
    path.join(dir, 'plan.json'),
    JSON.stringify({ mpos: EXAMPLE_MPOS.filter((mpo) => mpo.number === '1.0' || mpo.number === '7.0') }),
  );
  writeFileSync(
    path.join(dir, 'children.csv'),
    lines(
      'student_id,birth_date,eligible_from,eligible_to',
      STUDENTS,
      (n) => `${studentId(n)},${addDays('2008-01-01', n % 5_000)},2022-01-01,2027-12-31`,
    ),
  );
  writeFileSync(
    path.join(dir, 'assessments.csv'),
    lines(
      'student_id,subject,school_year,level',
      STUDENTS,
      (n) => `${studentId(n)},ELA,2023-24,${1 + (n % 4)}`,
    ),
  );
  const startOf = (k: number): CalendarDate => addDays('2024-09-01', k % 200);
  writeFileSync(
    path.join(dir, 'services.csv'),
    lines(
      'service_id,region,name,term,mpos,start_date,end_date,instrument_min,instrument_max,higher_is_better',
      SERVICES,
      (k) =>
        `BS${k},${REGIONS[k % REGIONS.length]},Service ${k},${k % 3 === 0 ? 'SUMMER' : 'RSY'},${k % 2 === 0 ? '1.0' : '1.0;7.0'},${startOf(k)},${addDays(startOf(k), 60)},0,100,Y`,
    ),
  );
  const enrollment = (i: number) => ({
    k: Math.floor(i / PER_SERVICE),
    student: studentId((i * 7_919) % STUDENTS),
  });
  writeFileSync(
    path.join(dir, 'enrollments.csv'),
    lines('service_id,student_id,enrolled_on', ENROLLMENTS, (i) => {
      const { k, student } = enrollment(i);
      return `BS${k},${student},${startOf(k)}`;
    }),
  );
  writeFileSync(
    path.join(dir, 'attendance.csv'),
    lines('service_id,student_id,date,minutes', ENROLLMENTS * DAYS_PER_ENROLLMENT, (row) => {
      const i = Math.floor(row / DAYS_PER_ENROLLMENT);
      const { k, student } = enrollment(i);
      return `BS${k},${student},${addDays(startOf(k), (row % DAYS_PER_ENROLLMENT) * 2)},${30 + (row % 61)}`;
    }),
  );
  writeFileSync(
    path.join(dir, 'tests.csv'),
    lines('service_id,student_id,kind,date,score', ENROLLMENTS * 2, (row) => {
      const { k, student } = enrollment(Math.floor(row / 2));
      const pre = row % 2 === 0;
      return `BS${k},${student},${pre ? 'pre' : 'post'},${addDays(startOf(k), pre ? 1 : 50)},${pre ? (row % 80) + 0.5 : (row % 97) + 0.25}`;
    }),
  );
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, ${new Date().toISOString()}`,
);
const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-bench-services-'));
const database = serverDatabase(serverUrl, BENCH_DATABASE);
await database.create();
const handle = await openDatabase({ url: database.url });
try {
  await migrateToLatest(handle.db);
  writeFolder(folder);
  const files = new Map(
    SERVICES_FOLDER_FILES.map((file) => [file, readFileSync(path.join(folder, file), 'utf8')]),
  );
  const [records, readSeconds] = await timed(async () => readServicesFolder(files));
  console.log(
    `folder: ${records.services.length.toLocaleString('en-US')} services, ${records.enrollments.length.toLocaleString('en-US')} enrollments, ${records.attendance.length.toLocaleString('en-US')} attendance rows, ${records.tests.length.toLocaleString('en-US')} tests; reading and checking it alone: ${readSeconds.toFixed(1)} s`,
  );
  const ctx = { db: handle.db, actor: CLI_ACTOR };
  const [first, firstSeconds] = await timed(() => importServicesFolder(ctx, 'bench', files));
  console.log(
    `first import (read, check, write): ${firstSeconds.toFixed(1)} s; rows written: ${JSON.stringify(first.changes)}`,
  );
  const [again, againSeconds] = await timed(() => importServicesFolder(ctx, 'bench', files));
  console.log(
    `the same folder again: ${againSeconds.toFixed(1)} s; rows written: ${JSON.stringify(again.changes)}`,
  );
} finally {
  await handle.close();
  rmSync(folder, { recursive: true, force: true });
  await database.drop();
}
