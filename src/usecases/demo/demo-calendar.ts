/**
 * Load the demo's annual calendar (src/core/demo/demo-calendar.ts) into the demo load's
 * transaction: the application years, and the current program year of the demo regions, the
 * demo region's items owned by its director and data specialist.
 */
import type { CalendarDate } from '../../core/common/calendar-date';
import { demoApplicationYears, demoCalendarItems } from '../../core/demo/demo-calendar';
import { programYearOf } from '../../core/calendar/program-year';
import { bulkInsert } from '../../data/bulk-insert';
import type { Db } from '../../data/db';
import { saveApplicationYears } from '../../data/repositories/calendar.repository';

/** How many calendar items the demo opened. */
export async function loadDemoCalendar(
  db: Db,
  options: {
    regionIds: ReadonlyMap<number, string>;
    owners: readonly string[];
    seed: number;
    today: CalendarDate;
  },
): Promise<number> {
  await saveApplicationYears(db, demoApplicationYears(options.today));
  const year = programYearOf(options.today);
  const items = demoCalendarItems(options.seed, options.today).filter((item) =>
    options.regionIds.has(item.regionNumber),
  );
  await bulkInsert(
    db,
    'calendar_items',
    items.map((item, index) => ({
      region_id: options.regionIds.get(item.regionNumber)!,
      program_year: year,
      task_key: item.taskKey,
      due_on: item.dueOn,
      status: item.status,
      owner_id:
        item.regionNumber === 5 && options.owners.length > 0
          ? options.owners[index % options.owners.length]!
          : null,
    })),
  );
  return items.length;
}
