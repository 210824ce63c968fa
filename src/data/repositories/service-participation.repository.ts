import type { AccessScope } from '../../core/people/access-scope';
import type { PerformancePeriod } from '../../core/recruitment/performance-period';
import type { ServiceTerm } from '../../core/services/service-records';
import type { Db } from '../db';
import { regionRowsInScope } from './scope-filter';

/** What one term of a period served, as counted in the database. */
export interface TermParticipationRow {
  term: ServiceTerm;
  childrenServed: number;
  enrollments: number;
  minutes: number;
}

/**
 * A subgrantee's participation in a performance period (services belong to the period of
 * their start date): per term, the distinct children enrolled, the enrollments and the
 * attended minutes; and the distinct children over every term. Reads enrollments and
 * attendance only through the region's services inside the actor's scope.
 */
export async function serviceParticipation(
  db: Db,
  query: { regionId: string; period: PerformancePeriod; scope: AccessScope },
): Promise<{ perTerm: TermParticipationRow[]; distinctChildren: number }> {
  const enrollments = db
    .selectFrom('services as s')
    .innerJoin('service_enrollments as e', 'e.service_id', 's.id')
    .where('s.region_id', '=', query.regionId)
    .where('s.start_date', '>=', query.period.first)
    .where('s.start_date', '<=', query.period.last)
    .where((eb) => regionRowsInScope(eb.ref('s.region_id'), query.scope));
  const [perTerm, total] = await Promise.all([
    enrollments
      .leftJoin('service_attendance as a', 'a.enrollment_id', 'e.id')
      .select((eb) => [
        's.term',
        eb.fn.count<string>('e.student_id').distinct().as('children'),
        eb.fn.count<string>('e.id').distinct().as('enrollments'),
        eb.fn.coalesce(eb.fn.sum<string>('a.minutes'), eb.val('0')).as('minutes'),
      ])
      .groupBy('s.term')
      .execute(),
    enrollments
      .select((eb) => eb.fn.count<string>('e.student_id').distinct().as('children'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    perTerm: perTerm.map((row) => ({
      term: row.term,
      childrenServed: Number(row.children),
      enrollments: Number(row.enrollments),
      minutes: Number(row.minutes),
    })),
    distinctChildren: Number(total.children),
  };
}
