import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { coePolicy, type CoeSubject } from '../../core/recruitment/coe.policy';
import type { Db } from '../../data/db';
import { findCoeRow, type DbCoe } from '../../data/repositories/coes.repository';
import type { UseCaseContext } from '../context';

export const COE_NOT_FOUND = 'No COE with that id.';

/** What the COE policy judges of a stored COE. */
export function coeSubjectOf(coe: DbCoe): CoeSubject {
  return {
    regionId: coe.region_id,
    districtId: coe.district_id,
    status: coe.status,
    recruiterId: coe.recruiter_id,
  };
}

/** Load a COE the actor may read, or raise `not_found` (never revealing that it exists). */
export async function loadReadableCoe(ctx: UseCaseContext, db: Db, id: string): Promise<DbCoe> {
  const coe = await findCoeRow(db, accessScopeOf(ctx.actor), id);
  if (!coe) throw new DomainError('not_found', COE_NOT_FOUND);
  authorize(coePolicy, ctx.actor, 'read', coeSubjectOf(coe), COE_NOT_FOUND);
  return coe;
}

/** The error of a change that lost the race: someone else changed the COE since it was read. */
export function staleCoeVersion(): DomainError {
  return new DomainError('conflict', 'version: someone else changed this COE; reload it', [
    { field: 'version', message: 'is stale' },
  ]);
}
