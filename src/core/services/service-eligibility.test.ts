import { describe, expect, it } from 'vitest';
import { birthdayOf } from './child-count';
import { ageOn, isAged3Through21On, isEligibleOn } from './service-eligibility';

describe('eligible on a day (S2.1)', () => {
  const spans = [
    { from: '2023-01-10', to: '2023-06-30' },
    { from: '2024-01-01', to: '2024-12-31' },
  ];
  it.each([
    ['2023-01-09', false],
    ['2023-01-10', true], // both ends included
    ['2023-06-30', true],
    ['2023-07-01', false], // between two spans
    ['2024-05-05', true],
    ['2025-01-01', false],
  ])('%s: %s', (date, expected) => {
    expect(isEligibleOn(spans, date)).toBe(expected);
  });

  it('no span, never eligible', () => {
    expect(isEligibleOn([], '2024-05-05')).toBe(false);
  });
});

describe('age in whole years (S2.2)', () => {
  it.each([
    ['2010-05-05', '2020-05-04', 9],
    ['2010-05-05', '2020-05-05', 10],
    ['2012-02-29', '2015-02-28', 2], // a leap-day birthday turns over on 1 March in a common year
    ['2012-02-29', '2015-03-01', 3],
    ['2012-02-29', '2016-02-29', 4],
    ['2012-03-01', '2016-02-29', 3],
    ['2012-12-31', '2013-01-01', 0],
  ])('born %s, on %s: %s', (birthDate, date, expected) => {
    expect(ageOn(birthDate, date)).toBe(expected);
  });

  it.each([
    ['2012-02-29', 3, '2015-03-01'],
    ['2012-02-29', 4, '2016-02-29'],
    ['2012-02-29', 22, '2034-03-01'],
    ['2010-05-05', 22, '2032-05-05'],
  ])('born %s turns %s on %s', (birthDate, years, expected) => {
    expect(birthdayOf(birthDate, years)).toBe(expected);
    expect(ageOn(birthDate, expected)).toBe(years);
  });
});

describe('aged 3 through 21 (S2.3)', () => {
  it.each([
    ['2020-09-01', '2023-08-31', false],
    ['2020-09-01', '2023-09-01', true], // the 3rd birthday
    ['2000-09-01', '2022-08-31', true], // the day before the 22nd birthday
    ['2000-09-01', '2022-09-01', false], // the 22nd birthday
  ])('born %s, on %s: %s', (birthDate, date, expected) => {
    expect(isAged3Through21On(birthDate, date)).toBe(expected);
  });
});
