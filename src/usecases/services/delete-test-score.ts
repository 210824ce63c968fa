import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { childIdOfStudent } from '../../data/repositories/service-enrollments.repository';
import { deleteTest, findTestOfService } from '../../data/repositories/service-tests.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadServiceFor } from './load-service';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';

/** Remove a test score entered by mistake; audited with the score removed. */
export async function deleteTestScore(ctx: UseCaseContext, serviceId: string, testId: number): Promise<void> {
  requirePermission(ctx, 'service.record');
  await ctx.db.transaction().execute(async (trx) => {
    const service = await loadServiceFor(ctx, trx, serviceId, 'record');
    await refuseClosedServiceYears(trx, service.start_date);
    const test = await findTestOfService(trx, serviceId, testId);
    if (!test) throw new DomainError('not_found', 'No such test score in this service.');
    await deleteTest(trx, testId);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'service_test',
      entityId: String(testId),
      regionId: service.region_id,
      childId: await childIdOfStudent(trx, test.student_id),
      before: { serviceId, studentId: test.student_id, kind: test.kind, date: test.date, score: test.score },
    });
  });
}
