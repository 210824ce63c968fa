/**
 * The federal child counts (contract services/FORMAT.md "The federal child counts") computed
 * in the database, for a performance period: Category 1, students eligible and aged 3 through
 * 21 on at least one day of the period; Category 2, those of them who attended a summer or
 * intersession service on such a day. The in-memory reference is `computeChildCount` in
 * src/core/services/child-count.ts.
 */
import { sql } from 'kysely';
import type { PerformancePeriod } from '../../core/recruitment/performance-period';
import type { Db } from '../db';

export interface ChildCounts {
  category1: number;
  category2: number;
}

/**
 * Category 1 and Category 2 for `period`, statewide or for the students enrolled in a service
 * of one region that overlaps the period.
 * @statewide the federal counts are the state's figures: only two numbers leave the database
 */
export async function childCount(
  db: Db,
  query: { period: PerformancePeriod; regionId?: string | undefined },
): Promise<ChildCounts> {
  const { first, last } = query.period;
  // S5.3: a region's counts are those of the students enrolled in its services that overlap
  // the period, and Category 2 counts only its own services' attendance.
  const ofRegion =
    query.regionId === undefined
      ? sql`true`
      : sql`sp.student_id in (
          select e.student_id from service_enrollments e join services s on s.id = e.service_id
          where s.region_id = ${query.regionId}::uuid and s.start_date <= ${last}::date and s.end_date >= ${first}::date)`;
  const serviceOfRegion = query.regionId === undefined ? sql`true` : sql`s.region_id = ${query.regionId}::uuid`;
  const { rows } = await sql<ChildCounts>`
    with spans as (
      -- S2.3: the 3rd and 22nd birthdays (a 29 February birthday falls on 1 March in a common year)
      select sp.student_id, sp.eligible_from, sp.eligible_to,
        ((sp.birth_date - 1) + interval '3 years')::date + 1 as third_birthday,
        ((sp.birth_date - 1) + interval '22 years')::date + 1 as twenty_second_birthday
      from eligibility_spans sp
      where sp.eligible_from <= ${last}::date and sp.eligible_to >= ${first}::date and ${ofRegion}
    ),
    category1 as (
      select distinct student_id from spans
      where greatest(eligible_from, ${first}::date, third_birthday)
        <= least(eligible_to, ${last}::date, twenty_second_birthday - 1)
    ),
    category2 as (
      select distinct e.student_id
      from service_attendance a
      join service_enrollments e on e.id = a.enrollment_id
      join services s on s.id = e.service_id
      join spans sp on sp.student_id = e.student_id
      where s.term in ('SUMMER', 'INTERSESSION') and ${serviceOfRegion}
        and a.date between ${first}::date and ${last}::date
        and a.date between sp.eligible_from and sp.eligible_to
        and a.date >= sp.third_birthday and a.date < sp.twenty_second_birthday
    )
    select (select count(*) from category1)::int as category1, (select count(*) from category2)::int as category2`.execute(
    db,
  );
  return rows[0]!;
}
