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
