import { accessScopeOf } from '../../core/people/access-scope';
import { familyPolicy, type FamilySubject } from '../../core/families/family.policy';
import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import type { Db } from '../../data/db';
import {
  familyExists,
  findFamilyInScope,
  type DbFamilyInScope,
} from '../../data/repositories/families.repository';
import type { UseCaseContext } from '../context';

/** The message of a family that does not exist or is out of the actor's scope. */
export const FAMILY_NOT_FOUND = 'No family with that id.';

/** What the family policy is asked about a family row. */
function familySubjectOf(family: DbFamilyInScope): FamilySubject {
  return { regionId: family.region_id, districtId: family.district_id, districtIds: family.district_ids };
}

/**
 * The family `id` when the actor may take `action` on it: not_found outside their scope,
 * forbidden when they may read it but not do this (STYLE §7: scope checked first thing).
 */
export async function loadFamilyFor(
  ctx: UseCaseContext,
  db: Db,
  id: string,
  action: 'read' | 'update' | 'addMember',
): Promise<DbFamilyInScope> {
  const row = await findFamilyInScope(db, accessScopeOf(ctx.actor), id);
  const family = row && { ...familySubjectOf(row), row };
  authorize(familyPolicy, ctx.actor, action, family, FAMILY_NOT_FOUND);
  return family.row;
}

/**
 * The refusal of an edit whose `where id and version` matched nothing: a 409 when the family is
 * still there (someone changed it since it was read), a 404 when it is gone.
 */
export async function familyEditRefusal(db: Db, id: string): Promise<DomainError> {
  if (!(await familyExists(db, id))) return new DomainError('not_found', FAMILY_NOT_FOUND);
  return new DomainError(
    'conflict',
    'version: someone else changed this family since you opened it; reload it',
    [{ field: 'version', message: 'is stale' }],
  );
}
