import { sql, type Insertable } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import type { DistrictsTable, RegionsTable, SchoolsTable } from '../tables';
import { childrenInScope } from './scope-filter';

/**
 * Every region with its district count, by number, and its children that the scope reaches
 * (0 for a region outside it). Organization names are public.
 */
export async function listRegionRowsWithCounts(db: Db, scope: AccessScope) {
  return db
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
        .where((inner) => childrenInScope(inner, scope))
        .as('child_count'),
    ])
    .orderBy('regions.number')
    .execute();
}

/** Districts, optionally of one region, by name. */
export async function listDistrictRows(db: Db, options: { regionId?: string | undefined }) {
  let query = db
    .selectFrom('districts')
    .select(['id', 'region_id', 'cds_code', 'name', 'county', 'is_reimbursable'])
    .orderBy('name');
  if (options.regionId) query = query.where('region_id', '=', options.regionId);
  return query.execute();
}

/** Schools and sites of a district or of a region, by name, whose names contain every word. */
export async function listSchoolRows(
  db: Db,
  options: { districtId?: string | undefined; regionId?: string | undefined; words: readonly string[] },
) {
  let query = db
    .selectFrom('schools')
    .select(['schools.id', 'schools.district_id', 'schools.cds_code', 'schools.name', 'schools.kind'])
    .orderBy('schools.name');
  if (options.districtId) query = query.where('schools.district_id', '=', options.districtId);
  const regionId = options.regionId;
  if (regionId)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('districts')
          .select('districts.id')
          .whereRef('districts.id', '=', 'schools.district_id')
          .where('districts.region_id', '=', regionId),
      ),
    );
  for (const word of options.words)
    query = query.where('schools.name', 'ilike', `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return query.execute();
}

/** Lower-case names of the counties these regions serve. */
export async function listCountiesServedByRegions(db: Db, regionIds: readonly string[]): Promise<Set<string>> {
  if (regionIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('regions')
    .select('counties')
    .where('id', 'in', [...regionIds])
    .execute();
  return new Set(rows.flatMap((row) => row.counties.map((name) => name.toLowerCase())));
}

/** The id of the region with this number, or undefined. */
export async function findRegionIdByNumber(db: Db, number: number): Promise<string | undefined> {
  const row = await db.selectFrom('regions').select('id').where('number', '=', number).executeTakeFirst();
  return row?.id;
}

/** The id and region of the district with this CDS code, or undefined. */
export async function findDistrictByCdsCode(db: Db, cdsCode: string) {
  return db.selectFrom('districts').select(['id', 'region_id']).where('cds_code', '=', cdsCode).executeTakeFirst();
}

/** The first of these region numbers already taken, or undefined when none is. */
export async function findTakenRegionNumber(db: Db, numbers: readonly number[]): Promise<number | undefined> {
  if (numbers.length === 0) return undefined;
  const row = await db
    .selectFrom('regions')
    .select('number')
    .where('number', 'in', [...numbers])
    .executeTakeFirst();
  return row?.number;
}

/** Create regions; returns each one's id by number. */
export async function insertRegions(db: Db, regions: ReadonlyArray<Insertable<RegionsTable>>) {
  return db.insertInto('regions').values([...regions]).returning(['id', 'number']).execute();
}

/** Create districts, a thousand per statement. */
export async function insertDistricts(db: Db, districts: ReadonlyArray<Insertable<DistrictsTable>>): Promise<void> {
  for (let i = 0; i < districts.length; i += 1_000)
    await db
      .insertInto('districts')
      .values(districts.slice(i, i + 1_000))
      .execute();
}

/** Create schools, a thousand per statement. */
export async function insertSchools(db: Db, schools: ReadonlyArray<Insertable<SchoolsTable>>): Promise<void> {
  for (let i = 0; i < schools.length; i += 1_000)
    await db
      .insertInto('schools')
      .values(schools.slice(i, i + 1_000))
      .execute();
}

/** The id of a region's district with the lowest CDS code (it must have one). */
export async function findFirstDistrictIdOfRegion(db: Db, regionId: string): Promise<string> {
  const row = await db
    .selectFrom('districts')
    .select('id')
    .where('region_id', '=', regionId)
    .orderBy('cds_code')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The names of the first `limit` schools of a district. */
export async function listSchoolNamesOfDistrict(db: Db, districtId: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('schools').select('name').where('district_id', '=', districtId).limit(limit).execute();
  return rows.map((row) => row.name);
}
