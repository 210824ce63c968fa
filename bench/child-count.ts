/**
 * The statewide federal child counts of one performance period on the PostgreSQL server, over
 * a state's worth of records generated in SQL: 500,000 students with one or two spans of
 * eligibility (grades, English learners, disabilities), 40,000 services over four periods
 * and 20 regions, 2 million enrollments, 20 million attendance rows, and state assessment
 * results for four students in five. Times what the child counts page asks for
 * (getChildCounts: the breakdowns, each region, the certification; median of 3), the contract's two numbers (reportChildCount), the PFS breakdown the page reads
 * apart (getChildCountPfs), a page of the children and a certification, and checks the
 * breakdowns add up to the counts.
 * Target: the statewide counts under 5 s.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/child-count.ts [--students 500000] [--keep] [--reuse]
 * It creates the database ciclo_bench_child_count on that server and drops it at the end (not
 * with --keep); --reuse measures again on the database a --keep run left.
 */
import { cpus } from 'node:os';
import { sql } from 'kysely';
import { CALIFORNIA_REGIONS } from '../src/core/demo/california-regions';
import { openDatabase, type Db } from '../src/data/db';
import { migrateToLatest } from '../src/data/migrate';
import { insertRegions } from '../src/data/repositories/organizations.repository';
import { certifyChildCounts } from '../src/usecases/child-counts/certify-child-counts';
import { getChildCountPfs } from '../src/usecases/child-counts/get-child-count-pfs';
import { getChildCounts } from '../src/usecases/child-counts/get-child-counts';
import { listCountedChildren } from '../src/usecases/child-counts/list-counted-children';
import { CLI_ACTOR } from '../src/usecases/context';
import { reportChildCount } from '../src/usecases/services/report-child-count';
import { serverDatabase } from './server-database';
import { median, numberArgument, serverUrlOrExit, timed } from './bench-tools';

const STUDENTS = numberArgument('students', 500_000);
const ENROLLMENTS = STUDENTS * 4;
const PER_SERVICE = 50;
const SERVICES = Math.ceil(ENROLLMENTS / PER_SERVICE);
const ATTENDANCE_PER_ENROLLMENT = 10;
const PERIOD = '2024-25';
const BENCH_DATABASE = 'ciclo_bench_child_count';
const GRADES = [
  '',
  'TK',
  'KN',
  '1',
  '02',
  '03',
  '4',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  'UG',
  'OSY',
  'PS',
];

const serverUrl = serverUrlOrExit();

/**
 * Students aged 0 to 23 with spans starting over four years (one in four with a second span),
 * services of every term over four periods (2022-23 … 2025-26) and the state's regions, each
 * with 50 students and 10 attendance days per enrollment.
 */
async function generate(db: Db): Promise<void> {
  const regions = await insertRegions(
    db,
    CALIFORNIA_REGIONS.map((r) => ({
      number: r.number,
      name: r.name,
      kind: r.kind,
      counties: [...r.counties],
    })),
  );
  await sql`create temp table bench_regions as select row_number() over (order by number) - 1 as i, id from regions`.execute(
    db,
  );
  const grades = sql.join(GRADES.map((g) => sql.lit(g)));
  await sql`insert into student_eligibility_spans (student_id, birth_date, eligible_from, eligible_to, grade, english_learner, disability)
    select 'B' || lpad(n::text, 7, '0'), date '2001-06-01' + (n * 7919 % 8400)::int,
      date '2021-06-01' + (n * 104729 % 1400)::int, date '2021-06-01' + (n * 104729 % 1400)::int + 1095,
      nullif((array[${grades}])[1 + n % ${GRADES.length}], ''), n % 3 = 0, n % 11 = 0
    from generate_series(0::bigint, ${STUDENTS - 1}::bigint) n`.execute(db);
  await sql`insert into student_eligibility_spans (student_id, birth_date, eligible_from, eligible_to, grade)
    select student_id, birth_date, eligible_to + 30, eligible_to + 400, grade
    from student_eligibility_spans where substr(student_id, 2)::bigint % 4 = 0`.execute(db);
  await sql`insert into services (code, region_id, name, term, start_date, end_date, instrument_min, instrument_max)
    select 'BS' || k, r.id, 'Service ' || k, (array['RSY', 'RSY', 'SUMMER', 'INTERSESSION'])[1 + k % 4],
      date '2022-09-01' + (k % 4) * 365 + (k * 13 % 300), date '2022-09-01' + (k % 4) * 365 + (k * 13 % 300) + 40, 0, 100
    from generate_series(0, ${SERVICES - 1}) k
    join bench_regions r on r.i = k % ${regions.length}`.execute(db);
  await sql`insert into service_enrollments (service_id, student_id, enrolled_on)
    select s.id, 'B' || lpad(((k * 7919 + j * 104729) % ${STUDENTS})::text, 7, '0'), s.start_date
    from (select id, start_date, substr(code, 3)::bigint as k from services) s, generate_series(0, ${PER_SERVICE - 1}) j
    on conflict do nothing`.execute(db);
  await sql`insert into service_attendance (enrollment_id, date, minutes)
    select e.id, e.enrolled_on + d * 3, 30 + (e.id * 7 + d * 11) % 91
    from service_enrollments e, generate_series(0, ${ATTENDANCE_PER_ENROLLMENT - 1}) d`.execute(db);
  await generateAssessments(db);
  // As autovacuum leaves a live server: without it every index-only scan reads the table too.
  await sql`vacuum analyze`.execute(db);
}

