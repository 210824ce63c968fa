import { CALIFORNIA_SETTINGS } from '../../../core/common/state-settings';

/**
 * Today's calendar date (YYYY-MM-DD) in the state's time zone, as the server counts it: a
 * contact recorded in the evening must not be dated tomorrow.
 */
export function stateToday(now: Date = new Date(), timeZone: string = CALIFORNIA_SETTINGS.timeZone): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysUntil(from: string, to: string): number {
  const day = (date: string) => {
    const [year, month, dayOfMonth] = date.split('-').map(Number);
    return Date.UTC(year ?? 0, (month ?? 1) - 1, dayOfMonth ?? 1) / 86_400_000;
  };
  return Math.round(day(to) - day(from));
}

/** A value of the address's query that must be one of `allowed`, else the first. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T {
  return allowed.find((option) => option === value) ?? allowed[0]!;
}
