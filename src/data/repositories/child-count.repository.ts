/**
 * The federal child counts (contract services/FORMAT.md "The federal child counts";
 * docs/rules/services.md S5) computed in the database, for a performance period: Category 1,
 * students eligible and aged 3 through 21 on at least one day of the period; Category 2, those
 * of them who attended a summer or intersession service on such a day; each child with the day
 * and span that qualified them (S5.6) and their age/grade group (S5.4). The in-memory
 * reference is src/core/services/child-count.ts; tests/integration/child-counts.test.ts keeps
 * the two equal.
 */
import { sql, type RawBuilder } from 'kysely';
import type { CalendarDate } from '../../core/common/calendar-date';
import { AGE_GRADE_GROUPS, GRADE_SPELLINGS, type AgeGradeGroup } from '../../core/services/child-count-groups';
import type { ChildCountBreakdown, ChildCountEntry, CountPair } from '../../core/services/child-count';
import type { PerformancePeriod } from '../../core/recruitment/performance-period';
import type { ServiceRecords, ServiceTerm } from '../../core/services/service-records';
import type { Db } from '../db';

export interface ChildCounts {
  category1: number;
  category2: number;
}

export interface ChildCountQuery {
  period: PerformancePeriod;
  /** A region's counts (S5.3); the state's without. */
  regionId?: string | undefined;
}

/** S5.4: the grade a record's text names, as SQL, from the core's own table of spellings. */
const GRADE_CODE = sql`case upper(trim(grade)) ${sql.join(
  Object.entries(GRADE_SPELLINGS).map(([spelling, code]) => sql`when ${sql.lit(spelling)} then ${sql.lit(code)}`),
  sql` `,
)} end`;

/** The day someone turns `years` (S2.2: a 29 February birthday falls on 1 March in a common year). */
const birthday = (years: number) => sql`((birth_date - 1) + ${sql.raw(`interval '${years} years'`)})::date + 1`;

/**
 * The `with` clause every query here starts from: `entries`, one row per Category 1 child of
 * the scope with their qualifying day and span, its grade and flags, their age/grade group and
 * their first Category 2 day and service (null when not in Category 2).
 */
