import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canReachRecord } from '../../core/people/access-scope';
import { findRegionById, type RegionRow } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';

/**
 * The children an MSIX validation report covers (msix.read): the region named, when the actor
 * reaches it (`not_found` otherwise, the same as a region that does not exist); without one,
 * the state for state roles and the actor's own region for region staff.
 */
export async function msixReportRegion(
  ctx: UseCaseContext,
  regionId: string | undefined,
): Promise<RegionRow | null> {
  requirePermission(ctx, 'msix.read');
  const scope = accessScopeOf(ctx.actor);
  if (regionId === undefined) {
    if (scope.kind === 'state') return null;
    if (scope.kind === 'regions' && scope.regionIds.length === 1)
      return (await findRegionById(ctx.db, scope.regionIds[0]!)) ?? null;
    throw DomainError.invalidField('regionId', 'choose one of your regions');
  }
  const region = await findRegionById(ctx.db, regionId);
  if (!region || !canReachRecord(ctx.actor, { regionId: region.id }))
    throw new DomainError('not_found', 'No such region.');
  return region;
}

/** The exports to MSIX are the state's: its administrator's (msix.export, a state scope). */
export function requireStateExporter(ctx: UseCaseContext): void {
  requirePermission(ctx, 'msix.export');
  if (accessScopeOf(ctx.actor).kind !== 'state')
    throw new DomainError('forbidden', 'Only a state administrator exports to MSIX.');
}
