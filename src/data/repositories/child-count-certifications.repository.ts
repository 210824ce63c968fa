/**
 * Certifications of a period's federal child counts (docs/rules/services.md S5.7): the figures
 * as they were and each child counted, and the differences of today's counts from them.
 */
import { sql } from 'kysely';
import { DomainError } from '../../core/common/domain-error';
import type { CalendarDate } from '../../core/common/calendar-date';
import type { Db } from '../db';
import { withEntries, type ChildCountQuery } from './child-count.repository';

export interface CertificationRow {
  id: string;
  period: string;
  category1: number;
  category2: number;
  figures: unknown;
  certifiedByLabel: string;
  certifiedAt: Date;
}

/** The latest certification of a period, or undefined when it was never certified. */
export async function latestCertification(db: Db, period: string): Promise<CertificationRow | undefined> {
  return db
    .selectFrom('child_count_certifications')
    .select([
      'id',
      'period',
      'category1',
      'category2',
      'figures',
      'certified_by_label as certifiedByLabel',
      'certified_at as certifiedAt',
    ])
    .where('period', '=', period)
    .orderBy('certified_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Keep a certification of the state's counts: its figures, and every child counted now with
 * whether they are in Category 2, copied inside the database.
 * @statewide a certification is the state's: it keeps every counted child of the period
 */
export async function insertCertification(
  trx: Db,
  query: ChildCountQuery,
  values: { category1: number; category2: number; figures: unknown; certifiedBy: string | null; label: string },
): Promise<{ id: string; certifiedAt: Date }> {
  const row = await trx
    .insertInto('child_count_certifications')
    .values({
      period: query.period.name,
      category1: values.category1,
      category2: values.category2,
      figures: JSON.stringify(values.figures),
      certified_by: values.certifiedBy,
      certified_by_label: values.label,
    })
    .returning(['id', 'certified_at as certifiedAt'])
    .executeTakeFirstOrThrow();
  const { rows } = await sql<{ category1: number; category2: number }>`${withEntries(query)},
    kept as (
      insert into child_count_certified_children (certification_id, student_id, category2)
      select ${row.id}::uuid, student_id, summer_day is not null from entries
      returning category2
    )
    select count(*)::int as category1, (count(*) filter (where category2))::int as category2 from kept`.execute(trx);
  // The figures were read before this transaction: the kept children must be those figures.
  if (rows[0]!.category1 !== values.category1 || rows[0]!.category2 !== values.category2)
    throw new DomainError('conflict', 'The records changed while the counts were being certified; certify again.');
  return row;
}

/** One child whose counting changed since the certification, in one category. */
export interface CountDifference {
  studentId: string;
  category: 1 | 2;
  change: 'added' | 'removed';
  /** Today's qualifying day (for a child counted today), or null. */
  day: CalendarDate | null;
  /** Today's Category 2 day and service, or null. */
  summerDay: CalendarDate | null;
  summerService: string | null;
}

/**
 * S5.7: the children counted today and not at the certification (added) or then and not
 * today (removed), per category, by student number: the page `page` asks for (every row when
 * its limit is null), with the totals.
 * @statewide compares the state's counts with the state's certification
 */
export async function certificationDifferences(
  db: Db,
  query: ChildCountQuery,
  certificationId: string,
  page: { limit: number | null; offset: number },
): Promise<{ totals: Record<'added1' | 'removed1' | 'added2' | 'removed2', number>; rows: CountDifference[] }> {
  const { rows } = await sql<CountDifference>`${withEntries(query)},
    certified as (
      select student_id, category2 from child_count_certified_children where certification_id = ${certificationId}::uuid
    ),
    compared as (
      select coalesce(n.student_id, c.student_id) as student_id,
        n.student_id is not null as now1, c.student_id is not null as then1,
        n.summer_day is not null as now2, coalesce(c.category2, false) as then2,
        n.day, n.summer_day, n.summer_service
      from entries n full join certified c on c.student_id = n.student_id
    ),
    changes as (
      select student_id, 1 as category, case when now1 then 'added' else 'removed' end as change, day, summer_day, summer_service
      from compared where now1 <> then1
      union all
      select student_id, 2, case when now2 then 'added' else 'removed' end, day, summer_day, summer_service
      from compared where now2 <> then2
    )
    select student_id as "studentId", category, change, day, summer_day as "summerDay",
      summer_service as "summerService"
    from changes order by student_id collate "C", category
    limit ${page.limit} offset ${page.offset}`.execute(db);
  const { rows: totals } = await sql<{ key: string; total: number }>`${withEntries(query)},
    certified as (
      select student_id, category2 from child_count_certified_children where certification_id = ${certificationId}::uuid
    ),
    compared as (
      select n.student_id is not null as now1, c.student_id is not null as then1,
        n.summer_day is not null as now2, coalesce(c.category2, false) as then2
      from entries n full join certified c on c.student_id = n.student_id
    )
    select 'added1' as key, (count(*) filter (where now1 and not then1))::int as total from compared
    union all select 'removed1', (count(*) filter (where then1 and not now1))::int from compared
    union all select 'added2', (count(*) filter (where now2 and not then2))::int from compared
    union all select 'removed2', (count(*) filter (where then2 and not now2))::int from compared`.execute(db);
  const total = (key: string) => totals.find((t) => t.key === key)?.total ?? 0;
  return {
    totals: { added1: total('added1'), removed1: total('removed1'), added2: total('added2'), removed2: total('removed2') },
    rows: rows.map(({ studentId, category, change, day, summerDay, summerService }) => ({
      studentId,
      category: Number(category) as 1 | 2,
      change,
      day,
      summerDay,
      summerService,
    })),
  };
}
