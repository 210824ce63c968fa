import { accessScopeOf } from '../../core/people/access-scope';
import { DomainError } from '../../core/common/domain-error';
import { isBelowProficient, type AssessmentSubject } from '../../core/services/assessment-levels';
import { assessmentResultsOfStudent } from '../../data/repositories/assessment-results.repository';
import { findChildRow } from '../../data/repositories/children.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { stateBelowProficientSetting } from './state-below-proficient-setting';

export interface ChildAssessments {
  studentId: string;
  results: Array<{ subject: AssessmentSubject; schoolYear: string; level: number; belowProficient: boolean }>;
}

/** A child's state assessment results (child page), the latest school year first. */
export async function listChildAssessments(ctx: UseCaseContext, childId: string): Promise<ChildAssessments> {
  requirePermission(ctx, 'child.read');
  const child = await findChildRow(ctx.db, accessScopeOf(ctx.actor), childId);
  if (!child) throw new DomainError('not_found', 'No such child.');
  const setting = await stateBelowProficientSetting(ctx.db);
  const results = await assessmentResultsOfStudent(ctx.db, child.student_number);
  return {
    studentId: child.student_number,
    results: results.map((r) => ({
      subject: r.subject,
      schoolYear: r.schoolYear,
      level: r.level,
      belowProficient: isBelowProficient(setting, r.subject, r.level),
    })),
  };
}
