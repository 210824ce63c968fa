import type { Role } from './roles';

/**
 * Who is acting, as far as scope rules care. A state consultant (EPC) reads the regions
 * assigned to them; region staff work in one region; a designated reviewer works in one
 * region or, with no region, statewide; district staff see only their district.
 */
export interface Actor {
  userId: string | null;
  role: Role;
  regionId: string | null;
  districtId: string | null;
  assignedRegionIds: readonly string[];
  /** How the actor appears in the audit log (email, or `cli`). */
  label: string;
}

/** The scope of the records an actor can reach, ready to push into a query. */
export type AccessScope =
  | { kind: 'state' }
  | { kind: 'regions'; regionIds: readonly string[] }
  | { kind: 'district'; districtId: string };

/** The records `actor` may reach (STYLE §7: lists push role and scope into the query). */
export function accessScopeOf(actor: Actor): AccessScope {
  switch (actor.role) {
    case 'state_admin':
      return { kind: 'state' };
    case 'state_consultant':
      return { kind: 'regions', regionIds: actor.assignedRegionIds };
    case 'reviewer':
      return actor.regionId ? { kind: 'regions', regionIds: [actor.regionId] } : { kind: 'state' };
    case 'district_staff':
    case 'district_recruiter':
      return actor.districtId
        ? { kind: 'district', districtId: actor.districtId }
        : { kind: 'regions', regionIds: [] };
    default:
      return { kind: 'regions', regionIds: actor.regionId ? [actor.regionId] : [] };
  }
}

/** Whether the actor may reach a record of `regionId` (a district user only via `districtIds`). */
export function canReachRecord(
  actor: Actor,
  record: { regionId: string; districtIds?: readonly string[] },
): boolean {
  const scope = accessScopeOf(actor);
  switch (scope.kind) {
    case 'state':
      return true;
    case 'regions':
      return scope.regionIds.includes(record.regionId);
    case 'district':
      return (record.districtIds ?? []).includes(scope.districtId);
  }
}

/** Whether the actor may create or move records into `regionId` (district staff never). */
export function canWriteInRegion(actor: Actor, regionId: string): boolean {
  const scope = accessScopeOf(actor);
  if (scope.kind === 'state') return true;
  if (scope.kind === 'regions') return scope.regionIds.includes(regionId);
  return false;
}

/**
 * Whether the actor may create or change a record of one school district of `regionId` (a
 * referral, a COE): region staff in a region they work in, a district recruiter only in
 * their own district (DR1.2), district staff never (they lack the permissions anyway).
 */
export function canWriteInDistrict(
  actor: Actor,
  record: { regionId: string; districtId: string | null },
): boolean {
  const scope = accessScopeOf(actor);
  if (scope.kind === 'district')
    return (
      actor.role === 'district_recruiter' &&
      record.districtId !== null &&
      record.districtId === scope.districtId
    );
  return canWriteInRegion(actor, record.regionId);
}
