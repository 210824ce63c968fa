import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  childIdOfStudent,
  deleteEnrollment,
  enrollmentHasRecords,
  findEnrollmentOfService,
} from '../../data/repositories/service-enrollments.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadServiceFor } from './load-service';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';

/** Remove an enrollment made by mistake: only while no attendance or test is recorded for it; audited. */
export async function unenrollChild(
  ctx: UseCaseContext,
  serviceId: string,
  enrollmentId: number,
): Promise<void> {
  requirePermission(ctx, 'service.record');
  await ctx.db.transaction().execute(async (trx) => {
    const service = await loadServiceFor(ctx, trx, serviceId, 'record');
    await refuseClosedServiceYears(trx, service.start_date);
    const enrollment = await findEnrollmentOfService(trx, serviceId, enrollmentId);
    if (!enrollment) throw new DomainError('not_found', 'No such enrollment in this service.');
    if (await enrollmentHasRecords(trx, enrollmentId))
      throw new DomainError(
        'conflict',
        'This child has attendance or test scores recorded in this service: they stay enrolled.',
        [{ field: 'enrollmentId', message: 'has attendance or test scores recorded' }],
      );
    await deleteEnrollment(trx, enrollmentId);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'service_enrollment',
      entityId: String(enrollmentId),
      regionId: service.region_id,
      childId: await childIdOfStudent(trx, enrollment.student_id),
      before: {
        serviceId,
        studentId: enrollment.student_id,
        enrolledOn: enrollment.enrolled_on,
        reason: enrollment.reason,
      },
    });
  });
}
