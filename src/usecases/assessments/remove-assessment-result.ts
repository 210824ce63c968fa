import {
  childOfStudentNumber,
  deleteAssessmentResult,
  type AssessmentResultKey,
} from '../../data/repositories/assessment-results.repository';
import { recordAudit } from '../../data/repositories/audit.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { assessmentAuditId } from './enter-assessment-result';
import { resultInScope, staleAssessmentResult } from './result-in-scope';

/** Remove a result entered by mistake, at the version read (a stale one is a conflict); audited with what it held. */
export async function removeAssessmentResult(
  ctx: UseCaseContext,
  key: AssessmentResultKey & { version: number },
): Promise<void> {
  requirePermission(ctx, 'assessment.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await resultInScope(trx, ctx, key);
    if (!(await deleteAssessmentResult(trx, key))) throw staleAssessmentResult();
    const child = await childOfStudentNumber(trx, key.studentId);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'assessment_result',
      entityId: assessmentAuditId(key),
      regionId: child?.region_id ?? null,
      childId: child?.id ?? null,
      before: { level: before.level, source: before.source, version: key.version },
    });
  });
}
