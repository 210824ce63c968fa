import { accessScopeOf } from '../../core/people/access-scope';
import { listRegionRowsWithCounts } from '../../data/repositories/organizations.repository';
import { organizationPolicy } from '../../core/organizations/organization.policy';
import { requirePermission, type UseCaseContext } from '../context';

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
 * role sees every region; a region's child count only those whose scope reaches it (the
 * organization policy), counted among the children in the actor's scope.
 */
export async function listRegions(ctx: UseCaseContext): Promise<RegionSummary[]> {
  requirePermission(ctx, 'organization.read');
  const rows = await listRegionRowsWithCounts(ctx.db, accessScopeOf(ctx.actor));
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    name: row.name,
    kind: row.kind,
    counties: row.counties,
    districtCount: row.district_count ?? 0,
    childCount: organizationPolicy.can(ctx.actor, 'readChildCount', { regionId: row.id })
      ? (row.child_count ?? 0)
      : 0,
  }));
}
