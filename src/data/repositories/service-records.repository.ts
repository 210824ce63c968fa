/**
 * The writes of a services folder import (contract services/FORMAT.md). The folder's rows are
 * first loaded into temporary tables of the transaction, then merged into the real tables
 * with set-based statements that touch only what differs: loading the same folder twice
 * changes no row (enrollment ids, attendance and tests stay as they were), and a folder
 * that changes one minute of one attendance row changes that row alone.
 */
import { sql, type RawBuilder } from 'kysely';
import type { ServiceRecords } from '../../core/services/service-records';
import type { Db } from '../db';

/** Rows per statement when loading the folder: a JSON array of a few hundred kilobytes. */
const CHUNK = 5_000;

/** What an import changed, row by row. */
export interface ServiceRecordChanges {
  spans: number;
  assessments: number;
  services: number;
  enrollments: number;
  attendance: number;
  tests: number;
}

function affected(result: { numAffectedRows?: bigint }): number {
  return Number(result.numAffectedRows ?? 0n);
}

/** Load `rows` into a temporary table through JSON arrays expanded by the table's row type. */
async function loadStaging(trx: Db, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK));
    await sql`insert into ${sql.table(table)} select * from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`.execute(
      trx,
    );
  }
}

async function run(trx: Db, statement: RawBuilder<unknown>): Promise<number> {
  return affected(await statement.execute(trx));
}

/**
 * Create the transaction's staging tables and load the folder's rows into them; they are
 * dropped when the transaction ends.
 */
async function stageFolder(trx: Db, records: ServiceRecords): Promise<void> {
  await sql`create temp table import_services (code text primary key) on commit drop`.execute(trx);
  await sql`create temp table import_spans (student_id text, birth_date date, eligible_from date, eligible_to date, grade text, english_learner boolean, disability boolean) on commit drop`.execute(
    trx,
  );
  await sql`create temp table import_enrollments (service_code text, student_id text, enrolled_on date) on commit drop`.execute(
    trx,
  );
  await sql`create temp table import_attendance (service_code text, student_id text, date date, minutes smallint) on commit drop`.execute(
    trx,
  );
  await sql`create temp table import_tests (service_code text, student_id text, kind text, date date, score numeric(12, 2)) on commit drop`.execute(
    trx,
  );
  await loadStaging(
    trx,
    'import_services',
    records.services.map((s) => ({ code: s.serviceId })),
  );
  await loadStaging(
    trx,
    'import_spans',
    records.students.flatMap((student) =>
      student.spans.map((span) => ({
        student_id: student.studentId,
        birth_date: student.birthDate,
        eligible_from: span.from,
        eligible_to: span.to,
        grade: span.grade ?? null,
        english_learner: span.englishLearner ?? false,
        disability: span.disability ?? false,
      })),
    ),
  );
  await loadStaging(
    trx,
    'import_enrollments',
    records.enrollments.map((e) => ({ service_code: e.serviceId, student_id: e.studentId, enrolled_on: e.enrolledOn })),
  );
  await loadStaging(
    trx,
    'import_attendance',
    records.attendance.map((a) => ({
      service_code: a.serviceId,
      student_id: a.studentId,
      date: a.date,
      minutes: a.minutes,
    })),
  );
  await loadStaging(
    trx,
    'import_tests',
    records.tests.map((t) => ({
      service_code: t.serviceId,
      student_id: t.studentId,
      kind: t.kind,
      date: t.date,
      score: t.score,
    })),
  );
  await sql`create index on import_attendance (service_code, student_id, date)`.execute(trx);
  await sql`create index on import_enrollments (service_code, student_id)`.execute(trx);
  await sql`analyze import_services, import_spans, import_enrollments, import_attendance, import_tests`.execute(trx);
}

