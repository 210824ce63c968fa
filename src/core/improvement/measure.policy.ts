import { canReachRecord, type AccessScope, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A measure as far as access cares: of one region, or (`null`) of every region the reader reaches. */
export interface MeasureAccess {
  regionId: string | null;
}

/**
 * Who may read a measure (IP2): every report reader, for the regions they reach; the figures are
 * counts of records, computed in the reader's scope.
 */
export const measurePolicy = definePolicy<never, MeasureAccess>({
  read: (actor, measure) =>
    hasPermission(actor.role, 'report.read') &&
    (measure.regionId === null || canReachRecord(actor, { regionId: measure.regionId })),
});

/**
 * The charts of one measure a reader sees side by side (IP4.7): a state user (no region of
 * their own) sees each region that has data; a region's staff see their region beside the
 * state's. Null for a role that reads no report, or district staff, whose records are one
 * district's. A measure is counts by period, never a child's record (IP4.5).
 */
export type SideBySide = { kind: 'every-region' } | { kind: 'region-and-state'; regionId: string };

export function sideBySideOf(actor: Actor): SideBySide | null {
  if (!hasPermission(actor.role, 'report.read') || actor.role === 'district_staff') return null;
  if (actor.regionId !== null) return { kind: 'region-and-state', regionId: actor.regionId };
  return { kind: 'every-region' };
}

/** The scope a chart of the side-by-side view counts (IP4.7): one region's records, or the state's. */
export function sideBySideScope(regionId: string | null): AccessScope {
  return regionId === null ? { kind: 'state' } : { kind: 'regions', regionIds: [regionId] };
}
