import type { ApplicationKind } from '../services/service-records';
import { accessScopeOf, canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** An application as far as access cares. */
export interface ApplicationAccess {
  regionId: string;
  districtId: string | null;
  kind: ApplicationKind;
}

function isDistrictStaffOf(actor: Actor, districtId: string | null): boolean {
  const scope = accessScopeOf(actor);
  return scope.kind === 'district' && districtId !== null && scope.districtId === districtId;
}

/**
 * Who may do what with an application (MN2.4): those who read monitoring read their region's
 * (district staff only their district's agreements; a state consultant their assigned regions');
 * those who manage monitoring write, submit and reopen their region's, district staff their
 * district's DSA or MOU. The state (an administrator, or the consultant assigned to the region)
 * approves a regional application; the region's director approves its districts' agreements.
 */
export const applicationPolicy = definePolicy<'edit' | 'approve', ApplicationAccess>({
  read: (actor, application) =>
    hasPermission(actor.role, 'monitoring.read') &&
    canReachRecord(actor, {
      regionId: application.regionId,
      districtIds: application.districtId ? [application.districtId] : [],
    }),
  edit: (actor, application) =>
    hasPermission(actor.role, 'monitoring.manage') &&
    (canWriteInRegion(actor, application.regionId) ||
      (application.kind !== 'regional_application' && isDistrictStaffOf(actor, application.districtId))),
  approve: (actor, application) => {
    if (!hasPermission(actor.role, 'application.approve')) return false;
    const scope = accessScopeOf(actor);
    if (application.kind === 'regional_application')
      return (
        scope.kind === 'state' ||
        (actor.role === 'state_consultant' && canReachRecord(actor, { regionId: application.regionId }))
      );
    return actor.role !== 'state_consultant' && canWriteInRegion(actor, application.regionId);
  },
});

/** A region's monitoring as a whole (its tracking log, its monitoring log): read and managed like its applications. */
export const regionMonitoringPolicy = definePolicy<'manage', { regionId: string }>({
  read: (actor, region) =>
    hasPermission(actor.role, 'monitoring.read') && canReachRecord(actor, { regionId: region.regionId }),
  manage: (actor, region) =>
    hasPermission(actor.role, 'monitoring.manage') && canWriteInRegion(actor, region.regionId),
});