/** children.csv: the spans of the students it names become exactly the folder's. */
async function mergeSpans(trx: Db): Promise<number> {
  const removed = await run(
    trx,
    sql`delete from student_eligibility_spans s
      where s.student_id in (select student_id from import_spans)
        and not exists (
          select 1 from import_spans i
          where i.student_id = s.student_id and i.eligible_from = s.eligible_from
            and i.eligible_to = s.eligible_to and i.birth_date = s.birth_date
            and i.grade is not distinct from s.grade and i.english_learner = s.english_learner
            and i.disability = s.disability)`,
  );
  const added = await run(
    trx,
    sql`insert into student_eligibility_spans (student_id, birth_date, eligible_from, eligible_to, grade, english_learner, disability)
      select student_id, birth_date, eligible_from, eligible_to, grade, english_learner, disability from import_spans
      on conflict do nothing`,
  );
  return removed + added;
}

/** assessments.csv: each result upserted; a level the folder repeats is left as it is. */
async function mergeAssessments(trx: Db, records: ServiceRecords): Promise<number> {
  let changed = 0;
  for (let i = 0; i < records.assessments.length; i += CHUNK) {
    const json = JSON.stringify(
      records.assessments.slice(i, i + CHUNK).map((a) => ({
        student_id: a.studentId,
        subject: a.subject,
        school_year: a.schoolYear,
        level: a.level,
      })),
    );
    changed += await run(
      trx,
      sql`insert into assessment_results (student_id, subject, school_year, level, source)
        select r.student_id, r.subject, r.school_year, r.level, 'imported'
        from json_to_recordset(${json}::json) as r(student_id text, subject text, school_year text, level smallint)
        on conflict (student_id, subject, school_year) do update
          set level = excluded.level, source = 'imported', recorded_by = null, recorded_at = now()
          where assessment_results.level <> excluded.level`,
    );
  }
  return changed;
}

/** services.csv: each service upserted by its code; an unchanged service is not touched. */
async function mergeServices(
  trx: Db,
  records: ServiceRecords,
  links: { regionIds: ReadonlyMap<number, string>; planVersionId: string },
): Promise<number> {
  const rows = records.services.map((s) => ({
    code: s.serviceId,
    region_id: links.regionIds.get(s.region)!,
    name: s.name,
    term: s.term,
    mpos: s.mpos,
    start_date: s.startDate,
    end_date: s.endDate,
    instrument_min: s.instrument.min,
    instrument_max: s.instrument.max,
    higher_is_better: s.instrument.higherIsBetter,
  }));
  let changed = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK));
    changed += await run(
      trx,
      sql`insert into services (code, region_id, name, term, mpos, start_date, end_date,
          instrument_min, instrument_max, higher_is_better, plan_version_id)
        select r.code, r.region_id, r.name, r.term, array(select json_array_elements_text(r.mpos)),
          r.start_date, r.end_date, r.instrument_min, r.instrument_max, r.higher_is_better, ${links.planVersionId}::uuid
        from json_to_recordset(${json}::json) as r(code text, region_id uuid, name text, term text, mpos json,
          start_date date, end_date date, instrument_min numeric, instrument_max numeric, higher_is_better boolean)
        on conflict (code) do update set
          region_id = excluded.region_id, name = excluded.name, term = excluded.term, mpos = excluded.mpos,
          start_date = excluded.start_date, end_date = excluded.end_date,
          instrument_min = excluded.instrument_min, instrument_max = excluded.instrument_max,
          higher_is_better = excluded.higher_is_better, plan_version_id = excluded.plan_version_id,
          version = services.version + 1, updated_at = now()
        where (services.region_id, services.name, services.term, services.mpos, services.start_date,
            services.end_date, services.instrument_min, services.instrument_max, services.higher_is_better,
            services.plan_version_id)
          is distinct from (excluded.region_id, excluded.name, excluded.term, excluded.mpos, excluded.start_date,
            excluded.end_date, excluded.instrument_min, excluded.instrument_max, excluded.higher_is_better,
            excluded.plan_version_id)`,
    );
  }
  return changed;
}

/** enrollments.csv: the enrollments of the folder's services become exactly the folder's. */
async function mergeEnrollments(trx: Db): Promise<number> {
  const removed = await run(
    trx,
    sql`delete from service_enrollments e
      using services s
      where e.service_id = s.id and s.code in (select code from import_services)
        and not exists (
          select 1 from import_enrollments i where i.service_code = s.code and i.student_id = e.student_id)`,
  );
  const moved = await run(
    trx,
    sql`update service_enrollments e set enrolled_on = i.enrolled_on
      from import_enrollments i join services s on s.code = i.service_code
      where e.service_id = s.id and e.student_id = i.student_id and e.enrolled_on <> i.enrolled_on`,
  );
  const added = await run(
    trx,
    sql`insert into service_enrollments (service_id, student_id, enrolled_on)
      select s.id, i.student_id, i.enrolled_on
      from import_enrollments i join services s on s.code = i.service_code
      on conflict (service_id, student_id) do nothing`,
  );
  return removed + moved + added;
}

