/**
 * The demo's annual calendar (docs/rules/calendar.md CA2): the current program year opened in a
 * few regions, an application year, and statuses as a region part way through its year would
 * have them: most past tasks done, a few still open (overdue), this month's mostly started.
 */
import type { CalendarDate } from '../common/calendar-date';
import { generateProgramYear, programYearOf, type ItemStatus } from '../calendar/program-year';
import { seededRandom } from './seeded-random';

/** The regions whose calendar the demo opens (the consultant's three, the demo region among them). */
export const DEMO_CALENDAR_REGION_NUMBERS = [3, 5, 23] as const;

export interface DemoCalendarItem {
  regionNumber: number;
  taskKey: string;
  dueOn: CalendarDate;
  status: ItemStatus;
}

/** The application years of the demo: the current program year is one. */
export function demoApplicationYears(today: CalendarDate): number[] {
  return [programYearOf(today)];
}

/** The items of the demo regions' current program year, with their statuses and a few notes. */
export function demoCalendarItems(seed: number, today: CalendarDate): DemoCalendarItem[] {
  const random = seededRandom(seed ^ 0xca1e);
  const year = programYearOf(today);
  const thisMonth = today.slice(0, 7);
  return DEMO_CALENDAR_REGION_NUMBERS.flatMap((regionNumber) =>
    generateProgramYear(year, demoApplicationYears(today)).map((item) => {
      const past = item.dueOn < today && !item.dueOn.startsWith(thisMonth);
      const status: ItemStatus = past
        ? random.weighted<ItemStatus>([
            ['done', 8],
            ['in_progress', 1],
            ['not_started', 1],
            ['not_applicable', 1],
          ])
        : item.dueOn.startsWith(thisMonth)
          ? random.weighted<ItemStatus>([
              ['in_progress', 2],
              ['not_started', 1],
            ])
          : 'not_started';
      return { regionNumber, taskKey: item.taskKey, dueOn: item.dueOn, status };
    }),
  );
}
