import { accessScopeOf } from '../../core/people/access-scope';
import {
  listAssessmentResultsInScope,
  type AssessmentResultFilter,
} from '../../data/repositories/assessment-results.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { presentAssessmentResult, type AssessmentResultReply } from './present-assessment-result';
import { stateBelowProficientSetting } from './state-below-proficient-setting';

/** State assessment results of the students in the actor's scope, filtered, the latest school year first. */
export async function listAssessmentResults(
  ctx: UseCaseContext,
  filter: Partial<AssessmentResultFilter>,
): Promise<{ items: AssessmentResultReply[]; total: number }> {
  requirePermission(ctx, 'assessment.manage');
  const setting = await stateBelowProficientSetting(ctx.db);
  const { rows, total } = await listAssessmentResultsInScope(ctx.db, accessScopeOf(ctx.actor), {
    studentId: filter.studentId?.trim() || undefined,
    subject: filter.subject,
    schoolYear: filter.schoolYear,
    limit: filter.limit ?? 50,
    offset: filter.offset ?? 0,
  });
  return { items: rows.map((row) => presentAssessmentResult(row, setting)), total };
}
