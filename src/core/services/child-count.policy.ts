import { accessScopeOf, canReachRecord } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A period's child counts as far as access cares: a region's (`regionId`) or the state's (`null`). */
export interface ChildCountAccess {
  regionId: string | null;
}

/**
 * Who reads the child counts and who certifies them (S5.7). A region's counts and children are
 * for the report readers who reach the region; the state's, its per-region table and its
 * certification for readers whose scope is the state. Certifying is the state
 * administrator's (`child_count.certify`), for the state's counts only.
 */
export const childCountPolicy = definePolicy<'certify', ChildCountAccess>({
  read: (actor, counts) =>
    hasPermission(actor.role, 'report.read') &&
    (counts.regionId === null
      ? accessScopeOf(actor).kind === 'state'
      : canReachRecord(actor, { regionId: counts.regionId })),
  certify: (actor, counts) =>
    hasPermission(actor.role, 'child_count.certify') &&
    counts.regionId === null &&
    accessScopeOf(actor).kind === 'state',
});
