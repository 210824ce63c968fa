import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { enrollmentPolicy } from '../../core/enrollments/enrollment.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertEnrollment } from '../../data/repositories/enrollments.repository';
import type { ChildRecord } from '../children/child-record';
import { getChild } from '../children/get-child';
import { loadChildFor } from '../children/load-child';
import { requirePermission, type UseCaseContext } from '../context';
import {
  checkDistrictAndSchool,
  checkEnrollmentDates,
  enrollmentColumns,
  type EnrollmentFields,
} from './enrollment-fields';
import { enrollmentSubjectOf } from './load-enrollment';

/**
 * Enroll a child the actor reaches in a district (and school); audited. District staff enroll
 * only in their own district, so they cannot pull a child into their scope. Returns the child.
 */
export async function createEnrollment(
  ctx: UseCaseContext,
  childId: string,
  fields: EnrollmentFields,
  today: CalendarDate,
): Promise<ChildRecord> {
  requirePermission(ctx, 'enrollment.write');
  checkEnrollmentDates(fields, today);
  await ctx.db.transaction().execute(async (trx) => {
    const { child } = await loadChildFor(ctx, trx, childId, 'read');
    await checkDistrictAndSchool(trx, fields);
    if (!enrollmentPolicy.can(ctx.actor, 'create', enrollmentSubjectOf(child.region_id, fields.districtId)))
      throw DomainError.invalidField('districtId', 'is not your district');
    const row = await insertEnrollment(trx, { ...enrollmentColumns(fields), child_id: childId });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'enrollment',
      entityId: row.id,
      regionId: child.region_id,
      childId,
      after: row,
    });
  });
  return getChild(ctx, childId);
}
