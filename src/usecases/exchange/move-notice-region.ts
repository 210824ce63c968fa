import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { canImportMoveNotices } from '../../core/exchange/move-notice.policy';
import { findRegionById } from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';

/**
 * The region whose move notices are imported or answered back (X10.7): the one named, or the
 * actor's own when they work in one region. A region out of reach is `not_found` naming
 * `regionId`, the same as one that does not exist.
 */
export async function moveNoticeRegion(ctx: UseCaseContext, regionId: string | undefined): Promise<string> {
  const scope = accessScopeOf(ctx.actor);
  const id =
    regionId ?? (scope.kind === 'regions' && scope.regionIds.length === 1 ? scope.regionIds[0] : undefined);
  if (!id) throw DomainError.invalidField('regionId', 'is required');
  const region = await findRegionById(ctx.db, id);
  if (!region || !canImportMoveNotices(ctx.actor, region.id))
    throw new DomainError('not_found', 'No such region in your scope.', [
      { field: 'regionId', message: 'not a region you work in' },
    ]);
  return region.id;
}
