import { accessScopeOf, canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A service as far as its monitoring log cares: its region, and the district that provides it (null: the region). */
export interface MonitoredService {
  regionId: string;
  districtId: string | null;
}

function isDistrictStaffOf(actor: Actor, districtId: string | null): boolean {
  const scope = accessScopeOf(actor);
  return scope.kind === 'district' && districtId !== null && scope.districtId === districtId;
}

/**
 * Who may do what with a service's monitoring log entries (MN5.6): those who read monitoring
 * read the entries of the services they reach (district staff only their district's services, a
 * state consultant those of the regions assigned to them); the region's monitoring managers
 * (its director, the state administrator) confirm the checks of the region's services, district
 * staff those of their district's services. A state consultant only reads.
 */
export const serviceMonitoringPolicy = definePolicy<'confirm', MonitoredService>({
  read: (actor, service) =>
    hasPermission(actor.role, 'monitoring.read') &&
    canReachRecord(actor, {
      regionId: service.regionId,
      districtIds: service.districtId ? [service.districtId] : [],
    }),
  confirm: (actor, service) =>
    hasPermission(actor.role, 'monitoring.manage') &&
    (canWriteInRegion(actor, service.regionId) || isDistrictStaffOf(actor, service.districtId)),
});

/**
 * Whether the actor may open a region's monitoring log at all (MN5.6): those who read the
 * region's monitoring, and district staff of a district of the region (who then see only
 * their district's services).
 */
export function canOpenRegionLog(
  actor: Actor,
  region: { regionId: string; districtIds: readonly string[] },
): boolean {
  return hasPermission(actor.role, 'monitoring.read') && canReachRecord(actor, region);
}
