import { canReachRecord, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** An enrollment (recorded or proposed) as its access rules see it. */
export interface EnrollmentSubject {
  /** Region of the enrolled child. */
  childRegionId: string;
  /** District of this enrollment. */
  districtId: string;
}

const reaches = (actor: Actor, enrollment: EnrollmentSubject): boolean =>
  canReachRecord(actor, { regionId: enrollment.childRegionId, districtIds: [enrollment.districtId] });

const mayWrite = (actor: Actor, enrollment: EnrollmentSubject): boolean =>
  hasPermission(actor.role, 'enrollment.write') && reaches(actor, enrollment);

/**
 * Who may read and record a child's enrollments (STYLE §7). Region staff reach the
 * enrollments of their region's children, in any district; district staff reach and record
 * only enrollments in their own district, so they cannot pull a child into their scope by
 * enrolling them elsewhere.
 */
export const enrollmentPolicy = definePolicy<'create' | 'update' | 'delete', EnrollmentSubject>({
  read: (actor, enrollment) => hasPermission(actor.role, 'child.read') && reaches(actor, enrollment),
  create: mayWrite,
  update: mayWrite,
  delete: mayWrite,
});
