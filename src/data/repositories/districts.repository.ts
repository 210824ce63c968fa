import type { Db } from '../db';

/** A district's id, region and name. */
export interface DistrictRow {
  id: string;
  region_id: string;
  name: string;
}

/** The district with this id, or undefined. */
export async function findDistrictById(db: Db, id: string): Promise<DistrictRow | undefined> {
  return db.selectFrom('districts').select(['id', 'region_id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** A region's districts (ids and names), by name. */
export async function listDistrictsOfRegion(db: Db, regionId: string): Promise<DistrictRow[]> {
  return db
    .selectFrom('districts')
    .select(['id', 'region_id', 'name'])
    .where('region_id', '=', regionId)
    .orderBy('name')
    .execute();
}
