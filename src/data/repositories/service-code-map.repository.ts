import type { Selectable } from 'kysely';
import type { Db } from '../db';
import type { ServiceCodeMapTable } from '../tables';

export type ServiceCodeMapRow = Selectable<ServiceCodeMapTable>;

/** A region's local service codes mapped to the state's, by local code then date. */
export async function listServiceCodeMap(db: Db, regionId: string): Promise<ServiceCodeMapRow[]> {
  return db
    .selectFrom('service_code_map')
    .selectAll()
    .where('region_id', '=', regionId)
    .orderBy('local_code')
    .orderBy('valid_from')
    .execute();
}

/** One line of the map by its key, or undefined. */
export async function findServiceCodeMapping(
  db: Db,
  key: { regionId: string; localCode: string; validFrom: string },
): Promise<ServiceCodeMapRow | undefined> {
  return db
    .selectFrom('service_code_map')
    .selectAll()
    .where('region_id', '=', key.regionId)
    .where('local_code', '=', key.localCode)
    .where('valid_from', '=', key.validFrom)
    .executeTakeFirst();
}

/** The lines of one local code of a region (to check a new line does not overlap them). */
export async function mappingsOfLocalCode(db: Db, regionId: string, localCode: string): Promise<ServiceCodeMapRow[]> {
  return db
    .selectFrom('service_code_map')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('local_code', '=', localCode)
    .orderBy('valid_from')
    .execute();
}

export async function insertServiceCodeMapping(db: Db, row: ServiceCodeMapRow): Promise<void> {
  await db.insertInto('service_code_map').values(row).execute();
}

/** End a line of the map on `validTo`. */
export async function endServiceCodeMapping(
  db: Db,
  key: { regionId: string; localCode: string; validFrom: string },
  validTo: string,
): Promise<void> {
  await db
    .updateTable('service_code_map')
    .set({ valid_to: validTo })
    .where('region_id', '=', key.regionId)
    .where('local_code', '=', key.localCode)
    .where('valid_from', '=', key.validFrom)
    .execute();
}
