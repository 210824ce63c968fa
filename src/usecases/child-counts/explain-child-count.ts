import { DomainError } from '../../core/common/domain-error';
import { explainChildCount, type ChildCountAnswer } from '../../core/services/child-count';
import { childCountRecordsOf } from '../../data/repositories/child-count.repository';
import type { UseCaseContext } from '../context';
import { childCountScope } from './child-count-scope';

/** The longest student number the services records take. */
const MAX_STUDENT_NUMBER = 64;

/**
 * S5.6: whether one student counts in a period, for the state or the actor's region, and why:
 * the day and span that count them and their Category 2 day, or the reason they do not count.
 */
export async function explainChildCountOf(
  ctx: UseCaseContext,
  options: { period: string; regionNumber?: number | undefined; studentId: string },
): Promise<ChildCountAnswer & { scope: string; period: string }> {
  const { period, region, scope } = await childCountScope(ctx, options);
  const studentId = options.studentId.trim();
  if (studentId === '' || studentId.length > MAX_STUDENT_NUMBER)
    throw DomainError.invalidField('studentId', `a student number of 1 to ${MAX_STUDENT_NUMBER} characters`);
  const records = await childCountRecordsOf(ctx.db, studentId, period);
  const answer = explainChildCount(records, period, region?.number ?? null, studentId);
  return { scope, period: period.name, ...answer };
}
