import { DomainError } from '../../core/common/domain-error';
import {
  childOfStudentNumber,
  deleteAssessmentResult,
  type AssessmentResultKey,
} from '../../data/repositories/assessment-results.repository';
import { recordAudit } from '../../data/repositories/audit.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { assessmentAuditId } from './enter-assessment-result';
import { ASSESSMENT_NOT_FOUND, resultInScope } from './result-in-scope';

/** Remove a result entered by mistake; audited with what it held. */
export async function removeAssessmentResult(ctx: UseCaseContext, key: AssessmentResultKey): Promise<void> {
  requirePermission(ctx, 'assessment.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await resultInScope(trx, ctx, key);
    if (!(await deleteAssessmentResult(trx, key))) throw new DomainError('not_found', ASSESSMENT_NOT_FOUND);
    const child = await childOfStudentNumber(trx, key.studentId);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'assessment_result',
      entityId: assessmentAuditId(key),
      regionId: child?.region_id ?? null,
      childId: child?.id ?? null,
      before: { level: before.level, source: before.source },
    });
  });
}
