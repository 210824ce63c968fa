/**
 * The statewide MPO report of one performance period on the PostgreSQL server, over a state's
 * worth of service records generated in SQL: 2 million enrollments, 20 million attendance
 * rows, 1 million test results (four periods, 20 regions, 400,000 students). Times the
 * product's report (reportMpoOutcomes, median of 3) beside a hand-written SQL query of the
 * same figures in the same run, and checks that both give the same counts; then times the state
 * with each of its regions in one pass (what the APPR roll-up reads).
 * Targets: under 5 s, at most 1.5× the hand-written query.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/mpo-report.ts [--enrollments 2000000] [--keep] [--reuse]
 * It creates the database ciclo_bench_mpo on that server and drops it at the end (not with
 * --keep); --reuse measures again on the database a --keep run left (generating takes minutes).
 */
import { cpus } from 'node:os';
import { sql } from 'kysely';
import { CALIFORNIA_REGIONS } from '../src/core/demo/california-regions';
import { planContentOfMpos } from '../src/core/services/plan-version';
import { openDatabase, type Db } from '../src/data/db';
import { migrateToLatest } from '../src/data/migrate';
import { insertRegions } from '../src/data/repositories/organizations.repository';
import { insertAdoptedPlanVersion } from '../src/data/repositories/plan.repository';
import { CLI_ACTOR } from '../src/usecases/context';
import { reportMpoOutcomes, reportMpoOutcomesOfRegions } from '../src/usecases/services/report-mpo-outcomes';
import { EXAMPLE_MPOS } from './example-mpos';
import { serverDatabase } from './server-database';
import { median, numberArgument, serverUrlOrExit, timed } from './bench-tools';

const ENROLLMENTS = numberArgument('enrollments', 2_000_000);
const PER_SERVICE = 50;
const SERVICES = Math.ceil(ENROLLMENTS / PER_SERVICE);
const STUDENTS = Math.max(1_000, Math.round(ENROLLMENTS / 5));
const ATTENDANCE_PER_ENROLLMENT = 10;
const PERIOD = '2024-25';
const BENCH_DATABASE = 'ciclo_bench_mpo';

const serverUrl = serverUrlOrExit();

