import { isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError, type FieldProblem } from '../../core/common/domain-error';
import { accessScopeOf, canReachRecord } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { findChildRow, findEnrollmentRows } from '../../data/repositories/children.repository';
import { getChild } from '../children/get-child';
import { requirePermission } from '../context';
import type { ChildRecord } from '../children/child-record';
import type { UseCaseContext } from '../context';

export interface EnrollmentFields {
  districtId: string;
  schoolId: string | null;
  enrollmentDate: CalendarDate;
  exitDate: CalendarDate | null;
  residencyDate: CalendarDate | null;
  gradeLevel: string | null;
}

const NOT_FOUND = (): DomainError => new DomainError('not_found', 'No enrollment with that id.');

/** Check the dates of an enrollment and list every problem. */
function checkEnrollment(fields: EnrollmentFields, today: CalendarDate): void {
  const problems: FieldProblem[] = [];
  for (const field of ['enrollmentDate', 'exitDate', 'residencyDate'] as const) {
    const value = fields[field];
    if (value !== null && !isCalendarDate(value))
      problems.push({ field, message: 'must be a date written YYYY-MM-DD' });
  }
  if (problems.length === 0) {
    if (fields.exitDate && fields.exitDate < fields.enrollmentDate)
      problems.push({ field: 'exitDate', message: 'must not be before the enrollment date' });
    if (fields.enrollmentDate > today)
      problems.push({ field: 'enrollmentDate', message: 'must not be in the future' });
    if (fields.residencyDate && fields.residencyDate > today)
      problems.push({ field: 'residencyDate', message: 'must not be in the future' });
  }
  if (problems.length)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
}

/**
 * Region staff enroll children of their region in any district; district staff record
 * enrollments of the children they reach, in their own district only (they cannot pull a
 * child into their scope by enrolling them).
 */
function assertMayEnrollIn(ctx: UseCaseContext, districtId: string): void {
  const scope = accessScopeOf(ctx.actor);
  if (scope.kind === 'district' && scope.districtId !== districtId)
    throw DomainError.invalidField('districtId', 'is not your district');
}

async function loadDistrict(db: Db, districtId: string, schoolId: string | null) {
  const district = await db
    .selectFrom('districts')
    .select(['id'])
    .where('id', '=', districtId)
    .executeTakeFirst();
  if (!district) throw DomainError.invalidField('districtId', 'no such district');
  if (schoolId) {
    const school = await db
      .selectFrom('schools')
      .select('district_id')
      .where('id', '=', schoolId)
      .executeTakeFirst();
    if (!school || school.district_id !== districtId)
      throw DomainError.invalidField('schoolId', 'no such school in this district');
  }
  return district;
}

function enrollmentRow(fields: EnrollmentFields) {
  return {
    district_id: fields.districtId,
    school_id: fields.schoolId,
    enrollment_date: fields.enrollmentDate,
    exit_date: fields.exitDate,
    residency_date: fields.residencyDate,
    grade_level: fields.gradeLevel?.trim() || null,
  };
}

/** Enroll a child in a district (and school); audited. Returns the child. */
export async function createEnrollment(
  ctx: UseCaseContext,
  childId: string,
  fields: EnrollmentFields,
  today: CalendarDate,
): Promise<ChildRecord> {
  requirePermission(ctx, 'enrollment.write');
  checkEnrollment(fields, today);
  await ctx.db.transaction().execute(async (trx) => {
    const child = await findChildRow(trx, accessScopeOf(ctx.actor), childId);
    if (!child) throw new DomainError('not_found', 'No child with that id.');
    const enrollments = await findEnrollmentRows(trx, accessScopeOf(ctx.actor), childId);
    if (
      !canReachRecord(ctx.actor, {
        regionId: child.region_id,
        districtIds: enrollments.map((e) => e.district_id),
      })
    ) {
      throw new DomainError('not_found', 'No child with that id.');
    }
    await loadDistrict(trx, fields.districtId, fields.schoolId);
    assertMayEnrollIn(ctx, fields.districtId);
    const row = await trx
      .insertInto('enrollments')
      .values({ ...enrollmentRow(fields), child_id: childId })
      .returningAll()
      .executeTakeFirstOrThrow();
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

async function loadReachableEnrollment(ctx: UseCaseContext, db: Db, id: string) {
  const enrollment = await db.selectFrom('enrollments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!enrollment) throw NOT_FOUND();
  const child = await findChildRow(db, accessScopeOf(ctx.actor), enrollment.child_id);
  if (
    !child ||
    !canReachRecord(ctx.actor, { regionId: child.region_id, districtIds: [enrollment.district_id] })
  )
    throw NOT_FOUND();
  const scope = accessScopeOf(ctx.actor);
  if (scope.kind === 'district' && scope.districtId !== enrollment.district_id) throw NOT_FOUND();
  return { enrollment, child };
}

/** Change an enrollment (exit date, residency date…); audited with before and after. */
export async function updateEnrollment(
  ctx: UseCaseContext,
  id: string,
  changes: Partial<EnrollmentFields>,
  today: CalendarDate,
): Promise<ChildRecord> {
  requirePermission(ctx, 'enrollment.write');
  const childId = await ctx.db.transaction().execute(async (trx) => {
    const { enrollment, child } = await loadReachableEnrollment(ctx, trx, id);
    const fields: EnrollmentFields = {
      districtId: changes.districtId ?? enrollment.district_id,
      schoolId: changes.schoolId !== undefined ? changes.schoolId : enrollment.school_id,
      enrollmentDate: changes.enrollmentDate ?? enrollment.enrollment_date,
      exitDate: changes.exitDate !== undefined ? changes.exitDate : enrollment.exit_date,
      residencyDate: changes.residencyDate !== undefined ? changes.residencyDate : enrollment.residency_date,
      gradeLevel: changes.gradeLevel !== undefined ? changes.gradeLevel : enrollment.grade_level,
    };
    checkEnrollment(fields, today);
    await loadDistrict(trx, fields.districtId, fields.schoolId);
    assertMayEnrollIn(ctx, fields.districtId);
    const after = await trx
      .updateTable('enrollments')
      .set({ ...enrollmentRow(fields), updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'enrollment',
      entityId: id,
      regionId: child.region_id,
      childId: child.id,
      before: enrollment,
      after,
    });
    return child.id;
  });
  return getChild(ctx, childId);
}

/** Remove an enrollment recorded by mistake; audited with the row as it was. */
export async function deleteEnrollment(ctx: UseCaseContext, id: string): Promise<ChildRecord> {
  requirePermission(ctx, 'enrollment.write');
  const childId = await ctx.db.transaction().execute(async (trx) => {
    const { enrollment, child } = await loadReachableEnrollment(ctx, trx, id);
    await trx.deleteFrom('enrollments').where('id', '=', id).execute();
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'enrollment',
      entityId: id,
      regionId: child.region_id,
      childId: child.id,
      before: enrollment,
    });
    return child.id;
  });
  return getChild(ctx, childId);
}
