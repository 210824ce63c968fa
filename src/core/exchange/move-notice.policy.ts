import { canReachRecord, canWriteInDistrict, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A move notice as far as access cares: its task's region, district and assigned recruiter. */
export interface MoveNoticeAccess {
  regionId: string;
  districtId: string;
  assignedToId: string | null;
}

/**
 * Who imports a region's MSIX move notices and sends back its answers (docs/rules/msix.md
 * X10.7): those who import its referral lists (its data specialist, I&R manager and director;
 * the state administrator), in a region they work in.
 */
export function canImportMoveNotices(actor: Actor, regionId: string): boolean {
  return hasPermission(actor.role, 'referral.import') && canWriteInRegion(actor, regionId);
}

/**
 * X10.7: a notice is read where its task is (the contact queue's readers); its outcome is
 * recorded by the recruiter the task is assigned to, or by the region's managers (who assign
 * referrals) and data specialists (who import the notices).
 */
export const moveNoticePolicy = definePolicy<'answer', MoveNoticeAccess>({
  read: (actor, notice) =>
    hasPermission(actor.role, 'referral.read') &&
    canReachRecord(actor, { regionId: notice.regionId, districtIds: [notice.districtId] }),
  answer: (actor, notice) =>
    ((hasPermission(actor.role, 'referral.assign') || canImportMoveNotices(actor, notice.regionId)) &&
      canWriteInRegion(actor, notice.regionId)) ||
    (hasPermission(actor.role, 'referral.contact') &&
      canWriteInDistrict(actor, notice) &&
      notice.assignedToId !== null &&
      notice.assignedToId === actor.userId),
});
