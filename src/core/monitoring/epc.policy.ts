import { accessScopeOf, canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A subgrantee's EPC verification as far as access cares: the region's own (districtId null) or a district's. */
export interface EpcAccess {
  regionId: string;
  districtId: string | null;
}

/** Whether the actor is the state: its administrator, or a consultant assigned to the region. */
function isStateFor(actor: Actor, regionId: string): boolean {
  if (actor.role === 'state_admin') return true;
  return actor.role === 'state_consultant' && actor.assignedRegionIds.includes(regionId);
}

/** Whether the actor is district staff of the subgrantee's district. */
function isDistrictStaffOf(actor: Actor, districtId: string | null): boolean {
  const scope = accessScopeOf(actor);
  return scope.kind === 'district' && districtId !== null && scope.districtId === districtId;
}

/**
 * Who may do what with a subgrantee's EPC verification (MN4.5): those who read monitoring read
 * their region's (a consultant their assigned regions', district staff their own district's
 * only); the region's monitoring managers save the documentation of the region and its
 * districts, district staff their own district's; the state (the administrator, or the
 * consultant assigned to the region) verifies.
 */
export const epcPolicy = definePolicy<'document' | 'verify', EpcAccess>({
  read: (actor, record) =>
    hasPermission(actor.role, 'monitoring.read') &&
    canReachRecord(actor, {
      regionId: record.regionId,
      districtIds: record.districtId ? [record.districtId] : [],
    }),
  document: (actor, record) =>
    hasPermission(actor.role, 'monitoring.manage') &&
    (canWriteInRegion(actor, record.regionId) || isDistrictStaffOf(actor, record.districtId)),
  verify: (actor, record) => hasPermission(actor.role, 'epc.verify') && isStateFor(actor, record.regionId),
});
