import { canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A family as its access rules see it: its region, and the districts its children are enrolled in. */
export interface FamilySubject {
  regionId: string;
  /** Districts where a child of the family is enrolled (how district staff reach a family). */
  districtIds: readonly string[];
}

const mayChange = (actor: Actor, family: FamilySubject): boolean =>
  hasPermission(actor.role, 'family.write') && canWriteInRegion(actor, family.regionId);

/**
 * Who may read and change a family (STYLE §7). Families are reached through their region;
 * district staff read those with a child enrolled in their district and change none. Creating
 * a family is asked of the family to be created (its region, no districts yet).
 */
export const familyPolicy = definePolicy<'create' | 'update' | 'addMember', FamilySubject>({
  read: (actor, family) => hasPermission(actor.role, 'family.read') && canReachRecord(actor, family),
  create: mayChange,
  update: mayChange,
  addMember: mayChange,
});
