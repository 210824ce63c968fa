import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { enrollmentPolicy } from '../../core/enrollments/enrollment.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateEnrollmentRow } from '../../data/repositories/enrollments.repository';
import type { ChildRecord } from '../children/child-record';
import { getChild } from '../children/get-child';
import { requirePermission, type UseCaseContext } from '../context';
import {
  checkDistrictAndSchool,
  checkEnrollmentDates,
  enrollmentColumns,
  type EnrollmentFields,
} from './enrollment-fields';
import { enrollmentSubjectOf, loadEnrollmentFor } from './load-enrollment';

/** Change an enrollment (exit date, residency date…; fields absent keep their value); audited with before and after. */
export async function updateEnrollment(
  ctx: UseCaseContext,
  id: string,
  changes: Partial<EnrollmentFields>,
  today: CalendarDate,
): Promise<ChildRecord> {
  requirePermission(ctx, 'enrollment.write');
  const childId = await ctx.db.transaction().execute(async (trx) => {
    const { child_region_id: childRegionId, ...before } = await loadEnrollmentFor(ctx, trx, id, 'update');
    const fields: EnrollmentFields = {
      districtId: changes.districtId ?? before.district_id,
      schoolId: changes.schoolId !== undefined ? changes.schoolId : before.school_id,
      enrollmentDate: changes.enrollmentDate ?? before.enrollment_date,
      exitDate: changes.exitDate !== undefined ? changes.exitDate : before.exit_date,
      residencyDate: changes.residencyDate !== undefined ? changes.residencyDate : before.residency_date,
      gradeLevel: changes.gradeLevel !== undefined ? changes.gradeLevel : before.grade_level,
    };
    checkEnrollmentDates(fields, today);
    await checkDistrictAndSchool(trx, fields);
    if (!enrollmentPolicy.can(ctx.actor, 'update', enrollmentSubjectOf(childRegionId, fields.districtId)))
      throw DomainError.invalidField('districtId', 'is not your district');
    const after = await updateEnrollmentRow(trx, id, enrollmentColumns(fields));
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'enrollment',
      entityId: id,
      regionId: childRegionId,
      childId: before.child_id,
      before,
      after,
    });
    return before.child_id;
  });
  return getChild(ctx, childId);
}
