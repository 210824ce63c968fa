import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import { childrenInScope } from './scope-filter';

/** Every approved eligibility of a child in scope (one per COE), newest QAD first (none outside the scope). */
export async function listChildEligibilitiesInScope(db: Db, scope: AccessScope, childId: string) {
  return db
    .selectFrom('child_eligibilities')
    .innerJoin('children', 'children.id', 'child_eligibilities.child_id')
    .selectAll('child_eligibilities')
    .where('child_eligibilities.child_id', '=', childId)
    .where((eb) => childrenInScope(eb, scope))
    .orderBy('child_eligibilities.qad', 'desc')
    .orderBy('child_eligibilities.id')
    .execute();
}
