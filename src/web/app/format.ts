import { calendarDateIn } from '../../core/common/calendar-date';
import { CALIFORNIA_SETTINGS } from '../../core/common/state-settings';

/**
 * Dates and numbers for people, in their language. Calendar dates (YYYY-MM-DD) are
 * formatted from their parts in UTC, so no time zone ever moves them by a day.
 */
export function formatDate(date: string | null | undefined, language: string): string {
  if (!date) return '—';
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'es' ? 'es-US' : 'en-US').format(value);
}

/** A child's or person's full name exactly as written: first names, then both surnames. */
export function fullName(person: {
  firstName: string;
  middleName?: string | null;
  lastSurname: string;
  secondSurname?: string | null;
}): string {
  return [person.firstName, person.middleName, person.lastSurname, person.secondSurname]
    .filter(Boolean)
    .join(' ');
}

/** Today in the state's time zone, as the server counts it: a contact recorded in the evening is not dated tomorrow. */
export function todayInState(now: Date = new Date()): string {
  return calendarDateIn(CALIFORNIA_SETTINGS.timeZone, now);
}
