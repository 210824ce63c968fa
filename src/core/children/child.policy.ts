import { canReachRecord, canWriteInRegion } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** What the child policy needs to know of a child. */
export interface ChildSubject {
  regionId: string;
  /** The districts the child is enrolled in (district staff reach a child through them). */
  districtIds: readonly string[];
}

/**
 * Who may do what with a child's record (STYLE §7): read within one's scope (district staff
 * through an enrollment in their district); change and delete only in a region one works in,
 * with the role's permission.
 */
export const childPolicy = definePolicy<'update' | 'delete', ChildSubject>({
  read: (actor, child) => hasPermission(actor.role, 'child.read') && canReachRecord(actor, child),
  update: (actor, child) =>
    hasPermission(actor.role, 'child.write') && canWriteInRegion(actor, child.regionId),
  delete: (actor, child) =>
    hasPermission(actor.role, 'child.delete') && canWriteInRegion(actor, child.regionId),
});
