/**
 * The MPO funnel counts computed in the database (contract services/FORMAT.md
 * "Definitions"): served → in population → dosage met → tested → grew, per MPO, for one
 * performance period, the state or one region, optionally one term. The in-memory reference
 * is `computeMpoReport` in src/core/services/mpo-outcomes.ts; the integration tests hold the
 * two to the same figures. Scores, ranges and thresholds are compared as SQL numerics, so an
 * improvement of exactly the threshold meets it.
 */
import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { PerformancePeriod } from '../../core/recruitment/performance-period';
import type { Mpo, MpoFunnel, ServiceTerm } from '../../core/services/service-records';
import type { Db } from '../db';
import { regionRowsInScope } from './scope-filter';

export interface MpoFunnelQuery {
  mpos: readonly Mpo[];
  period: PerformancePeriod;
  /** One region's services only; the state's when absent. */
  regionId?: string | undefined;
  term?: ServiceTerm | undefined;
  /** The actor's scope: services of regions outside it are not counted. */
  scope: AccessScope;
}

/** An MPO as the query reads it: one row of a JSON array, numbers kept as written (exact decimals). */
function mpoParameterOf(mpo: Mpo) {
  const { population, growth } = mpo;
  return {
    number: mpo.number,
    population_kind: population.kind,
    subject: population.kind === 'belowProficient' ? population.subject : null,
    max_level: population.kind === 'belowProficient' ? population.maxLevel : null,
    min_age: population.kind === 'age' ? population.minAge : null,
    max_age: population.kind === 'age' ? population.maxAge : null,
    min_hours: mpo.minHours,
    growth_kind: growth.kind,
    growth_value:
      growth.kind === 'points'
        ? growth.points
        : growth.kind === 'percentOfRange'
          ? growth.percent
          : growth.kind === 'reach'
            ? growth.score
            : null,
  };
}

/**
 * Run a statewide report query with room to sort and hash in memory, and without JIT
 * compilation: the planner's estimates over the query's CTEs are far too high and JIT would
 * spend seconds compiling a query that runs in about as long.
 */
