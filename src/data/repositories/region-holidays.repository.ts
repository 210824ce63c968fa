import type { Db } from '../db';

/** A day that is not a working day for the region's contact quota. */
export interface RegionHoliday {
  date: string;
  name: string;
}

/** The region's holidays in date order. */
export async function listRegionHolidays(db: Db, regionId: string): Promise<RegionHoliday[]> {
  const rows = await db.selectFrom('region_holidays').select(['holiday', 'name']).where('region_id', '=', regionId).orderBy('holiday').execute();
  return rows.map((row) => ({ date: row.holiday, name: row.name }));
}

/** Replace the region's holidays with `holidays` (call it inside a transaction). */
export async function replaceRegionHolidays(db: Db, regionId: string, holidays: readonly RegionHoliday[]): Promise<void> {
  await db.deleteFrom('region_holidays').where('region_id', '=', regionId).execute();
  if (holidays.length > 0)
    await db
      .insertInto('region_holidays')
      .values(holidays.map((holiday) => ({ region_id: regionId, holiday: holiday.date, name: holiday.name })))
      .execute();
}
