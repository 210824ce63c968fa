import { fromEpochDay, toEpochDay, type CalendarDate } from '../../src/core/common/calendar-date';
import { seededRandom, type SeededRandom } from '../../src/core/demo/seeded-random';

/**
 * The demo's seeded generator with a day between two dates, for tests that generate random
 * records: a failing case is made again from its seed.
 */
export function seededDays(seed: number): SeededRandom & {
  dayBetween: (from: CalendarDate, to: CalendarDate) => CalendarDate;
} {
  const random = seededRandom(seed);
  return {
    ...random,
    dayBetween: (from, to) => fromEpochDay(random.integer(toEpochDay(from), toEpochDay(to))),
  };
}
