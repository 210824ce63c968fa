/**
 * Calendar dates as `YYYY-MM-DD` strings.
 *
 * A COE's qualifying arrival date is a day on a calendar, not an instant: a `Date` built
 * from "2019-08-01" is midnight UTC, which is the evening of July 31 in California. Every
 * date in Ciclo is therefore this string type, and all arithmetic goes through whole days
 * counted from 1970-01-01 with UTC-only `Date` methods, which never read the host's zone.
 */
export type CalendarDate = string & { readonly __brand?: 'CalendarDate' };

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (rejects 2023-02-29). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== DASH ||
    value.charCodeAt(7) !== DASH
  )
    return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DASH = 45;
const ZERO = 48;

/** The number written by `length` ASCII digits from `start`, or -1 if one is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

// Integer conversions between civil dates and day numbers (H. Hinnant's algorithms): these
// run in the engine's inner loops, where building Date objects would dominate the time.

/** Whole days since 1970-01-01 for a calendar date. */
export function toEpochDay(date: CalendarDate): number {
  const y0 = digitsAt(date, 0, 4);
  const m = digitsAt(date, 5, 2);
  const d = digitsAt(date, 8, 2);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date `epochDay` whole days after 1970-01-01. */
export function fromEpochDay(epochDay: number): CalendarDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatParts(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  // Within the month (every month has 28 days) only the day changes: the engine's common case.
  const day = digitsAt(date, 8, 2) + days;
  if (day >= 1 && day <= 28 && Number.isInteger(days)) return `${date.slice(0, 8)}${TWO_DIGITS[day]}`;
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whether two dates share their `YYYY-MM-` (compared in place: the engine asks it often). */
function inSameMonth(a: CalendarDate, b: CalendarDate): boolean {
  for (let i = 0; i < 7; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  if (inSameMonth(from, to)) return digitsAt(to, 8, 2) - digitsAt(from, 8, 2);
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * `date` moved by whole months; a day that does not exist in the target month is clamped
 * to its last day (2020-01-31 + 1 month = 2020-02-29).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const y = digitsAt(date, 0, 4);
  const m = digitsAt(date, 5, 2);
  const d = digitsAt(date, 8, 2);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return formatParts(year, month, day);
}

/** `date` moved by whole years; February 29 becomes February 28 in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** Compare two dates: negative, zero or positive like `Array.prototype.sort` wants. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Age in whole years on `on` for someone born on `birthDate` (birthdays on Feb 29 count on Mar 1). */
export function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  const by = Number(birthDate.slice(0, 4));
  const oy = Number(on.slice(0, 4));
  const hadBirthday = on.slice(5) >= birthDate.slice(5);
  return oy - by - (hadBirthday ? 0 : 1);
}

/** The year, month (1–12) and day of a calendar date. */
export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

/** A calendar date from its parts (no validation: use `isCalendarDate` on input). */
export function formatParts(year: number, month: number, day: number): CalendarDate {
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/** The calendar date an instant falls on in `timeZone` (the caller reads the clock). */
export function calendarDateIn(timeZone: string, instant: Date): CalendarDate {
  return dayFormatOf(timeZone).format(instant);
}

/** Making a formatter costs far more than formatting (a page of 20,000 days spent seconds on it): one per zone. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormatOf(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The instant the calendar date begins in `timeZone`: for 2026-12-05 in California, 08:00 UTC that day. */
export function startOfDayIn(timeZone: string, date: CalendarDate): Date {
  const { year, month, day } = dateParts(date);
  const midnightUtc = Date.UTC(year, month - 1, day);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  // the zone's offset at an instant: its wall clock there read as UTC, less the instant
  const offsetAt = (instant: number) => {
    const part = Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
    return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour, part.minute, part.second) - instant;
  };
  const guess = midnightUtc - offsetAt(midnightUtc);
  // once more at the guess, in case the offset changes between UTC midnight and the zone's
  return new Date(midnightUtc - offsetAt(guess));
}

/**
 * The instants of whole days `from` to `to` (inclusive) in `timeZone`: what a query of
 * timestamps compares with when a person asks for days in the state, where the evening is
 * already tomorrow in UTC.
 */
export function daysInZone(
  timeZone: string,
  from: CalendarDate,
  to: CalendarDate,
): { from: Date; before: Date } {
  return { from: startOfDayIn(timeZone, from), before: startOfDayIn(timeZone, addDays(to, 1)) };
}
