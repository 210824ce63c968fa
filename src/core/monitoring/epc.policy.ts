import { canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** Whether the actor is the state: its administrator, or a consultant assigned to the region. */
function isStateFor(actor: Actor, regionId: string): boolean {
  if (actor.role === 'state_admin') return true;
  return actor.role === 'state_consultant' && actor.assignedRegionIds.includes(regionId);
}

/**
 * Who may do what with a strategy's EPC verification (MN4.5): those who read monitoring read
 * their region's (a consultant their assigned regions'); the region's monitoring managers save
 * its documentation; the state (the administrator, or the consultant assigned to the region)
 * verifies.
 */
export const epcPolicy = definePolicy<'document' | 'verify', { regionId: string }>({
  read: (actor, record) =>
    hasPermission(actor.role, 'monitoring.read') && canReachRecord(actor, { regionId: record.regionId }),
  document: (actor, record) =>
    hasPermission(actor.role, 'monitoring.manage') && canWriteInRegion(actor, record.regionId),
  verify: (actor, record) => hasPermission(actor.role, 'epc.verify') && isStateFor(actor, record.regionId),
});
