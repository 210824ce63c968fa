/**
 * The parents and guardians of the scope's children, whose names the MSIX record sends as the
 * male and the female parent (docs/rules/msix.md X7.4).
 */
import type { Db } from '../db';
import type { FamilyMemberSex, FamilyRelation } from '../tables';
import type { MsixScope } from './msix-records.repository';

export interface MsixParentRow {
  child_id: string;
  relation: FamilyRelation;
  sex: FamilyMemberSex | null;
  first_name: string;
  last_surname: string;
  second_surname: string | null;
}

/**
 * Each parent or guardian of the family of a child of the scope, by child and in the order the
 * members were recorded: one query for the whole scope.
 * @scopedBy the region the caller authorized (null: the state, for state roles only)
 */
export async function msixParentsOf(db: Db, scope: MsixScope): Promise<MsixParentRow[]> {
  let query = db
    .selectFrom('family_members as m')
    .innerJoin('children as c', 'c.family_id', 'm.family_id')
    .select(['c.id as child_id', 'm.relation', 'm.sex', 'm.first_name', 'm.last_surname', 'm.second_surname'])
    .where('m.relation', 'in', ['parent', 'guardian'])
    .where('c.merged_into_id', 'is', null)
    .orderBy('c.id')
    .orderBy('m.recorded_order');
  if (scope.regionId !== null) query = query.where('c.region_id', '=', scope.regionId);
  return query.execute();
}
