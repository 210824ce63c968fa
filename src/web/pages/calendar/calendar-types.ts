import type { Static } from '@sinclair/typebox';
import type {
  CalendarGlanceReply,
  CalendarItemReply,
  CalendarOverviewReply,
  CalendarProgressReply,
  CalendarTaskReply,
  SettingsReply,
} from '../../../server/routes/calendar/calendar.schemas';

export type CalendarItem = CalendarItemReply;
export type CalendarTask = CalendarTaskReply;
export type CalendarOverview = CalendarOverviewReply;
export type CalendarGlance = CalendarGlanceReply;
export type CalendarProgress = CalendarProgressReply;
export type CalendarSettings = Static<typeof SettingsReply>;
export type ItemStatus = CalendarItem['status'];

export const ITEM_STATUSES: readonly ItemStatus[] = ['not_started', 'in_progress', 'done', 'not_applicable'];

/** The status badge's colour: shades dark enough for white text to meet WCAG AA on a small badge. */
export const STATUS_COLORS: Record<ItemStatus | 'absent', string> = {
  not_started: 'gray.7',
  in_progress: 'blue.9',
  done: 'teal.9',
  not_applicable: 'dark.6',
  absent: 'gray.7',
};

/** The text of a task in the user's language. */
export function inLanguage(text: { en: string; es: string }, language: string): string {
  return language === 'es' ? text.es : text.en;
}

/** "2026–27" for the program year starting in July 2026. */
export function programYearLabel(startYear: number): string {
  return `${startYear}–${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The name of a month (1–12) in the user's language. */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** The months of a program year, July to June. */
export const PROGRAM_YEAR_MONTHS = [7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6] as const;

/** The staff of one region, who may own its items. */
export interface RegionStaff {
  regionId: string | null;
  people: ReadonlyArray<{ id: string; name: string }>;
}
