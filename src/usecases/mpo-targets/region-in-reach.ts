import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canReachRecord } from '../../core/people/access-scope';
import { findDistrictById } from '../../data/repositories/districts.repository';
import { findRegionById, type RegionRow } from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';

/** The region, when the actor reaches it (district staff: the region of their district); else not_found. */
export async function regionInReach(ctx: UseCaseContext, regionId: string): Promise<RegionRow> {
  const region = await findRegionById(ctx.db, regionId);
  const scope = accessScopeOf(ctx.actor);
  const reachable =
    region !== undefined &&
    (scope.kind === 'district'
      ? (await findDistrictById(ctx.db, scope.districtId))?.region_id === region.id
      : canReachRecord(ctx.actor, { regionId: region.id }));
  if (!reachable) throw new DomainError('not_found', 'No such region.');
  return region;
}
