import type { KnownDistrict, KnownSchool } from '../../core/organizations/directory-update';
import type { RegionDefinition } from '../../core/organizations/state-regions';
import type { Db } from '../db';

/** Every region as the directory load reads it: number, subgrantee, counties and districts. */
export async function listRegionDefinitions(db: Db): Promise<Array<RegionDefinition & { id: string }>> {
  const rows = await db
    .selectFrom('regions')
    .select(['id', 'number', 'name', 'kind', 'counties', 'district_codes'])
    .orderBy('number')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    name: row.name,
    kind: row.kind,
    counties: row.counties,
    districtCodes: row.district_codes,
  }));
}

/** Add a region; returns its id. */
export async function insertRegionDefinition(db: Db, region: RegionDefinition): Promise<string> {
  const row = await db
    .insertInto('regions')
    .values({
      number: region.number,
      name: region.name,
      kind: region.kind,
      counties: region.counties,
      district_codes: region.districtCodes,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Save a region's subgrantee, kind, counties and districts. */
export async function updateRegionDefinition(db: Db, id: string, region: RegionDefinition): Promise<void> {
  await db
    .updateTable('regions')
    .set({ name: region.name, kind: region.kind, counties: region.counties, district_codes: region.districtCodes })
    .where('id', '=', id)
    .execute();
}

/** Every district, as the directory load compares it. */
export async function listKnownDistricts(db: Db): Promise<KnownDistrict[]> {
  const rows = await db
    .selectFrom('districts')
    .select(['id', 'cds_code', 'name', 'county', 'status', 'closed_on', 'nces_id'])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    cdsCode: row.cds_code,
    name: row.name,
    county: row.county,
    status: row.status,
    closedOn: row.closed_on,
    ncesId: row.nces_id,
  }));
}

/** Every school, as the directory load compares it. */
export async function listKnownSchools(db: Db): Promise<KnownSchool[]> {
  const rows = await db
    .selectFrom('schools')
    .select([
      'id',
      'cds_code',
      'name',
      'status',
      'opened_on',
      'closed_on',
      'is_charter',
      'street',
      'city',
      'zip',
      'nces_id',
    ])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    cdsCode: row.cds_code,
    name: row.name,
    status: row.status,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    isCharter: row.is_charter,
    street: row.street,
    city: row.city,
    zip: row.zip,
    ncesId: row.nces_id,
  }));
}

export type DistrictColumns = Omit<KnownDistrict, 'id'>;

/** Add districts to their regions; returns their ids by CDS code. */
export async function insertDistricts(
  db: Db,
  districts: ReadonlyArray<DistrictColumns & { regionId: string }>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let start = 0; start < districts.length; start += 1000) {
    const rows = await db
      .insertInto('districts')
      .values(
        districts.slice(start, start + 1000).map((d) => ({
          region_id: d.regionId,
          cds_code: d.cdsCode,
          name: d.name,
          county: d.county,
          status: d.status,
          closed_on: d.closedOn,
          nces_id: d.ncesId,
        })),
      )
      .returning(['id', 'cds_code'])
      .execute();
    for (const row of rows) ids.set(row.cds_code, row.id);
  }
  return ids;
}

/** Save what the directory says of a district (its region stays). */
export async function updateDistrict(db: Db, id: string, d: DistrictColumns): Promise<void> {
  await db
    .updateTable('districts')
    .set({ name: d.name, county: d.county, status: d.status, closed_on: d.closedOn, nces_id: d.ncesId })
    .where('id', '=', id)
    .execute();
}

type SchoolColumns = Omit<KnownSchool, 'id'>;

function schoolRow(s: SchoolColumns) {
  return {
    cds_code: s.cdsCode,
    name: s.name,
    status: s.status,
    opened_on: s.openedOn,
    closed_on: s.closedOn,
    is_charter: s.isCharter,
    street: s.street,
    city: s.city,
    zip: s.zip,
    nces_id: s.ncesId,
  };
}

/** Add schools to their districts. */
export async function insertSchools(
  db: Db,
  schools: ReadonlyArray<SchoolColumns & { districtId: string }>,
): Promise<void> {
  for (let start = 0; start < schools.length; start += 1000) {
    await db
      .insertInto('schools')
      .values(schools.slice(start, start + 1000).map((s) => ({ ...schoolRow(s), district_id: s.districtId })))
      .execute();
  }
}

/** Save what the directory says of a school. */
export async function updateSchool(db: Db, id: string, s: SchoolColumns): Promise<void> {
  const { cds_code: _, ...columns } = schoolRow(s);
  await db.updateTable('schools').set(columns).where('id', '=', id).execute();
}
