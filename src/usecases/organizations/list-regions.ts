import { accessScopeOf } from '../../core/people/access-scope';
import { listRegionRowsWithCounts } from '../../data/repositories/organizations.repository';
import type { UseCaseContext } from '../context';

export interface RegionSummary {
  id: string;
  number: number;
  name: string;
  kind: 'county_office' | 'direct_funded_district';
  counties: string[];
  districtCount: number;
  childCount: number;
}

/**
 * Regions with their district and child counts. Organization names are public, so every
 * role sees every region; the child counts are of the children in the actor's scope.
 */
export async function listRegions(ctx: UseCaseContext): Promise<RegionSummary[]> {
  const rows = await listRegionRowsWithCounts(ctx.db, accessScopeOf(ctx.actor));
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    name: row.name,
    kind: row.kind,
    counties: row.counties,
    districtCount: row.district_count ?? 0,
    childCount: row.child_count ?? 0,
  }));
}
