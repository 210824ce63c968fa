import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { dataPacketPolicy } from '../../core/recruitment/data-packet.policy';
import {
  findRegionById,
  findRegionByNumber,
  type RegionRow,
} from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';

/**
 * The region a data packet is asked for: the one numbered, if the actor may read its packet
 * (`not_found` naming `region` otherwise, the same as a number that does not exist), or by
 * default the actor's own when they work in one region; null for the state's packet alone.
 */
export async function dataPacketRegion(
  ctx: UseCaseContext,
  regionNumber: number | undefined,
): Promise<RegionRow | null> {
  if (regionNumber === undefined) {
    const scope = accessScopeOf(ctx.actor);
    if (scope.kind !== 'regions' || scope.regionIds.length !== 1) return null;
    return (await findRegionById(ctx.db, scope.regionIds[0]!)) ?? null;
  }
  const region = await findRegionByNumber(ctx.db, regionNumber);
  if (!region || !dataPacketPolicy.can(ctx.actor, 'read', { regionId: region.id }))
    throw new DomainError('not_found', `No region ${regionNumber} in your scope.`, [
      { field: 'region', message: 'not a region you can read' },
    ]);
  return region;
}