/**
 * Services spread over four periods (2022-23 … 2025-26) and the state's regions, each with 50
 * students, 10 attendance days per enrollment and, for one enrollment in two, a pre and a post
 * test (some lower-is-better instruments, some posts before the pre).
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
  const { id: planVersionId } = await insertAdoptedPlanVersion(db, {
    name: 'Bench plan',
    notes: null,
    demo: false,
    adoptedOn: '2024-07-01',
    content: planContentOfMpos(EXAMPLE_MPOS),
  });
  await sql`create temp table bench_regions as select row_number() over (order by number) - 1 as i, id from regions`.execute(
    db,
  );
  const regionCount = regions.length;
  await sql`insert into student_eligibility_spans (student_id, birth_date, eligible_from, eligible_to)
    select 'B' || lpad(n::text, 7, '0'), date '2003-01-01' + (n * 7919 % 7300)::int,
      date '2021-06-01' + (n * 104729 % 900)::int, date '2021-06-01' + (n * 104729 % 900)::int + 1095
    from generate_series(0::bigint, ${STUDENTS - 1}::bigint) n`.execute(db);
  await sql`insert into assessment_results (student_id, subject, school_year, level, source)
    select 'B' || lpad(n::text, 7, '0'), subject, year || '-' || lpad(((year + 1) % 100)::text, 2, '0'),
      1 + (n * 31 + year * 7 + length(subject)) % 4, 'imported'
    from generate_series(0::bigint, ${STUDENTS - 1}::bigint) n, unnest(array['ELA', 'MATH']) subject, generate_series(2021, 2024) year
    where n % 3 <> 0`.execute(db);
  await sql`insert into services (code, region_id, plan_version_id, name, term, mpos, start_date, end_date,
      instrument_min, instrument_max, higher_is_better)
    select 'BS' || k, r.id, ${planVersionId}::uuid, 'Service ' || k,
      (array['RSY', 'RSY', 'SUMMER', 'INTERSESSION'])[1 + k % 4],
      case (k / 4) % 6 when 0 then array['1.0'] when 1 then array['2.0'] when 2 then array['1.0', '2.0']
        when 3 then array['4.0'] when 4 then array['7.0'] else array[]::text[] end,
      date '2022-09-01' + (k % 4) * 365 + (k * 13 % 300), date '2022-09-01' + (k % 4) * 365 + (k * 13 % 300) + 40,
      0, 100, k % 5 <> 0
    from generate_series(0, ${SERVICES - 1}) k
    join bench_regions r on r.i = k % ${regionCount}`.execute(db);
  await sql`insert into service_enrollments (service_id, student_id, enrolled_on)
    select s.id, 'B' || lpad(((k * 7919 + j * 104729) % ${STUDENTS})::text, 7, '0'), s.start_date
    from (select id, start_date, substr(code, 3)::bigint as k from services) s, generate_series(0, ${PER_SERVICE - 1}) j`.execute(
    db,
  );
  await sql`insert into service_attendance (enrollment_id, date, minutes)
    select e.id, e.enrolled_on + d * 3, 30 + (e.id * 7 + d * 11) % 91
    from service_enrollments e, generate_series(0, ${ATTENDANCE_PER_ENROLLMENT - 1}) d`.execute(db);
  await sql`insert into service_tests (enrollment_id, kind, date, score)
    select e.id, kind, e.enrolled_on + case when kind = 'pre' then 1 + (e.id % 7) * 4 else 38 - (e.id % 11) * 3 end,
      case when kind = 'pre' then (e.id * 37 % 9000) / 100.0 else (e.id * 53 % 10000) / 100.0 end
    from service_enrollments e, unnest(array['pre', 'post']) kind
    where e.id % 4 = 0`.execute(db);
  // As autovacuum leaves a live server: without it every index-only scan reads the table too.
  await sql`vacuum analyze`.execute(db);
}

/**
 * The same figures written by hand for this plan: each MPO's rule spelled out in SQL, without
 * the product's generic MPO table.
 */
