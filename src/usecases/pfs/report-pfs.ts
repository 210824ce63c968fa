import { accessScopeOf } from '../../core/people/access-scope';
import type { ServiceTerm } from '../../core/services/service-records';
import { listRegionsInScope } from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';
import { reportRegion } from '../services/report-region';
import { getRegionPfsList, type PfsListReply } from './get-region-pfs-list';

/** One region's PFS figures for a term. */
export interface PfsRegionSummary {
  region: number;
  name: string;
  eligible: number;
  pfs: number;
  served: number;
  servedPercent: number | null;
}

export type PfsReport =
  | { kind: 'regions'; period: string; term: ServiceTerm; regions: PfsRegionSummary[] }
  | { kind: 'region'; list: PfsListReply };

/**
 * The Priority for Services report of a period and term: one region's list when a region is
 * named (or the actor has one), otherwise every region's figures the actor reaches.
 */
export async function reportPfs(
  ctx: UseCaseContext,
  query: { period: string; term: ServiceTerm; regionNumber?: number | undefined },
): Promise<PfsReport> {
  const region = await reportRegion(ctx, query.regionNumber);
  if (region) return { kind: 'region', list: await getRegionPfsList(ctx, { ...query, regionId: region.id }) };
  const regions: PfsRegionSummary[] = [];
  for (const each of await listRegionsInScope(ctx.db, accessScopeOf(ctx.actor))) {
    const list = await getRegionPfsList(ctx, { period: query.period, term: query.term, regionId: each.id });
    regions.push({
      region: each.number,
      name: each.name,
      eligible: list.eligible,
      pfs: list.pfs,
      served: list.served,
      servedPercent: list.servedPercent,
    });
  }
  return { kind: 'regions', period: query.period, term: query.term, regions };
}
