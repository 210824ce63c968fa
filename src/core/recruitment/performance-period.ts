/**
 * Performance periods of the I&R data packet: 1 September to 31 August (California), named
 * by their two years, `2021-22` = 2021-09-01 .. 2022-08-31.
 */
import { dateParts, type CalendarDate } from '../common/calendar-date';
import { DomainError } from '../common/domain-error';

/** The month a performance period starts (September); a state setting. */
export const PERIOD_START_MONTH = 9;

export interface PerformancePeriod {
  /** `2021-22` */
  name: string;
  startYear: number;
  first: CalendarDate;
  last: CalendarDate;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function periodStartingIn(startYear: number, startMonth = PERIOD_START_MONTH): PerformancePeriod {
  const lastMonth = startMonth === 1 ? 12 : startMonth - 1;
  const lastYear = startMonth === 1 ? startYear : startYear + 1;
  const lastDay = new Date(Date.UTC(lastYear, lastMonth, 0)).getUTCDate();
  return {
    name: `${startYear}-${pad((startYear + 1) % 100, 2)}`,
    startYear,
    first: `${pad(startYear, 4)}-${pad(startMonth, 2)}-01`,
    last: `${pad(lastYear, 4)}-${pad(lastMonth, 2)}-${pad(lastDay, 2)}`,
  };
}

/** The start year of the period a date falls in. */
export function periodStartYearOf(date: CalendarDate, startMonth = PERIOD_START_MONTH): number {
  const { year, month } = dateParts(date);
  return month >= startMonth ? year : year - 1;
}

/** `2021-22` → its period; refuses anything else, naming `field`. */
export function parsePeriod(text: string, field: string): PerformancePeriod {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const startYear = Number(match?.[1]);
  if (!match || (startYear + 1) % 100 !== Number(match[2]))
    throw DomainError.invalidField(field, `"${text}" is not a performance period such as 2021-22`);
  return periodStartingIn(startYear);
}

/** Every period from `from` to `to`, oldest first. */
export function periodsBetween(from: PerformancePeriod, to: PerformancePeriod): PerformancePeriod[] {
  if (to.startYear < from.startYear)
    throw DomainError.invalidField('to', `${to.name} is before ${from.name}`);
  if (to.startYear - from.startYear >= 50)
    throw DomainError.invalidField('to', 'at most 50 performance periods at a time');
  return Array.from({ length: to.startYear - from.startYear + 1 }, (_, i) =>
    periodStartingIn(from.startYear + i),
  );
}
