import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../common/calendar-date';
import {
  currentEligibility,
  eligibilityYear,
  endsWithin,
  isResidencyContactDue,
  latestQadInYear,
  type EligibilitySpan,
} from './eligibility-calendar';

const span = (qad: string, end: string | null): EligibilitySpan => ({
  childId: 'c',
  qad,
  eligibilityEndDate: end,
});

describe('eligibility over time', () => {
  it('takes the span with the latest QAD that has not ended', () => {
    const spans = [
      span('2019-08-01', '2022-07-31'),
      span('2021-03-15', '2024-03-14'),
      span('2018-01-01', '2020-12-31'),
    ];
    expect(currentEligibility(spans, '2021-06-01')?.qad).toBe('2021-03-15');
    expect(currentEligibility(spans, '2021-01-01')?.qad).toBe('2019-08-01');
    expect(currentEligibility(spans, '2024-03-14')?.qad).toBe('2021-03-15');
    expect(currentEligibility(spans, '2024-03-15')).toBeUndefined();
  });
  it.each([
    [30, '2022-07-01', true],
    [30, '2022-06-30', false],
    [60, '2022-06-01', true],
    [90, '2022-05-02', true],
    [90, '2022-05-01', false],
    [30, '2022-07-31', true],
    [30, '2022-08-01', false],
  ])('ends within %i days of %s: %s', (days, today, expected) => {
    expect(endsWithin(span('2019-08-01', '2022-07-31'), today, days)).toBe(expected);
  });
  it('counts the years of eligibility from the QAD', () => {
    const s = span('2019-08-01', '2022-07-31');
    expect(eligibilityYear(s, '2020-07-31')).toBe(1);
    expect(eligibilityYear(s, '2020-08-01')).toBe(2);
    expect(eligibilityYear(s, '2021-08-01')).toBe(3);
  });
  it('asks for a residency contact once in each of years 2 and 3', () => {
    const s = span('2019-08-01', '2022-07-31');
    expect(isResidencyContactDue(s, '2020-03-01', null)).toBe(false);
    expect(isResidencyContactDue(s, '2020-08-15', null)).toBe(true);
    expect(isResidencyContactDue(s, '2020-08-15', '2020-08-02')).toBe(false);
    expect(isResidencyContactDue(s, '2021-08-15', '2020-08-02')).toBe(true);
    expect(isResidencyContactDue(s, '2021-08-15', '2021-08-01')).toBe(false);
  });
  it('finds the latest QAD in year 2 or 3 on a day, 29 February included', () => {
    expect(latestQadInYear('2020-08-01', 2)).toBe('2019-08-01');
    expect(latestQadInYear('2029-02-28', 2)).toBe('2028-02-29');
    expect(latestQadInYear('2030-02-28', 3)).toBe('2028-02-29');
    expect(latestQadInYear('2024-02-29', 2)).toBe('2023-02-28');
  });
  it('agrees with the year of eligibility on every day', () => {
    const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 1200 }),
        fc.constantFrom(2 as const, 3 as const),
        (today, back, year) => {
          const qad = addDays(today, -back);
          expect(qad <= latestQadInYear(today, year)).toBe(eligibilityYear(span(qad, null), today) >= year);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
