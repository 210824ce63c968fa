import { sql } from 'kysely';
import { accessScopeOf } from '../../core/people/access-scope';
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
 * role sees every region; the child counts are shown only for regions in the actor's scope.
 */
export async function listRegions(ctx: UseCaseContext): Promise<RegionSummary[]> {
  const scope = accessScopeOf(ctx.actor);
  const rows = await ctx.db
    .selectFrom('regions')
    .select((eb) => [
      'regions.id',
      'regions.number',
      'regions.name',
      'regions.kind',
      'regions.counties',
      eb.selectFrom('districts').select(sql<number>`count(*)::int`.as('n')).whereRef('districts.region_id', '=', 'regions.id').as('district_count'),
      eb.selectFrom('children').select(sql<number>`count(*)::int`.as('n')).whereRef('children.region_id', '=', 'regions.id').as('child_count'),
    ])
    .orderBy('regions.number')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    name: row.name,
    kind: row.kind,
    counties: row.counties,
    districtCount: row.district_count ?? 0,
    childCount: scope.kind === 'state' || (scope.kind === 'regions' && scope.regionIds.includes(row.id)) ? (row.child_count ?? 0) : 0,
  }));
}

export interface DistrictSummary {
  id: string;
  regionId: string;
  cdsCode: string;
  name: string;
  county: string;
  isReimbursable: boolean;
}

/** Districts, optionally of one region, by name. */
export async function listDistricts(ctx: UseCaseContext, options: { regionId?: string | undefined }): Promise<DistrictSummary[]> {
  let query = ctx.db.selectFrom('districts').select(['id', 'region_id', 'cds_code', 'name', 'county', 'is_reimbursable']).orderBy('name');
  if (options.regionId) query = query.where('region_id', '=', options.regionId);
  const rows = await query.execute();
  return rows.map((r) => ({ id: r.id, regionId: r.region_id, cdsCode: r.cds_code, name: r.name, county: r.county, isReimbursable: r.is_reimbursable }));
}

export interface SchoolSummary {
  id: string;
  districtId: string;
  cdsCode: string;
  name: string;
  kind: 'school' | 'site';
}

/** Schools and sites of a district, by name. */
export async function listSchools(ctx: UseCaseContext, options: { districtId: string }): Promise<SchoolSummary[]> {
  const rows = await ctx.db
    .selectFrom('schools')
    .select(['id', 'district_id', 'cds_code', 'name', 'kind'])
    .where('district_id', '=', options.districtId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, districtId: r.district_id, cdsCode: r.cds_code, name: r.name, kind: r.kind }));
}
