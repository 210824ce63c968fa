import { canReachRecord, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A region, district or school as far as access cares: the region it belongs to. */
export interface OrganizationAccess {
  regionId: string;
}

/**
 * Who may see organizations and what about them. Organization names are public to every role
 * that reads organizations (a recruiter picks another region's school when a family moved);
 * how many children an organization has is for the actors whose scope reaches its region.
 * Organizations are created only by migrations and the demo loader, so no role changes them.
 */
export const organizationPolicy = definePolicy<'readChildCount', OrganizationAccess>({
  read: (actor: Actor) => hasPermission(actor.role, 'organization.read'),
  readChildCount: (actor: Actor, organization) =>
    hasPermission(actor.role, 'child.read') && canReachRecord(actor, { regionId: organization.regionId }),
});
