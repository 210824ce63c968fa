import { canReachRecord, canWriteInDistrict, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/**
 * A family as its access rules see it: its region, the district it was recorded for, and the
 * districts its children are enrolled in.
 */
export interface FamilySubject {
  regionId: string;
  /**
   * The school district the family was recorded for (by or for a district recruiter, DR1.5);
   * null for a region's family.
   */
  districtId: string | null;
  /** Districts where a child of the family is enrolled (how district staff reach a family). */
  districtIds: readonly string[];
}

/** The districts through which district users reach the family: its own and its children's. */
function reachedThrough(family: FamilySubject): { regionId: string; districtIds: readonly string[] } {
  return {
    regionId: family.regionId,
    districtIds: family.districtId ? [family.districtId, ...family.districtIds] : family.districtIds,
  };
}

/**
 * Region staff change their region's families; a district recruiter (DR1.5) only the families
 * recorded for their own district, never one reached only through an enrolled child.
 */
const mayChange = (actor: Actor, family: FamilySubject): boolean =>
  hasPermission(actor.role, 'family.write') &&
  canWriteInDistrict(actor, { regionId: family.regionId, districtId: family.districtId });

/**
 * Who may read and change a family (STYLE §7). Families are reached through their region;
 * district users read those recorded for their district or with a child enrolled in it;
 * district staff change none, a district recruiter those recorded for their district. Creating
 * a family is asked of the family to be created (its region and district, no children yet).
 */
export const familyPolicy = definePolicy<'create' | 'update' | 'addMember', FamilySubject>({
  read: (actor, family) =>
    hasPermission(actor.role, 'family.read') && canReachRecord(actor, reachedThrough(family)),
  create: mayChange,
  update: mayChange,
  addMember: mayChange,
});
