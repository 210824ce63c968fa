import type { Db } from '../db';

/** A region's id, number and name (regions are not children's records: no scope needed). */
export interface RegionRow {
  id: string;
  number: number;
  name: string;
}

/** The region with this id, or undefined. */
export async function findRegionById(db: Db, id: string): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').select(['id', 'number', 'name']).where('id', '=', id).executeTakeFirst();
}

/** The region with this number (1–23), or undefined. */
export async function findRegionByNumber(db: Db, number: number): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').select(['id', 'number', 'name']).where('number', '=', number).executeTakeFirst();
}
