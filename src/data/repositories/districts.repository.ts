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

/** The district with this seven-digit CDS code, or undefined. */
export async function findDistrictByCdsCode(db: Db, cdsCode: string): Promise<DistrictRow | undefined> {
  return db.selectFrom('districts').select(['id', 'region_id', 'name']).where('cds_code', '=', cdsCode).executeTakeFirst();
}
