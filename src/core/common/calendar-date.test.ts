import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  daysBetween,
  fromEpochDay,
  isCalendarDate,
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
