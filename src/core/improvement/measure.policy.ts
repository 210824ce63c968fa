import { canReachRecord } from '../people/access-scope';
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
