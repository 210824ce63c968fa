import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  calendarDateIn,
  daysBetween,
  daysInZone,
  fromEpochDay,
  isCalendarDate,
  startOfDayIn,
  toEpochDay,
} from './calendar-date';

/**
 * These run under TZ=UTC, TZ=America/Los_Angeles and TZ=Asia/Tokyo (see scripts/test.mjs):
 * a calendar date must never move with the host's time zone.
 */
describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2019-08-01', true],
    ['2019-13-01', false],
    ['2019-00-10', false],
    ['2019-8-1', false],
    ['2019-08-01T00:00:00Z', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
  ])('isCalendarDate(%s) is %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('counts days across a daylight-saving change without losing one', () => {
    expect(daysBetween('2019-03-09', '2019-03-11')).toBe(2);
    expect(addDays('2019-11-02', 1)).toBe('2019-11-03');
    expect(addDays('2019-11-03', 1)).toBe('2019-11-04');
  });

  it('adds months clamping to the end of the month', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2019-08-01', 36)).toBe('2022-08-01');
    expect(addMonths('2019-08-15', -8)).toBe('2018-12-15');
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
  });

  it('computes age in whole years', () => {
    expect(ageOn('2004-08-01', '2026-07-31')).toBe(21);
    expect(ageOn('2004-08-01', '2026-08-01')).toBe(22);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('round-trips every date through epoch days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 60_000 }), (day) => {
        const date = fromEpochDay(day);
        return isCalendarDate(date) && toEpochDay(date) === day && addDays(date, 1) > date;
      }),
    );
  });
  it('moves by days and counts days between two dates as the day numbers do', () => {
    const date = fc.integer({ min: -25_000, max: 60_000 }).map(fromEpochDay);
    fc.assert(
      fc.property(date, fc.integer({ min: -40, max: 40 }), (from, days) => {
        const to = fromEpochDay(toEpochDay(from) + days);
        expect(addDays(from, days)).toBe(to);
        expect(daysBetween(from, to)).toBe(days);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('day numbers', () => {
  it('agree with the proleptic Gregorian calendar of Date.UTC for every day from 1800 to 2200', () => {
    const first = Date.UTC(1800, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromEpochDay(day) !== iso || toEpochDay(iso) !== day)
        throw new Error(`day ${day}: ${fromEpochDay(day)} / ${toEpochDay(iso)} vs ${iso}`);
    }
    expect(fromEpochDay(0)).toBe('1970-01-01');
  });
});

describe('days in a time zone', () => {
  const LA = 'America/Los_Angeles';
  it('a day in California begins at 08:00 UTC in winter and 07:00 UTC in summer, whatever the host', () => {
    expect(startOfDayIn(LA, '2026-12-05').toISOString()).toBe('2026-12-05T08:00:00.000Z');
    expect(startOfDayIn(LA, '2026-07-04').toISOString()).toBe('2026-07-04T07:00:00.000Z');
    expect(startOfDayIn('UTC', '2026-12-05').toISOString()).toBe('2026-12-05T00:00:00.000Z');
    expect(startOfDayIn('Asia/Tokyo', '2026-12-05').toISOString()).toBe('2026-12-04T15:00:00.000Z');
  });
  it('the days the clocks change begin at the offset of their midnight', () => {
    expect(startOfDayIn(LA, '2026-03-08').toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(startOfDayIn(LA, '2026-03-09').toISOString()).toBe('2026-03-09T07:00:00.000Z');
    expect(startOfDayIn(LA, '2026-11-01').toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(startOfDayIn(LA, '2026-11-02').toISOString()).toBe('2026-11-02T08:00:00.000Z');
  });
  it('holds every instant of the days and none beside: 6 p.m. in California is the same day there', () => {
    const days = daysInZone(LA, '2026-12-01', '2026-12-05');
    expect(days.from.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(days.before.toISOString()).toBe('2026-12-06T08:00:00.000Z');
    const evening = new Date('2026-12-06T02:00:00Z');
    expect(calendarDateIn(LA, evening)).toBe('2026-12-05');
    expect(evening >= days.from && evening < days.before).toBe(true);
  });
  it('every day of a year begins at an instant the zone dates to that day, its previous instant the day before', () => {
    for (let day = toEpochDay('2026-01-01'); day <= toEpochDay('2026-12-31'); day++) {
      const date = fromEpochDay(day);
      const start = startOfDayIn(LA, date);
      expect(calendarDateIn(LA, start)).toBe(date);
      expect(calendarDateIn(LA, new Date(start.getTime() - 1))).toBe(addDays(date, -1));
    }
  });
});
