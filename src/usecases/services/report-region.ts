import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canReachRecord } from '../../core/people/access-scope';
import {
  findRegionById,
  findRegionByNumber,
  type RegionRow,
} from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';

/**
 * The region a services report (MPO outcomes, child count) is asked for: the one numbered,
 * if the actor reaches it (`not_found` naming `region` otherwise, the same as a number that
 * does not exist); without a number, the state for state roles and the actor's own region
 * for region staff. Anyone else (a consultant of several regions) must name one.
 */
export async function reportRegion(
  ctx: UseCaseContext,
  regionNumber: number | undefined,
): Promise<RegionRow | null> {
  const scope = accessScopeOf(ctx.actor);
  if (regionNumber === undefined) {
    if (scope.kind === 'state') return null;
    if (scope.kind === 'regions' && scope.regionIds.length === 1)
      return (await findRegionById(ctx.db, scope.regionIds[0]!)) ?? null;
    throw DomainError.invalidField(
      'region',
      'choose one of your regions: the state’s figures are for state roles',
    );
  }
  const region = await findRegionByNumber(ctx.db, regionNumber);
  if (!region || !canReachRecord(ctx.actor, { regionId: region.id }))
    throw new DomainError('not_found', `No region ${regionNumber} in your scope.`, [
      { field: 'region', message: 'not a region you can read' },
    ]);
  return region;
}

/** `state` or `region 5`, as the contract names a report's scope. */
export function reportScopeName(region: RegionRow | null): string {
  return region === null ? 'state' : `region ${region.number}`;
}