/**
 * State assessments of 2023-24 for the Priority for Services breakdown (S6.4): ELA and
 * mathematics for four students in five, ELPAC for the English learners, levels 1 to 4 spread
 * evenly, so about half of those tested are at risk by California's criteria.
 */
async function generateAssessments(db: Db): Promise<void> {
  await sql`insert into assessment_results (student_id, subject, school_year, level)
    select 'B' || lpad(n::text, 7, '0'), v.subject, '2023-24', 1 + (n * 31 + v.k) % 4
    from generate_series(0::bigint, ${STUDENTS - 1}::bigint) n,
      (values ('ELA', 0), ('MATH', 1), ('ELPAC', 2)) v(subject, k)
    where n % 5 <> 0 and (v.subject <> 'ELPAC' or n % 3 = 0)`.execute(db);
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, ${new Date().toISOString()}`,
);
const database = serverDatabase(serverUrl, BENCH_DATABASE);
const reuse = process.argv.includes('--reuse');
if (!reuse) await database.create();
const handle = await openDatabase({ url: database.url });
try {
  await migrateToLatest(handle.db);
  const [, generateSeconds] = reuse ? [undefined, 0] : await timed(() => generate(handle.db));
  // A database kept before the generator wrote assessments gets them now.
  const tested = await sql<{ any: boolean }>`select exists (select 1 from assessment_results) as any`.execute(
    handle.db,
  );
  if (!tested.rows[0]!.any) await generateAssessments(handle.db);
  const sizes = await sql<{ students: number; spans: number; enrollments: number; attendance: number }>`
    select (select count(distinct student_id) from student_eligibility_spans)::int as students,
      (select count(*) from student_eligibility_spans)::int as spans,
      (select count(*) from service_enrollments)::int as enrollments,
      (select count(*) from service_attendance)::int as attendance`.execute(handle.db);
  const size = sizes.rows[0]!;
  const n = (value: number) => value.toLocaleString('en-US');
  console.log(
    `generated ${n(size.students)} students (${n(size.spans)} spans), ${n(size.enrollments)} enrollments, ${n(size.attendance)} attendance rows in ${generateSeconds.toFixed(0)} s`,
  );
  const ctx = { db: handle.db, actor: CLI_ACTOR };
  const page: number[] = [];
  const contract: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const [view, seconds] = await timed(() => getChildCounts(ctx, { period: PERIOD }));
    page.push(seconds);
    const [counts, contractSeconds] = await timed(() => reportChildCount(ctx, { period: PERIOD }));
    contract.push(contractSeconds);
    const { breakdown } = view;
    const byGroup = breakdown.groups.reduce((sum, g) => sum + g.category1, 0);
    if (
      counts.category1 !== breakdown.category1 ||
      counts.category2 !== breakdown.category2 ||
      byGroup !== breakdown.category1
    )
      throw new Error(`the breakdowns do not add up: ${JSON.stringify({ counts, breakdown })}`);
    if (run === 0)
      console.log(
        `Category 1 ${n(breakdown.category1)}, Category 2 ${n(breakdown.category2)}; English learners ${n(breakdown.englishLearners.category1)}; with disabilities ${n(breakdown.disabilities.category1)}; ${view.regions?.length ?? 0} regions`,
      );
  }
  const [, pageSeconds] = await timed(() =>
    listCountedChildren(ctx, { period: PERIOD, category: 2, offset: 100_000, limit: 50 }),
  );
  const [pfs, pfsSeconds] = await timed(() => getChildCountPfs(ctx, { period: PERIOD }));
  const [, certifySeconds] = await timed(() => certifyChildCounts(ctx, { period: PERIOD }));
  console.log(
    `statewide child counts ${PERIOD} (breakdowns, regions, certification): median ${median(page).toFixed(2)} s (runs ${page.map((s) => s.toFixed(2)).join(', ')}); ` +
      `contract counts median ${median(contract).toFixed(2)} s (runs ${contract.map((s) => s.toFixed(2)).join(', ')}); ` +
      `PFS breakdown (${n(pfs.pfs.category1)} and ${n(pfs.pfs.category2)}) ${pfsSeconds.toFixed(2)} s; ` +
      `a page of Category 2 at offset 100,000 ${pageSeconds.toFixed(2)} s; certification ${certifySeconds.toFixed(2)} s`,
  );
} finally {
  await handle.close();
  if (!process.argv.includes('--keep')) await database.drop();
}
