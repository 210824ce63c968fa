import { accessScopeOf, canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A service as far as access cares: the region it belongs to and the district that provides it, if any. */
export interface ServiceAccess {
  regionId: string;
  /** The district that provides the service; null when the region provides it. */
  districtId: string | null;
}

/** Whether the actor is district staff of the district that provides the service. */
function isProvidingDistrictStaff(actor: Actor, service: ServiceAccess): boolean {
  const scope = accessScopeOf(actor);
  return scope.kind === 'district' && service.districtId !== null && scope.districtId === service.districtId;
}

/**
 * Who may do what with a service (issue 11): the region's staff read its services, district
 * staff only those their district provides; region staff who set services up (`service.manage`)
 * create, edit and delete their region's; those who record (`service.record`) enroll children
 * and record attendance and tests — district staff only for services their district provides.
 * The state administrator does everything.
 */
export const servicePolicy = definePolicy<'manage' | 'record', ServiceAccess>({
  read: (actor, service) =>
    hasPermission(actor.role, 'service.read') &&
    canReachRecord(actor, {
      regionId: service.regionId,
      districtIds: service.districtId ? [service.districtId] : [],
    }),
  manage: (actor, service) =>
    hasPermission(actor.role, 'service.manage') && canWriteInRegion(actor, service.regionId),
  record: (actor, service) =>
    hasPermission(actor.role, 'service.record') &&
    (canWriteInRegion(actor, service.regionId) || isProvidingDistrictStaff(actor, service)),
});

/** A region's service code map: read by the region's service readers, changed by those who set services up. */
export const serviceCodeMapPolicy = definePolicy<'manage', { regionId: string }>({
  read: (actor, map) =>
    hasPermission(actor.role, 'service.read') && canReachRecord(actor, { regionId: map.regionId }),
  manage: (actor, map) =>
    hasPermission(actor.role, 'service.manage') && canWriteInRegion(actor, map.regionId),
});
