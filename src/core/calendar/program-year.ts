import { daysInMonth, formatParts, dateParts, type CalendarDate } from '../common/calendar-date';
import { monthOrder, type CalendarMonth, type ItemStatus } from './calendar-codes';
import { CALENDAR_TASKS, DETAIL_TASKS, GLANCE_TASKS, type CalendarTask } from './calendar-tasks';

export { ITEM_STATUSES, programYearLabel, type ItemStatus } from './calendar-codes';

/** Kinds of evidence an item carries (CA2.4). */
export const EVIDENCE_KINDS = ['note', 'link', 'file'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The first and last program years Ciclo accepts (design choice, CA2.1). */
export const MIN_PROGRAM_YEAR = 2000;
export const MAX_PROGRAM_YEAR = 2100;
export const MAX_NOTE_LENGTH = 2000;
export const MAX_LINK_LENGTH = 2000;

/** The program year a date falls in, named by the calendar year of its July (CA2.1). */
export function programYearOf(date: CalendarDate): number {
  const { year, month } = dateParts(date);
  return month >= 7 ? year : year - 1;
}

/** The calendar year in which `month` of a program year falls. */
export function calendarYearOf(startYear: number, month: CalendarMonth): number {
  return month >= 7 ? startYear : startYear + 1;
}

/** An item is due on the last day of its task's month (CA2.2). */
export function dueDateOf(startYear: number, month: CalendarMonth): CalendarDate {
  const year = calendarYearOf(startYear, month);
  return formatParts(year, month, daysInMonth(year, month));
}

/** Whether a program year is one when the grant application is due (CA1.3). */
export function isApplicationYear(startYear: number, applicationYears: readonly number[]): boolean {
  return applicationYears.includes(startYear);
}

/**
 * The tasks tracked as items: every detailed task, and each glance action that no detailed
 * task spells out (CA2.2).
 */
export const TRACKED_TASKS: readonly CalendarTask[] = [
  ...DETAIL_TASKS,
  ...GLANCE_TASKS.filter((task) => task.tracks.length === 0),
];

/** One item a program year holds, before it is stored. */
export interface GeneratedItem {
  taskKey: string;
  month: CalendarMonth;
  dueOn: CalendarDate;
}

/**
 * A region's program year (CA2.2): one item per tracked task, due at the end of its month,
 * the `*` tasks only in an application year; in the order of the months of the year.
 */
export function generateProgramYear(startYear: number, applicationYears: readonly number[]): GeneratedItem[] {
  const application = isApplicationYear(startYear, applicationYears);
  return TRACKED_TASKS.filter((task) => application || !task.applicationYear)
    .map((task, index) => ({ task, index }))
    .sort((a, b) => monthOrder(a.task.month) - monthOrder(b.task.month) || a.index - b.index)
    .map(({ task }) => ({ taskKey: task.key, month: task.month, dueOn: dueDateOf(startYear, task.month) }));
}

/** Whether an item is overdue on `today`: past its due date and neither done nor not applicable (CA2.5). */
export function isOverdue(item: { dueOn: CalendarDate; status: ItemStatus }, today: CalendarDate): boolean {
  return item.dueOn < today && (item.status === 'not_started' || item.status === 'in_progress');
}

/** A glance action's live status, or `absent` when the year holds none of its items (CA2.6). */
export type GlanceStatus = ItemStatus | 'absent';

/**
 * The status of a first-table action from the items of the tasks it sums up (CA2.6): absent
 * when none is in the year; done when every one is done or not applicable (not applicable
 * when all are); not started when none has started; otherwise in progress.
 */
export function glanceStatus(
  task: CalendarTask,
  statusOf: (taskKey: string) => ItemStatus | undefined,
): GlanceStatus {
  const keys = task.tracks.length > 0 ? task.tracks : [task.key];
  const statuses = keys.map(statusOf).filter((status): status is ItemStatus => status !== undefined);
  if (statuses.length === 0) return 'absent';
  if (statuses.every((s) => s === 'not_applicable')) return 'not_applicable';
  if (statuses.every((s) => s === 'done' || s === 'not_applicable')) return 'done';
  if (statuses.every((s) => s === 'not_started' || s === 'not_applicable')) return 'not_started';
  return 'in_progress';
}

/** Every task key, for validating input. */
export const TASK_KEYS: readonly string[] = CALENDAR_TASKS.map((task) => task.key);
