import { accessScopeOf } from '../../core/people/access-scope';
import { DomainError } from '../../core/common/domain-error';
import { parseAssessmentResult } from '../../core/services/assessment-result';
import {
  childOfStudentNumber,
  findAssessmentResultInScope,
  insertAssessmentResult,
  studentNumbersOutOfScope,
} from '../../data/repositories/assessment-results.repository';
import { recordAudit } from '../../data/repositories/audit.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { presentAssessmentResult, type AssessmentResultReply } from './present-assessment-result';
import { stateBelowProficientSetting } from './state-below-proficient-setting';

/** The audit id of a result: it is keyed by student, subject and school year. */
export function assessmentAuditId(key: { studentId: string; subject: string; schoolYear: string }): string {
  return `${key.studentId}/${key.subject}/${key.schoolYear}`;
}

/**
 * Enter one result by hand: a student of the actor's scope (the state reaches every student
 * number, also those known only from history), one result per subject and school year
 * (a second is a conflict: edit the first). Audited in the same transaction.
 */
export async function enterAssessmentResult(
  ctx: UseCaseContext,
  input: { studentId: string; subject: string; schoolYear: string; level: number },
): Promise<AssessmentResultReply> {
  requirePermission(ctx, 'assessment.manage');
  const result = parseAssessmentResult(input);
  const scope = accessScopeOf(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    if ((await studentNumbersOutOfScope(trx, scope, [result.studentId])).size > 0)
      throw DomainError.invalidField('studentId', 'no child in your scope has this student number');
    if (!(await insertAssessmentResult(trx, result, ctx.actor.userId)))
      throw new DomainError(
        'conflict',
        `schoolYear: ${result.studentId} already has a ${result.subject} result for ${result.schoolYear}`,
        [{ field: 'schoolYear', message: 'this student already has a result of this subject for this year' }],
      );
    const child = await childOfStudentNumber(trx, result.studentId);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'assessment_result',
      entityId: assessmentAuditId(result),
      regionId: child?.region_id ?? null,
      childId: child?.id ?? null,
      after: result,
    });
    const row = await findAssessmentResultInScope(trx, scope, result);
    return presentAssessmentResult(row!, await stateBelowProficientSetting(trx));
  });
}