export function withEntries(
  { period, regionId }: ChildCountQuery,
  onlyStudents: RawBuilder<boolean> = sql`true`,
): RawBuilder<unknown> {
  const { first, last } = period;
  // S5.3: a region's counts are those of the students enrolled in its services that overlap
  // the period, and Category 2 counts only its own services' attendance.
  const ofRegion =
    regionId === undefined
      ? sql`true`
      : sql`sp.student_id in (select pe.student_id from period_enrollments pe where pe.region_id = ${regionId}::uuid)`;
  const serviceOfRegion = regionId === undefined ? sql`true` : sql`pe.region_id = ${regionId}::uuid`;
  return sql`
    with period_enrollments as (
      -- S4.7: a day of attendance is within its service's dates, so only the services that
      -- overlap the period can hold one of its days.
      select e.id, e.student_id, e.first_attended_on, s.region_id, s.term, s.code
      from services s join service_enrollments e on e.service_id = s.id
      where s.start_date <= ${last}::date and s.end_date >= ${first}::date
    ),
    spans as (
      select sp.student_id, sp.birth_date, sp.eligible_from, sp.eligible_to, sp.grade,
        sp.english_learner, sp.disability,
        ${birthday(3)} as third_birthday, ${birthday(6)} as sixth_birthday, ${birthday(22)} as twenty_second_birthday
      from eligibility_spans sp
      where sp.eligible_from <= ${last}::date and sp.eligible_to >= ${first}::date and ${ofRegion}
        and ${onlyStudents}
    ),
    qualified as (
      select distinct on (student_id) student_id, birth_date, eligible_from, eligible_to,
        ${GRADE_CODE} as grade_code, english_learner, disability, sixth_birthday,
        greatest(eligible_from, ${first}::date, third_birthday) as day
      from spans
      where greatest(eligible_from, ${first}::date, third_birthday)
        <= least(eligible_to, ${last}::date, twenty_second_birthday - 1)
      order by student_id, day, eligible_from, eligible_to
    ),
    summer_days as (
      -- S5.6: each child's first such day in each region's services and, on equal days, the
      -- service whose code sorts first (the least "day code" text). An enrollment's first day
      -- within a span, of age and in the period is its first day of attendance when that falls
      -- inside (most do); only when it comes before is the day one step of the attendance index.
      select region_id, student_id, min(to_char(day, 'YYYY-MM-DD') || ' ' || code collate "C") as first_day
      from (
        select pe.region_id, pe.student_id, pe.code,
          case
            when pe.first_attended_on > w.last_day then null
            when pe.first_attended_on >= w.first_day then pe.first_attended_on
            else (select a.date from service_attendance a
              where a.enrollment_id = pe.id and a.date between w.first_day and w.last_day
              order by a.date limit 1)
          end as day
        from period_enrollments pe
        join spans sp on sp.student_id = pe.student_id
        cross join lateral (
          select greatest(${first}::date, sp.eligible_from, sp.third_birthday) as first_day,
            least(${last}::date, sp.eligible_to, sp.twenty_second_birthday - 1) as last_day
        ) w
        where pe.term in ('SUMMER', 'INTERSESSION') and ${serviceOfRegion} and pe.first_attended_on is not null
      ) days
      where day is not null
      group by region_id, student_id
    ),
    summer as (
      select student_id, min(first_day collate "C") as first_day from summer_days group by student_id
    ),
    entries as (
      select q.student_id, q.birth_date, q.day, q.eligible_from, q.eligible_to,
        q.english_learner, q.disability, substr(su.first_day, 1, 10)::date as summer_day,
        substr(su.first_day, 12) as summer_service,
        case when q.grade_code is not null and q.grade_code <> 'PK' then q.grade_code
          when q.day < q.sixth_birthday then 'AGE3TO5NOTK' else 'MISSING' end as age_grade_group
      from qualified q left join summer su on su.student_id = q.student_id
    )`;
}

/**
 * Runs one of this file's statewide queries with settings fit for it, local to a transaction
 * (the caller's, or one of its own): memory for its sorts and hashes of a state's children,
 * which the server's default 4 MB sends to disk, and no JIT compilation, which the planner
 * chooses on its guesses of the CTEs' rows and which cost about a second per query at 500,000
 * children for no gain (docs/benchmarks.md, the federal child counts).
 */
