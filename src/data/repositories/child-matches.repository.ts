import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import { childrenInScope } from './scope-filter';

/** Children in scope born on one of `birthDates`: the candidates of the duplicate check. */
export async function findChildrenBornOn(db: Db, scope: AccessScope, birthDates: readonly string[], limit: number) {
  return db
    .selectFrom('children')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .where((eb) => childrenInScope(eb, scope))
    .where('children.birth_date', 'in', [...birthDates])
    .select([
      'children.id',
      'children.student_number',
      'children.first_name',
      'children.middle_name',
      'children.last_surname',
      'children.second_surname',
      'children.birth_date',
      'children.region_id',
      'regions.number as region_number',
      'children.family_id',
      'children.version',
    ])
    .orderBy('children.id')
    .limit(limit)
    .execute();
}
