import { accessScopeOf } from '../../core/people/access-scope';
import { DomainError } from '../../core/common/domain-error';
import type { Db } from '../../data/db';
import {
  findAssessmentResultInScope,
  type AssessmentResultKey,
  type AssessmentResultRow,
} from '../../data/repositories/assessment-results.repository';
import type { UseCaseContext } from '../context';

export const ASSESSMENT_NOT_FOUND = 'No such assessment result.';

/** The error of a change made from a stale read: someone changed or removed the result since. */
export function staleAssessmentResult(): DomainError {
  return new DomainError(
    'conflict',
    'version: someone else changed this result since you read it; reload it',
    [{ field: 'version', message: 'is stale' }],
  );
}

/** A result the actor reaches, or not_found (absent and out of scope look the same). */
export async function resultInScope(
  trx: Db,
  ctx: UseCaseContext,
  key: AssessmentResultKey,
): Promise<AssessmentResultRow> {
  const row = await findAssessmentResultInScope(trx, accessScopeOf(ctx.actor), key);
  if (!row) throw new DomainError('not_found', ASSESSMENT_NOT_FOUND);
  return row;
}
