import { sql } from 'kysely';
import { DomainError } from '../../core/common/domain-error';
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
      eb
        .selectFrom('districts')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('districts.region_id', '=', 'regions.id')
        .as('district_count'),
      eb
        .selectFrom('children')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('children.region_id', '=', 'regions.id')
        .as('child_count'),
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
    childCount:
      scope.kind === 'state' || (scope.kind === 'regions' && scope.regionIds.includes(row.id))
        ? (row.child_count ?? 0)
        : 0,
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
export async function listDistricts(
  ctx: UseCaseContext,
  options: { regionId?: string | undefined },
): Promise<DistrictSummary[]> {
  let query = ctx.db
    .selectFrom('districts')
    .select(['id', 'region_id', 'cds_code', 'name', 'county', 'is_reimbursable'])
    .orderBy('name');
  if (options.regionId) query = query.where('region_id', '=', options.regionId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    regionId: r.region_id,
    cdsCode: r.cds_code,
    name: r.name,
    county: r.county,
    isReimbursable: r.is_reimbursable,
  }));
}

export interface SchoolSummary {
  id: string;
  districtId: string;
  cdsCode: string;
  name: string;
  kind: 'school' | 'site';
}

/** Schools and sites of a district or of a region, by name; `q` keeps names containing every word. */
export async function listSchools(
  ctx: UseCaseContext,
  options: { districtId?: string | undefined; regionId?: string | undefined; q?: string | undefined },
): Promise<SchoolSummary[]> {
  if (!options.districtId && !options.regionId)
    throw DomainError.invalidField('districtId', 'give districtId or regionId');
  let query = ctx.db
    .selectFrom('schools')
    .select(['schools.id', 'schools.district_id', 'schools.cds_code', 'schools.name', 'schools.kind'])
    .orderBy('schools.name');
  if (options.districtId) query = query.where('schools.district_id', '=', options.districtId);
  if (options.regionId) {
    const regionId = options.regionId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('districts')
          .select('districts.id')
          .whereRef('districts.id', '=', 'schools.district_id')
          .where('districts.region_id', '=', regionId),
      ),
    );
  }
  for (const word of (options.q ?? '').trim().split(/\s+/).filter(Boolean))
    query = query.where('schools.name', 'ilike', `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    districtId: r.district_id,
    cdsCode: r.cds_code,
    name: r.name,
    kind: r.kind,
  }));
}