/** attendance.csv: the attendance of the folder's enrollments becomes exactly the folder's. */
async function mergeAttendance(trx: Db): Promise<number> {
  const removed = await run(
    trx,
    sql`delete from service_attendance a
      using service_enrollments e, services s
      where a.enrollment_id = e.id and e.service_id = s.id and s.code in (select code from import_services)
        and not exists (
          select 1 from import_attendance i
          where i.service_code = s.code and i.student_id = e.student_id and i.date = a.date)`,
  );
  const written = await run(
    trx,
    sql`insert into service_attendance (enrollment_id, date, minutes)
      select e.id, i.date, i.minutes
      from import_attendance i
      join services s on s.code = i.service_code
      join service_enrollments e on e.service_id = s.id and e.student_id = i.student_id
      on conflict (enrollment_id, date) do update set minutes = excluded.minutes
        where service_attendance.minutes <> excluded.minutes`,
  );
  return removed + written;
}

/**
 * tests.csv: tests have no key of their own, so an enrollment whose tests differ from the
 * folder's in any way has them replaced; an enrollment whose tests are the same keeps them.
 */
async function mergeTests(trx: Db): Promise<number> {
  await sql`create temp table import_changed_tests on commit drop as
    with stored as (
      select t.enrollment_id, string_agg(t.kind || ' ' || t.date || ' ' || t.score, ',' order by t.kind, t.date, t.score) as tests
      from service_tests t
      join service_enrollments e on e.id = t.enrollment_id
      join services s on s.id = e.service_id
      where s.code in (select code from import_services)
      group by t.enrollment_id
    ), folder as (
      select e.id as enrollment_id, string_agg(i.kind || ' ' || i.date || ' ' || i.score, ',' order by i.kind, i.date, i.score) as tests
      from import_tests i
      join services s on s.code = i.service_code
      join service_enrollments e on e.service_id = s.id and e.student_id = i.student_id
      group by e.id
    )
    select coalesce(stored.enrollment_id, folder.enrollment_id) as enrollment_id
    from stored full join folder on folder.enrollment_id = stored.enrollment_id
    where stored.tests is distinct from folder.tests`.execute(trx);
  const removed = await run(
    trx,
    sql`delete from service_tests where enrollment_id in (select enrollment_id from import_changed_tests)`,
  );
  const added = await run(
    trx,
    sql`insert into service_tests (enrollment_id, kind, date, score)
      select e.id, i.kind, i.date, i.score
      from import_tests i
      join services s on s.code = i.service_code
      join service_enrollments e on e.service_id = s.id and e.student_id = i.student_id
      where e.id in (select enrollment_id from import_changed_tests)`,
  );
  return removed + added;
}

/**
 * Merge a read services folder into the database, inside the caller's transaction: spans of
 * the students it names, assessment results, services by code (in `regionIds`, under the plan
 * version `planVersionId`), and for each of its services the enrollments with their
 * attendance and tests. Returns how many rows each part changed (0 everywhere when the
 * database already holds exactly the folder).
 * @statewide an import is the state's: it writes every region's records and returns counts only
 */
export async function mergeServiceRecords(
  trx: Db,
  records: ServiceRecords,
  links: { regionIds: ReadonlyMap<number, string>; planVersionId: string },
): Promise<ServiceRecordChanges> {
  await stageFolder(trx, records);
  const spans = await mergeSpans(trx);
  const assessments = await mergeAssessments(trx, records);
  const services = await mergeServices(trx, records, links);
  const enrollments = await mergeEnrollments(trx);
  const attendance = await mergeAttendance(trx);
  const tests = await mergeTests(trx);
  return { spans, assessments, services, enrollments, attendance, tests };
}
