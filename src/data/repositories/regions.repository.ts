import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import { regionRowsInScope } from './scope-filter';

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

/** The regions an access scope reaches, by number (none for district staff). */
export async function listRegionsInScope(db: Db, scope: AccessScope): Promise<RegionRow[]> {
  return db
    .selectFrom('regions')
    .select(['id', 'number', 'name'])
    .where(regionRowsInScope(sql.ref('regions.id'), scope))
    .orderBy('number')
    .execute();
}