async function withReportSettings<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  const run = async (trx: Db) => {
    await sql`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(trx);
    return work(trx);
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

interface FunnelRow {
  number: string;
  report_region: string;
  served: number;
  in_population: number;
  dosage_met: number;
  tested: number;
  grew: number;
}

/** The report_region of the figures over every service of the query (a region's own are keyed by its id). */
const ALL_REGIONS = '00000000-0000-0000-0000-000000000000';

/**
 * The funnel of every MPO of `query.mpos`, keyed by MPO number (every MPO is present, with
 * zeros when no one was served). A student counts once per MPO across the services in
 * scope: their minutes add up, and a pair of tests in any of their enrollments can show growth.
 * Reads children's service records only through services inside `regionRowsInScope`.
 */
export async function mpoFunnels(db: Db, query: MpoFunnelQuery): Promise<Map<string, MpoFunnel>> {
  return funnelsOf(await funnelRows(db, query, false), ALL_REGIONS);
}

/**
 * In one pass over the records, the funnels over every service of the query (`all`, each
 * student once) and those of each region's own services (`regions`, keyed by region id: only
 * the regions that served someone), as `mpoFunnels` gives them one query at a time.
 */
export async function mpoFunnelsByRegion(
  db: Db,
  query: Omit<MpoFunnelQuery, 'regionId'>,
): Promise<{ all: Map<string, MpoFunnel>; regions: Map<string, Map<string, MpoFunnel>> }> {
  const rows = await funnelRows(db, query, true);
  const regionIds = new Set(rows.map((row) => row.report_region));
  regionIds.delete(ALL_REGIONS);
  return {
    all: funnelsOf(rows, ALL_REGIONS),
    regions: new Map([...regionIds].map((id) => [id, funnelsOf(rows, id)])),
  };
}

function funnelsOf(rows: readonly FunnelRow[], reportRegion: string): Map<string, MpoFunnel> {
  return new Map(
    rows
      .filter((row) => row.report_region === reportRegion)
      .map((row) => [
        row.number,
        {
          served: row.served,
          inPopulation: row.in_population,
          dosageMet: row.dosage_met,
          tested: row.tested,
          grew: row.grew,
        },
      ]),
  );
}

/**
 * The funnel rows of the query's services under `report_region` ALL_REGIONS and, when
 * `byRegion`, again under each service's own region: every later step is grouped by it too,
 * so a region's minutes and tests count only within its own services.
 */
async function funnelRows(db: Db, query: MpoFunnelQuery, byRegion: boolean): Promise<FunnelRow[]> {
  const mposJson = JSON.stringify(query.mpos.map(mpoParameterOf));
  // A list of values, not a join with the MPOs, so the levels are read in the index's order.
  const subjects = [
    ...new Set(query.mpos.flatMap((mpo) => (mpo.population.kind === 'belowProficient' ? [mpo.population.subject] : []))),
  ];
  const inRegion = query.regionId === undefined ? sql`true` : sql`s.region_id = ${query.regionId}::uuid`;
  const inTerm = query.term === undefined ? sql`true` : sql`s.term = ${query.term}`;
  const inScope = regionRowsInScope(sql.ref('s.region_id'), query.scope);
  const funnelQuery = sql<FunnelRow>`
    with mpo as (
      select * from json_to_recordset(${mposJson}::json) as m(
        number text, population_kind text, subject text, max_level int, min_age int, max_age int,
        min_hours numeric, growth_kind text, growth_value numeric)
    ),
    -- S: the services of the period (a service belongs to the period of its start date)
    period_services as (
      select s.id, s.region_id, s.start_date, s.mpos, s.instrument_min, s.instrument_max, s.higher_is_better
      from services s
      where s.start_date between ${query.period.first}::date and ${query.period.last}::date
        and ${inRegion} and ${inTerm} and ${inScope}
    ),
    aligned as (
      select m.number, r.report_region, e.id as enrollment_id, e.student_id, e.attended_minutes,
        s.start_date, s.instrument_min, s.instrument_max, s.higher_is_better
      from period_services s
      cross join lateral (
        select ${ALL_REGIONS}::uuid as report_region
        union all select s.region_id where ${sql.lit(byRegion)}
      ) r
      join mpo m on m.number = any (s.mpos)
      join service_enrollments e on e.service_id = s.id
    ),
    -- (read whole: one pass over the table beats an index lookup per served student)
    birth_dates as (
      select student_id, min(birth_date) as birth_date from eligibility_spans group by student_id
    ),
    -- the most recent state assessment of each subject before the period (ordered as the
    -- primary key read backward, so no sort of every earlier result)
    prior_levels as (
      select distinct on (student_id, subject) student_id, subject, level
      from assessment_results
      where school_year < ${query.period.name} and subject = any (${subjects}::text[])
      order by student_id desc, subject desc, school_year desc
    ),
    in_population as (
      select a.*
      from aligned a
      join mpo m on m.number = a.number
      left join birth_dates b on b.student_id = a.student_id
      left join prior_levels p on p.student_id = a.student_id and p.subject = m.subject
      where case m.population_kind
        when 'age' then
          extract(year from a.start_date)::int - extract(year from b.birth_date)::int
            - case when to_char(a.start_date, 'MM-DD') < to_char(b.birth_date, 'MM-DD') then 1 else 0 end
            between m.min_age and m.max_age
        when 'belowProficient' then p.level <= m.max_level
        else false
      end
    ),
    population_enrollments as (
      select distinct enrollment_id, higher_is_better from in_population
    ),
    dosage_met as (
      select ip.number, ip.report_region, ip.student_id
      from in_population ip
      join mpo m on m.number = ip.number
      group by ip.number, ip.report_region, ip.student_id, m.min_hours
      having m.min_hours is null or sum(ip.attended_minutes) >= m.min_hours * 60
    ),
    -- each enrollment's pair: its earliest pre (ties: the lower score), its latest post
    -- (ties: the better score), the post dated after the pre
    population_tests as (
      select t.enrollment_id, t.kind, t.date, t.score, pe.higher_is_better
      from service_tests t
      join population_enrollments pe on pe.enrollment_id = t.enrollment_id
    ),
    pre_tests as (
      select distinct on (enrollment_id) enrollment_id, date, score
      from population_tests
      where kind = 'pre'
      order by enrollment_id, date, score
    ),
    post_tests as (
      select distinct on (enrollment_id) enrollment_id, date, score
      from population_tests
      where kind = 'post'
      order by enrollment_id, date desc, case when higher_is_better then score else -score end desc
    ),
    pairs as (
      select pre.enrollment_id, pre.score as pre_score, post.score as post_score
      from pre_tests pre
      join post_tests post on post.enrollment_id = pre.enrollment_id
      where post.date > pre.date
    ),
    outcomes as (
      select ip.number, ip.report_region, ip.student_id, bool_or(
        case m.growth_kind
          when 'anyGain' then g.improvement > 0
          when 'points' then g.improvement >= m.growth_value
          when 'percentOfRange' then g.improvement * 100 >= m.growth_value * (ip.instrument_max - ip.instrument_min)
          when 'reach' then
            case when ip.higher_is_better then p.post_score >= m.growth_value else p.post_score <= m.growth_value end
          else false
        end) as grew
      from in_population ip
      join mpo m on m.number = ip.number
      join dosage_met d
        on d.number = ip.number and d.report_region = ip.report_region and d.student_id = ip.student_id
      join pairs p on p.enrollment_id = ip.enrollment_id
      cross join lateral (
        select case when ip.higher_is_better then p.post_score - p.pre_score else p.pre_score - p.post_score end
          as improvement
      ) g
      group by ip.number, ip.report_region, ip.student_id
    ),
    report_regions as (
      select report_region from aligned group by report_region
      union select ${ALL_REGIONS}::uuid
    )
    select m.number, rr.report_region,
      coalesce(served.n, 0)::int as served,
      coalesce(population.n, 0)::int as in_population,
      coalesce(dosage.n, 0)::int as dosage_met,
      coalesce(tested.n, 0)::int as tested,
      coalesce(tested.grew, 0)::int as grew
    from mpo m
    cross join report_regions rr
    left join (
      select number, report_region, count(*) as n
      from (select distinct number, report_region, student_id from aligned) a
      group by number, report_region
    ) served on served.number = m.number and served.report_region = rr.report_region
    left join (
      select number, report_region, count(distinct student_id) as n from in_population group by number, report_region
    ) population on population.number = m.number and population.report_region = rr.report_region
    left join (select number, report_region, count(*) as n from dosage_met group by number, report_region) dosage
      on dosage.number = m.number and dosage.report_region = rr.report_region
    left join (
      select number, report_region, count(*) as n, count(*) filter (where grew) as grew
      from outcomes group by number, report_region
    ) tested on tested.number = m.number and tested.report_region = rr.report_region`;
  return withReportSettings(db, async (trx) => (await funnelQuery.execute(trx)).rows);
}
