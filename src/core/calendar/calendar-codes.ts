/**
 * The calendar's code lists and names of program years (docs/rules/calendar.md CA1.1, CA2.1,
 * CA2.3), apart from the tasks' texts so that the web app takes them without the tables.
 */

/** The months of a program year, July to June (CA1.1), as calendar month numbers. */
export const PROGRAM_YEAR_MONTHS = [7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6] as const;
export type CalendarMonth = (typeof PROGRAM_YEAR_MONTHS)[number];

/** A month's place in the program year: July 0 … June 11. */
export function monthOrder(month: number): number {
  return month >= 7 ? month - 7 : month + 5;
}

/** What became of a calendar item (CA2.3). */
export const ITEM_STATUSES = ['not_started', 'in_progress', 'done', 'not_applicable'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** "2026–27" for the program year starting in July 2026 (CA2.1). */
export function programYearLabel(startYear: number): string {
  return `${startYear}–${String((startYear + 1) % 100).padStart(2, '0')}`;
}
