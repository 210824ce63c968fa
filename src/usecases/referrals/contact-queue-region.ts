import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { contactQueueSettingsPolicy } from '../../core/recruitment/referral.policy';
import { findRegionById } from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';

/**
 * The region whose contact queue settings (prioritization rules, holidays) are asked for:
 * the one named, or the actor's own when they work in one region. A region out of reach is
 * `not_found` naming `regionId`, the same as one that does not exist.
 */
export async function contactQueueRegion(
  ctx: UseCaseContext,
  regionId: string | undefined,
  action: 'read' | 'write',
): Promise<string> {
  const scope = accessScopeOf(ctx.actor);
  const id =
    regionId ?? (scope.kind === 'regions' && scope.regionIds.length === 1 ? scope.regionIds[0] : undefined);
  if (!id) throw DomainError.invalidField('regionId', 'is required');
  const region = await findRegionById(ctx.db, id);
  const settings = region && { regionId: region.id };
  if (!settings || !contactQueueSettingsPolicy.can(ctx.actor, action, settings))
    throw new DomainError('not_found', 'No such region in your scope.', [
      { field: 'regionId', message: 'not a region you work in' },
    ]);
  return settings.regionId;
}
