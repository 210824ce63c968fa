import { DomainError } from '../../core/common/domain-error';
import type { CalendarDate } from '../../core/common/calendar-date';
import { enrollmentRefusal } from '../../core/services/service-recording';
import type { EnrollmentReason } from '../../core/services/service-records';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  childIdOfStudent,
  eligibilitySpansOf,
  enrollmentsOfStudents,
  insertEnrollment,
} from '../../data/repositories/service-enrollments.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadServiceFor } from './load-service';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';

export interface EnrollInput {
  /** The state student number (`children.student_number` for Ciclo's children). */
  studentId: string;
  enrolledOn: CalendarDate;
  reason: EnrollmentReason;
}

/**
 * Enroll a child in a service: only a child eligible on the enrollment date, within the
 * service's dates, and not already enrolled; anyone else is refused with the reason (the
 * refusal names the child's spans of eligibility). Audited.
 */
export async function enrollChild(
  ctx: UseCaseContext,
  serviceId: string,
  input: EnrollInput,
): Promise<{ enrollmentId: number; studentId: string; enrolledOn: string; reason: EnrollmentReason }> {
  requirePermission(ctx, 'service.record');
  const studentId = input.studentId.trim();
  return ctx.db.transaction().execute(async (trx) => {
    const service = await loadServiceFor(ctx, trx, serviceId, 'record');
    await refuseClosedServiceYears(trx, service.start_date);
    const [spans, enrolled] = await Promise.all([
      eligibilitySpansOf(trx, studentId),
      enrollmentsOfStudents(trx, serviceId, [studentId]),
    ]);
    const refusal = enrollmentRefusal({
      spans,
      enrolledOn: input.enrolledOn,
      service: { startDate: service.start_date, endDate: service.end_date },
      alreadyEnrolledOn: enrolled.get(studentId)?.enrolledOn ?? null,
    });
    if (refusal)
      throw new DomainError(
        refusal.field === 'studentId' ? 'conflict' : 'invalid_input',
        `${refusal.field}: ${refusal.message}`,
        [refusal],
      );
    const enrollmentId = await insertEnrollment(trx, {
      service_id: serviceId,
      student_id: studentId,
      enrolled_on: input.enrolledOn,
      reason: input.reason,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'service_enrollment',
      entityId: String(enrollmentId),
      regionId: service.region_id,
      childId: await childIdOfStudent(trx, studentId),
      after: { serviceId, studentId, enrolledOn: input.enrolledOn, reason: input.reason },
    });
    return { enrollmentId, studentId, enrolledOn: input.enrolledOn, reason: input.reason };
  });
}
