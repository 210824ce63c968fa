import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { apprPolicy } from '../../core/services/appr.policy';
import { findRegionById, type RegionRow } from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';

/**
 * The subgrantee whose MPO figures or APPR are asked for: the region with this id if the
 * actor reads its figures (`not_found` otherwise, the same as an id that does not exist).
 */
export async function readableRegion(ctx: UseCaseContext, regionId: string): Promise<RegionRow> {
  const region = await findRegionById(ctx.db, regionId);
  authorize(
    apprPolicy,
    ctx.actor,
    'read',
    region && { regionId: region.id },
    'No such region in your scope.',
  );
  return region!;
}

/**
 * The region of the MPO page: the one asked for, or by default the state for state-scope
 * readers and the actor's own region for region staff; a consultant of several regions
 * chooses one (`regionId` is named).
 */
export async function outcomesRegion(
  ctx: UseCaseContext,
  regionId: string | undefined,
): Promise<RegionRow | null> {
  if (regionId !== undefined) return readableRegion(ctx, regionId);
  const scope = accessScopeOf(ctx.actor);
  if (scope.kind === 'state') return null;
  if (scope.kind === 'regions' && scope.regionIds.length === 1)
    return readableRegion(ctx, scope.regionIds[0]!);
  throw DomainError.invalidField(
    'regionId',
    "choose one of your regions: the state's figures are for state roles",
  );
}
