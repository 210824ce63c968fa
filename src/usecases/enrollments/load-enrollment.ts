import { enrollmentPolicy, type EnrollmentSubject } from '../../core/enrollments/enrollment.policy';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import type { Db } from '../../data/db';
import {
  findEnrollmentInScope,
  type DbEnrollmentInScope,
} from '../../data/repositories/enrollments.repository';
import type { UseCaseContext } from '../context';

/**
 * The enrollment `id` when the actor may take `action` on it: not_found outside their scope
 * (district staff reach only enrollments in their district), forbidden when they may read it
 * but not do this.
 */
export async function loadEnrollmentFor(
  ctx: UseCaseContext,
  db: Db,
  id: string,
  action: 'update' | 'delete',
): Promise<DbEnrollmentInScope> {
  const row = await findEnrollmentInScope(db, accessScopeOf(ctx.actor), id);
  const enrollment = row && { ...enrollmentSubjectOf(row.child_region_id, row.district_id), row };
  authorize(enrollmentPolicy, ctx.actor, action, enrollment, 'No enrollment with that id.');
  return enrollment.row;
}

/** What the enrollment policy is asked about an enrollment of a child of `childRegionId` in `districtId`. */
export function enrollmentSubjectOf(childRegionId: string, districtId: string): EnrollmentSubject {
  return { childRegionId, districtId };
}