async function withReportSettings<T>(db: Db, run: (db: Db) => Promise<T>): Promise<T> {
  const inside = async (trx: Db) => {
    await sql`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(trx);
    return run(trx);
  };
  return db.isTransaction ? inside(db) : db.transaction().execute(inside);
}

/**
 * Category 1 and Category 2 for `period`, statewide or for the students enrolled in a service
 * of one region that overlaps the period.
 * @statewide the federal counts are the state's figures: only two numbers leave the database
 */
export async function childCount(db: Db, query: ChildCountQuery): Promise<ChildCounts> {
  const { rows } = await withReportSettings(db, (trx) =>
    sql<ChildCounts>`${withEntries(query)}
      select count(*)::int as category1, count(summer_day)::int as category2 from entries`.execute(trx),
  );
  return rows[0]!;
}

export interface RegionChildCounts extends CountPair {
  regionId: string;
  number: number;
  name: string;
}

/** The breakdowns of a count and, for the state, each region's counts. */
export interface ChildCountFigures {
  breakdown: ChildCountBreakdown;
  /** Null for a region's figures. */
  regions: RegionChildCounts[] | null;
}

type FigureRow = {
  kind: 'group' | 'region';
  key: string;
  category1: number;
  category2: number;
  el1: number;
  el2: number;
  dis1: number;
  dis2: number;
};

/**
 * S5.3, S5.5: the (region, student) pairs of the period's enrollments, from which the figures
 * count each region's Category 1 children and, with `summer_days`, its Category 2 children.
 */
function regionRows(): RawBuilder<unknown> {
  return sql`,
    served as (select distinct region_id, student_id from period_enrollments)`;
}

/**
 * S5.3–S5.5: the counts by age/grade group (every group, zeros included), English learners
 * and children with disabilities, and for the state each region's counts (every region that
 * has a service, by number), from one reading of the records.
 * @statewide the state's figures: one row per group and per region leaves the database
 */
export async function childCountFigures(db: Db, query: ChildCountQuery): Promise<ChildCountFigures> {
  const state = query.regionId === undefined;
  const { rows } = await withReportSettings(db, (trx) =>
    sql<FigureRow>`${withEntries(query)}${state ? regionRows() : sql``}
    select 'group' as kind, age_grade_group as key, count(*)::int as category1, count(summer_day)::int as category2,
      (count(*) filter (where english_learner))::int as el1,
      (count(summer_day) filter (where english_learner))::int as el2,
      (count(*) filter (where disability))::int as dis1,
      (count(summer_day) filter (where disability))::int as dis2
    from entries group by age_grade_group
    ${
      state
        ? sql`union all
    select 'region', sv.region_id::text, count(*)::int, count(sr.student_id)::int, 0, 0, 0, 0
    from served sv
    join entries en on en.student_id = sv.student_id
    left join summer_days sr on sr.region_id = sv.region_id and sr.student_id = sv.student_id
    group by sv.region_id`
        : sql``
    }`.execute(trx),
  );
  const groupRows = rows.filter((row) => row.kind === 'group');
  const sum = (pick: (row: FigureRow) => number) => groupRows.reduce((total, row) => total + pick(row), 0);
  const byKey = new Map(rows.map((row) => [`${row.kind} ${row.key}`, row]));
  const breakdown: ChildCountBreakdown = {
    category1: sum((r) => r.category1),
    category2: sum((r) => r.category2),
    groups: AGE_GRADE_GROUPS.map((group) => ({
      group,
      category1: byKey.get(`group ${group}`)?.category1 ?? 0,
      category2: byKey.get(`group ${group}`)?.category2 ?? 0,
    })),
    englishLearners: { category1: sum((r) => r.el1), category2: sum((r) => r.el2) },
    disabilities: { category1: sum((r) => r.dis1), category2: sum((r) => r.dis2) },
  };
  if (!state) return { breakdown, regions: null };
  const regions = await db
    .selectFrom('regions')
    .select(['id', 'number', 'name'])
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('services').select('services.id').whereRef('services.region_id', '=', 'regions.id')),
    )
    .orderBy('number')
    .execute();
  return {
    breakdown,
    regions: regions.map((r) => ({
      regionId: r.id,
      number: r.number,
      name: r.name,
      category1: byKey.get(`region ${r.id}`)?.category1 ?? 0,
      category2: byKey.get(`region ${r.id}`)?.category2 ?? 0,
    })),
  };
}

interface EntryRow {
  student_id: string;
  birth_date: CalendarDate;
  day: CalendarDate;
  eligible_from: CalendarDate;
  eligible_to: CalendarDate;
  english_learner: boolean;
  disability: boolean;
  summer_day: CalendarDate | null;
  summer_service: string | null;
  age_grade_group: AgeGradeGroup;
}

const entryOf = (row: EntryRow): ChildCountEntry => ({
  studentId: row.student_id,
  birthDate: row.birth_date,
  day: row.day,
  span: { from: row.eligible_from, to: row.eligible_to },
  category2:
    row.summer_day === null ? null : { day: row.summer_day, serviceId: row.summer_service! },
  group: row.age_grade_group,
  englishLearner: row.english_learner,
  disability: row.disability,
});

export interface ChildCountListQuery extends ChildCountQuery {
  category: 1 | 2;
  group?: AgeGradeGroup | undefined;
  offset: number;
  limit: number;
}

/**
 * S5.6: one page of a count's children, by student number, each with why they count.
 * @unbounded `limit` bounds the page
 */
export async function childCountPage(
  db: Db,
  query: ChildCountListQuery,
): Promise<{ total: number; entries: ChildCountEntry[] }> {
  const ofCategory = query.category === 2 ? sql`summer_day is not null` : sql`true`;
  const ofGroup = query.group === undefined ? sql`true` : sql`age_grade_group = ${query.group}`;
  const { rows } = await withReportSettings(db, (trx) =>
    sql<EntryRow & { total: number }>`${withEntries(query)}
      select entries.*, (count(*) over ())::int as total from entries
      where ${ofCategory} and ${ofGroup}
      order by student_id collate "C"
      limit ${query.limit} offset ${query.offset}`.execute(trx),
  );
  if (rows.length === 0 && query.offset > 0) {
    const { rows: counted } = await withReportSettings(db, (trx) =>
      sql<{ total: number }>`${withEntries(query)}
        select count(*)::int as total from entries where ${ofCategory} and ${ofGroup}`.execute(trx),
    );
    return { total: counted[0]!.total, entries: [] };
  }
  return { total: rows[0]?.total ?? 0, entries: rows.map(entryOf) };
}

/**
 * Every child of a count, by student number, for an export; or only those `onlyStudents`
 * (a condition on `sp.student_id`) keeps.
 * @statewide the federal files' list of children: every counted child of the period
 */
export async function allChildCountEntries(
  db: Db,
  query: ChildCountQuery,
  onlyStudents?: RawBuilder<boolean>,
): Promise<ChildCountEntry[]> {
  const { rows } = await withReportSettings(db, (trx) =>
    sql<EntryRow>`${withEntries(query, onlyStudents)}
      select * from entries order by student_id collate "C"`.execute(trx),
  );
  return rows.map(entryOf);
}

/**
 * What the child counts read of one student for a period (S5.6): their spans, the services
 * they are enrolled in and their days there within the period, so the core can
 * say whether and why they count.
 * @scopedBy the answer the core gives from these rows is the state's for a state reader, and
 * for a region only whether the child is one of the region's own and why (core
 * explainChildCount answers `not_served_in_region` first)
 */
export async function childCountRecordsOf(
  db: Db,
  studentId: string,
  period: PerformancePeriod,
): Promise<ServiceRecords> {
  const { first, last } = period;
  const spans = await db
    .selectFrom('eligibility_spans')
    .select(['birth_date', 'eligible_from', 'eligible_to', 'grade', 'english_learner', 'disability'])
    .where('student_id', '=', studentId)
    .execute();
  const { rows: services } = await sql<{
    code: string;
    number: number;
    term: ServiceTerm;
    start_date: CalendarDate;
    end_date: CalendarDate;
    days: CalendarDate[] | null;
  }>`select s.code, r.number, s.term, s.start_date, s.end_date,
      (select array_agg(to_char(a.date, 'YYYY-MM-DD') order by a.date) from service_attendance a
        where a.enrollment_id = e.id and a.date between ${first}::date and ${last}::date) as days
    from service_enrollments e join services s on s.id = e.service_id join regions r on r.id = s.region_id
    where e.student_id = ${studentId}`.execute(
    db,
  );
  const birthDate = spans[0]?.birth_date;
  return {
    mpos: [],
    students:
      birthDate === undefined
        ? []
        : [
            {
              studentId,
              birthDate,
              spans: spans.map((span) => ({
                from: span.eligible_from,
                to: span.eligible_to,
                grade: span.grade,
                englishLearner: span.english_learner,
                disability: span.disability,
              })),
            },
          ],
    assessments: [],
    services: services.map((s) => ({
      serviceId: s.code,
      region: s.number,
      name: s.code,
      term: s.term,
      mpos: [],
      startDate: s.start_date,
      endDate: s.end_date,
      instrument: { min: 0, max: 1, higherIsBetter: true },
    })),
    enrollments: services.map((s) => ({ serviceId: s.code, studentId, enrolledOn: s.start_date })),
    attendance: services.flatMap((s) =>
      (s.days ?? []).map((date) => ({ serviceId: s.code, studentId, date, minutes: 1 })),
    ),
    tests: [],
  };
}
