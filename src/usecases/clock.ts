import { calendarDateIn, type CalendarDate } from '../core/common/calendar-date';
import { CALIFORNIA_SETTINGS } from '../core/common/state-settings';

/**
 * Today's calendar date in the state's time zone. At 5 p.m. in California it is already
 * tomorrow in UTC; a COE signed that evening must carry the California date.
 */
export function todayInState(
  now: Date = new Date(),
  timeZone: string = CALIFORNIA_SETTINGS.timeZone,
): CalendarDate {
  return calendarDateIn(timeZone, now);
}
