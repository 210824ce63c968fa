import { DomainError } from '../../core/common/domain-error';
import type { CodeMapping } from '../../core/services/service-code-map';
import type { ServiceCodeMapRow } from '../../data/repositories/service-code-map.repository';
import type { UseCaseContext } from '../context';

export const NO_REGION = 'No region with that id.';

export function mappingOfRow(row: ServiceCodeMapRow): CodeMapping {
  return {
    localCode: row.local_code,
    stateCode: row.state_code,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

/** The region whose code map the actor asks about: the one given, or their own. */
export function codeMapRegionOf(ctx: UseCaseContext, regionId: string | undefined): string {
  const region = regionId ?? ctx.actor.regionId;
  if (!region) throw DomainError.invalidField('regionId', 'is required: choose a region');
  return region;
}