const HAND_WRITTEN = sql<{
  number: string;
  served: number;
  in_population: number;
  dosage_met: number;
  tested: number;
  grew: number;
}>`
  with aligned as (
    select m.number, e.id, e.student_id, s.start_date, s.higher_is_better
    from services s
    join service_enrollments e on e.service_id = s.id
    cross join unnest(s.mpos) as m(number)
    where s.start_date between date '2024-09-01' and date '2025-08-31'
  ), birth as (
    select student_id, min(birth_date) as birth_date from eligibility_spans group by student_id
  ), latest as (
    select distinct on (student_id, subject) student_id, subject, level from assessment_results
    where school_year < '2024-25' order by student_id, subject, school_year desc
  ), pop as (
    select a.* from aligned a
    left join birth b using (student_id)
    left join latest l on l.student_id = a.student_id and l.subject = case a.number when '1.0' then 'ELA' when '2.0' then 'MATH' end
    where (a.number = '1.0' and l.level <= 2) or (a.number = '2.0' and l.level <= 1)
      or (a.number in ('4.0', '7.0') and (
        date_part('year', age(a.start_date, b.birth_date)) between case a.number when '4.0' then 14 else 3 end and case a.number when '4.0' then 21 else 5 end))
  ), minutes as (
    select p.number, p.student_id, coalesce(sum(t.minutes), 0) as minutes
    from pop p left join service_attendance t on t.enrollment_id = p.id group by p.number, p.student_id
  ), dosed as (
    select number, student_id from minutes
    where minutes >= case number when '1.0' then 600 when '2.0' then 360 when '7.0' then 600 else 0 end
  ), pre as (
    select distinct on (enrollment_id) enrollment_id, date, score from service_tests where kind = 'pre'
    order by enrollment_id, date, score
  ), post as (
    select distinct on (t.enrollment_id) t.enrollment_id, t.date, t.score
    from service_tests t join service_enrollments e on e.id = t.enrollment_id join services s on s.id = e.service_id
    where t.kind = 'post' order by t.enrollment_id, t.date desc, case when s.higher_is_better then t.score else -t.score end desc
  ), judged as (
    select p.number, p.student_id, bool_or(case p.number
        when '1.0' then (case when p.higher_is_better then post.score - pre.score else pre.score - post.score end) >= 3
        when '2.0' then (case when p.higher_is_better then post.score - pre.score else pre.score - post.score end) >= 5
        when '4.0' then (case when p.higher_is_better then post.score - pre.score else pre.score - post.score end) > 0
        else case when p.higher_is_better then post.score >= 30 else post.score <= 30 end end) as grew
    from pop p
    join dosed d on d.number = p.number and d.student_id = p.student_id
    join pre on pre.enrollment_id = p.id join post on post.enrollment_id = p.id and post.date > pre.date
    group by p.number, p.student_id
  )
  select m.number,
    (select count(distinct student_id) from aligned a where a.number = m.number)::int as served,
    (select count(distinct student_id) from pop p where p.number = m.number)::int as in_population,
    (select count(*) from dosed d where d.number = m.number)::int as dosage_met,
    (select count(*) from judged j where j.number = m.number)::int as tested,
    (select count(*) filter (where grew) from judged j where j.number = m.number)::int as grew
  from unnest(array['1.0', '2.0', '4.0', '7.0']) as m(number)`;

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
  const sizes = await sql<{ enrollments: number; attendance: number; tests: number }>`
    select (select count(*) from service_enrollments)::int as enrollments,
      (select count(*) from service_attendance)::int as attendance, (select count(*) from service_tests)::int as tests`.execute(
    handle.db,
  );
  const size = sizes.rows[0]!;
  console.log(
    `generated ${size.enrollments.toLocaleString('en-US')} enrollments, ${size.attendance.toLocaleString('en-US')} attendance rows, ${size.tests.toLocaleString('en-US')} tests in ${generateSeconds.toFixed(0)} s`,
  );
  const ctx = { db: handle.db, actor: CLI_ACTOR };
  const ours: number[] = [];
  const hand: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const [report, seconds] = await timed(() => reportMpoOutcomes(ctx, { period: PERIOD }));
    ours.push(seconds);
    const [handRows, handSeconds] = await timed(() => HAND_WRITTEN.execute(handle.db));
    hand.push(handSeconds);
    for (const row of handRows.rows) {
      const line = report.mpos.find((m) => m.mpo === row.number)!;
      const same =
        line.served === row.served &&
        line.inPopulation === row.in_population &&
        line.dosageMet === row.dosage_met &&
        line.tested === row.tested &&
        line.grew === row.grew;
      if (!same)
        throw new Error(
          `MPO ${row.number}: the report says ${JSON.stringify(line)}, the hand-written query ${JSON.stringify(row)}`,
        );
    }
    if (run === 0)
      console.log(
        report.mpos
          .map((m) => `${m.mpo}: ${m.served}→${m.inPopulation}→${m.dosageMet}→${m.tested}→${m.grew}`)
          .join('; '),
      );
  }
  const regionIds = (await sql<{ id: string }>`select id from regions`.execute(handle.db)).rows.map(
    (r) => r.id,
  );
  const [, rollUpSeconds] = await timed(() => reportMpoOutcomesOfRegions(ctx, { period: PERIOD, regionIds }));
  console.log(
    `the state and its ${regionIds.length} regions in one pass (the APPR roll-up): ${rollUpSeconds.toFixed(2)} s`,
  );
  console.log(
    `statewide MPO report ${PERIOD}: median ${median(ours).toFixed(2)} s (runs ${ours.map((s) => s.toFixed(2)).join(', ')}); ` +
      `hand-written query median ${median(hand).toFixed(2)} s (runs ${hand.map((s) => s.toFixed(2)).join(', ')}); ratio ${(median(ours) / median(hand)).toFixed(2)}×`,
  );
} finally {
  await handle.close();
  if (!process.argv.includes('--keep')) await database.drop();
}
