import { DomainError } from '../../core/common/domain-error';
import { levelProblem } from '../../core/services/assessment-result';
import {
  childOfStudentNumber,
  updateAssessmentLevel,
  type AssessmentResultKey,
} from '../../data/repositories/assessment-results.repository';
import { recordAudit } from '../../data/repositories/audit.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { assessmentAuditId } from './enter-assessment-result';
import { resultInScope, staleAssessmentResult } from './result-in-scope';
import { presentAssessmentResult, type AssessmentResultReply } from './present-assessment-result';
import { stateBelowProficientSetting } from './state-below-proficient-setting';

/**
 * Correct the level of a result at the version read (it becomes one typed by hand); audited with
 * the level before. A stale version is a conflict.
 */
export async function changeAssessmentLevel(
  ctx: UseCaseContext,
  key: AssessmentResultKey & { version: number },
  level: number,
): Promise<AssessmentResultReply> {
  requirePermission(ctx, 'assessment.manage');
  const problem = levelProblem(level);
  if (problem) throw DomainError.invalidField('level', problem);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await resultInScope(trx, ctx, key);
    if (!(await updateAssessmentLevel(trx, key, level, ctx.actor.userId))) throw staleAssessmentResult();
    const child = await childOfStudentNumber(trx, key.studentId);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'assessment_result',
      entityId: assessmentAuditId(key),
      regionId: child?.region_id ?? null,
      childId: child?.id ?? null,
      before: { level: before.level, source: before.source, version: key.version },
      after: { level, source: 'entered', version: key.version + 1 },
    });
    return presentAssessmentResult(
      await resultInScope(trx, ctx, key),
      await stateBelowProficientSetting(trx),
    );
  });
}
