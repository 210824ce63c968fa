import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { testProblem } from '../../core/services/service-recording';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  childIdOfStudent,
  enrollmentsOfStudents,
} from '../../data/repositories/service-enrollments.repository';
import { saveTestScores } from '../../data/repositories/service-tests.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadServiceFor } from './load-service';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';

export interface TestScoreInput {
  studentId: string;
  kind: 'pre' | 'post';
  date: CalendarDate;
  score: number;
}

/**
 * Record one child's pre or post test score (a score of the same kind and date replaces the
 * one there); refused naming the field when the child is not enrolled, the date is outside
 * the service's dates, or the score outside the instrument's range. Audited.
 */
export async function recordTestScore(
  ctx: UseCaseContext,
  serviceId: string,
  input: TestScoreInput,
  today: CalendarDate,
): Promise<{ testId: number }> {
  requirePermission(ctx, 'service.record');
  return ctx.db.transaction().execute(async (trx) => {
    const service = await loadServiceFor(ctx, trx, serviceId, 'record');
    await refuseClosedServiceYears(trx, service.start_date);
    const enrollment = (await enrollmentsOfStudents(trx, serviceId, [input.studentId])).get(input.studentId);
    const problem = testProblem({
      enrollment,
      date: input.date,
      score: input.score,
      service: {
        startDate: service.start_date,
        endDate: service.end_date,
        instrumentMin: service.instrument_min,
        instrumentMax: service.instrument_max,
      },
      today,
    });
    if (problem || !enrollment)
      throw DomainError.invalidField(problem?.field ?? 'studentId', problem?.message ?? 'is not enrolled');
    const [testId] = await saveTestScores(trx, [{ enrollmentId: enrollment.id, ...input }]);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'service_test',
      entityId: String(testId),
      regionId: service.region_id,
      childId: await childIdOfStudent(trx, input.studentId),
      after: { serviceId, ...input },
    });
    return { testId: testId! };
  });
}
