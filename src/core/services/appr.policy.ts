import { accessScopeOf, canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** MPO figures and an APPR as far as access cares: a subgrantee (`regionId`) or the state (`null`). */
export interface ApprAccess {
  regionId: string | null;
}

/**
 * Whether the actor reads the state's own figures: those whose scope is the state (the
 * administrator, a designated reviewer without a region). A consultant reads the regions
 * assigned to them, as the MPO report itself allows (usecases/services/report-region.ts).
 */
function isStateReader(actor: Actor): boolean {
  return accessScopeOf(actor).kind === 'state';
}

/**
 * Who reads MPO figures and APPRs and who writes a subgrantee's review. A region's figures are
 * for the report readers who reach the region (its staff, its consultants, the state); the
 * state's figures and the roll-up are for the state's readers. The review is the subgrantee's
 * own: written by its directors and data specialists (`appr.review`) or the state administrator.
 */
export const apprPolicy = definePolicy<'review', ApprAccess>({
  read: (actor, appr) =>
    hasPermission(actor.role, 'report.read') &&
    (appr.regionId === null ? isStateReader(actor) : canReachRecord(actor, { regionId: appr.regionId })),
  review: (actor, appr) =>
    hasPermission(actor.role, 'appr.review') &&
    appr.regionId !== null &&
    canWriteInRegion(actor, appr.regionId),
});
