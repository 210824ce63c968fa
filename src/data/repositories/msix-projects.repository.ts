/**
 * The summer and intersession services the scope's children attended, which the MSIX record sends
 * as Summer/Intersession MEP-Funded Projects (docs/rules/msix.md X7.7).
 */
import { sql } from 'kysely';
import type { Db } from '../db';
import type { MsixScope } from './msix-records.repository';

export interface MsixProjectRow {
  child_id: string;
  project_name: string;
  first_attended_on: string;
  last_attended_on: string;
}

/**
 * Each summer or intersession service enrollment of a child of the scope with a day of
 * attendance: the service's name and the first and last days attended, by child and first day.
 * @scopedBy the region the caller authorized (null: the state, for state roles only)
 */
export async function msixProjectsOf(db: Db, scope: MsixScope): Promise<MsixProjectRow[]> {
  let query = db
    .selectFrom('service_enrollments as e')
    .innerJoin('services as s', 's.id', 'e.service_id')
    .innerJoin('children as c', 'c.student_number', 'e.student_id')
    .select((eb) => [
      'c.id as child_id',
      's.name as project_name',
      eb.ref('e.first_attended_on').$notNull().as('first_attended_on'),
      sql<string>`(select max(a.date) from service_attendance a where a.enrollment_id = e.id)`.as(
        'last_attended_on',
      ),
    ])
    .where('s.term', 'in', ['SUMMER', 'INTERSESSION'])
    .where('e.first_attended_on', 'is not', null)
    .orderBy('c.id')
    .orderBy('e.first_attended_on')
    .orderBy('s.code');
  if (scope.regionId !== null) query = query.where('c.region_id', '=', scope.regionId);
  return query.execute();
}
