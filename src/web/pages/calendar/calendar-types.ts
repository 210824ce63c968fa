/** The calendar as the API returns it: the types of its schemas; its code lists come from the domain core. */
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

export { ITEM_STATUSES, PROGRAM_YEAR_MONTHS, programYearLabel } from '../../../core/calendar/calendar-codes';
export { inLanguage } from '../../../core/common/local-text';

/** The status badge's colour: shades dark enough for white text to meet WCAG AA on a small badge. */
export const STATUS_COLORS: Record<ItemStatus | 'absent', string> = {
  not_started: 'gray.7',
  in_progress: 'blue.9',
  done: 'teal.9',
  not_applicable: 'dark.6',
  absent: 'gray.7',
};

/** The name of a month (1–12) in the user's language. */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** The staff of one region, who may own its items. */
export interface RegionStaff {
  regionId: string | null;
  people: ReadonlyArray<{ id: string; name: string }>;
}
