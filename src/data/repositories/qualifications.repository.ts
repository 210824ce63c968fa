import { sql } from 'kysely';
import { PERIOD_START_MONTH } from '../../core/recruitment/performance-period';
import type { QualificationRecord } from '../../core/recruitment/qualification-record';
import type { Db } from '../db';

export interface UpsertSummary {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Write records keyed by (coe_id, student_id): new ones are inserted, changed ones updated,
 * identical ones left alone, so loading the same file twice changes nothing.
 */
export async function upsertQualificationRecords(trx: Db, records: readonly QualificationRecord[], sourceFile: string, chunkSize = 10_000): Promise<UpsertSummary> {
  const summary: UpsertSummary = { inserted: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < records.length; i += chunkSize) {
    const chunk = records.slice(i, i + chunkSize);
    const json = JSON.stringify(
      chunk.map((r) => ({
        student_id: r.studentId,
        coe_id: r.coeId,
        region: r.region,
        birth_date: r.birthDate,
        qad: r.qad,
        residency_date: r.residencyDate,
        recruitment_date: r.recruitmentDate,
        worker_move_date: r.workerMoveDate,
        moved_with_worker: r.movedWithWorker,
        prior_coe: r.priorCoe,
        source_file: sourceFile,
      })),
    );
    const result = await sql<{ inserted: boolean }>`
      insert into qualification_records (student_id, coe_id, region, birth_date, qad, residency_date, recruitment_date, worker_move_date, moved_with_worker, prior_coe, source_file)
      select student_id, coe_id, region, birth_date, qad, residency_date, recruitment_date, worker_move_date, moved_with_worker, prior_coe, source_file
      from json_populate_recordset(null::qualification_records, ${json}::json)
      on conflict (coe_id, student_id) do update set
        region = excluded.region, birth_date = excluded.birth_date, qad = excluded.qad, residency_date = excluded.residency_date,
        recruitment_date = excluded.recruitment_date, worker_move_date = excluded.worker_move_date,
        moved_with_worker = excluded.moved_with_worker, prior_coe = excluded.prior_coe, source_file = excluded.source_file, imported_at = now()
      where (qualification_records.region, qualification_records.birth_date, qualification_records.qad, qualification_records.residency_date,
             qualification_records.recruitment_date, qualification_records.worker_move_date, qualification_records.moved_with_worker, qualification_records.prior_coe)
        is distinct from (excluded.region, excluded.birth_date, excluded.qad, excluded.residency_date,
             excluded.recruitment_date, excluded.worker_move_date, excluded.moved_with_worker, excluded.prior_coe)
      returning (xmax = 0) as inserted`.execute(trx);
    const inserted = result.rows.filter((row) => row.inserted).length;
    summary.inserted += inserted;
    summary.updated += result.rows.length - inserted;
    summary.unchanged += chunk.length - result.rows.length;
  }
  return summary;
}

/** The counts of one period as the database computes them. */
export interface PeriodCountRow {
  start_year: number;
  qualified: number;
  newly_qualified: number;
  subsequent_move: number;
  subsequent_move_by_basis: number;
  lt30: number;
  m1to2: number;
  m2to6: number;
  m6to12: number;
  gt12: number;
  within_60: number;
  within_90: number;
  families: number;
  new_families: number;
  families_within_90: number;
}

/**
 * The data packet's counts for the periods starting in `fromYear`..`toYear`, in one query
 * (rules in src/core/recruitment/data-packet.ts, which the integration tests hold it to).
 * One pass over each student's rows in order (the index gives it): an unstated prior COE is
 * decided by whether an earlier row exists, and a row is the student's row for its period when
 * the row before it (in the region, for a region's packet) falls in another period. The
 * students' rows for a period are then grouped by family (DP1.3): the COE's family, else the
 * COE; a family's first row is its earliest by recruitment date, coe_id, QAD and student.
 */
export async function countQualificationPeriods(db: Db, options: { fromYear: number; toYear: number; region?: number | undefined }): Promise<PeriodCountRow[]> {
  const periodOf = (column: string) => sql<number>`(extract(year from ${sql.ref(column)})::int - case when extract(month from ${sql.ref(column)}) < ${sql.lit(PERIOD_START_MONTH)} then 1 else 0 end)`;
  const forRegion = options.region !== undefined;
  const result = await sql<PeriodCountRow>`
    with ordered as (
      select student_id, coe_id, qad, residency_date, recruitment_date, worker_move_date, moved_with_worker, region, basis,
        coalesce('family:' || family_id, 'coe:' || coe_id) as family_key,
        ${periodOf('recruitment_date')} as start_year,
        coalesce(prior_coe, row_number() over by_student > 1) as prior,
        lag(recruitment_date) over ${forRegion ? sql`by_student_in_region` : sql`by_student`} as previous_recruitment
      from qualification_rows
      window by_student as (partition by student_id order by recruitment_date, coe_id),
             by_student_in_region as (partition by student_id, region order by recruitment_date, coe_id)
    ),
    counted as (
      select * from ordered
      where start_year between ${options.fromYear} and ${options.toYear}
        ${forRegion ? sql`and region = ${options.region}` : sql``}
        and (previous_recruitment is null or ${periodOf('previous_recruitment')} <> start_year)
    ),
    students as (
      select start_year,
        count(*)::int as qualified,
        count(*) filter (where not prior)::int as newly_qualified,
        count(*) filter (where moved_with_worker and qad > worker_move_date)::int as subsequent_move,
        count(*) filter (where coalesce(basis = 'sqm', qad > worker_move_date))::int as subsequent_move_by_basis,
        count(*) filter (where not prior and recruitment_date - residency_date < 30)::int as lt30,
        count(*) filter (where not prior and recruitment_date - residency_date between 30 and 60)::int as m1to2,
        count(*) filter (where not prior and recruitment_date - residency_date between 61 and 182)::int as m2to6,
        count(*) filter (where not prior and recruitment_date - residency_date between 183 and 365)::int as m6to12,
        count(*) filter (where not prior and recruitment_date - residency_date >= 366)::int as gt12,
        count(*) filter (where recruitment_date - qad <= 60)::int as within_60,
        count(*) filter (where recruitment_date - qad <= 90)::int as within_90
      from counted
      group by start_year
    ),
    families as (
      select start_year,
        bool_and(not prior) as is_new,
        (array_agg(recruitment_date - qad order by recruitment_date, coe_id, qad, student_id))[1] <= 90 as within_90
      from counted
      group by start_year, family_key
    )
    select s.*,
      (select count(*)::int from families f where f.start_year = s.start_year) as families,
      (select count(*) filter (where f.is_new)::int from families f where f.start_year = s.start_year) as new_families,
      (select count(*) filter (where f.within_90)::int from families f where f.start_year = s.start_year) as families_within_90
    from students s
    order by s.start_year`.execute(db);
  return result.rows;
}
