import { describe, expect, it } from 'vitest';
import {
  decimalOf,
  isAtLeast,
  isInPopulation,
  levelBeforePeriod,
  meetsDosage,
  meetsGrowth,
  mpoStatus,
  outcomeOf,
  percentGrew,
  testPairOf,
} from './mpo-rules';
import { elaMpo } from './plan-builders';
import type { AssessmentResult, GrowthRule, Instrument, Mpo, TestResult } from './service-records';

const UP: Instrument = { min: 0, max: 100, higherIsBetter: true };
const DOWN: Instrument = { min: 0, max: 100, higherIsBetter: false };

describe('exact decimals', () => {
  it.each([
    [0.1, 1n, 1],
    [249.4, 2494n, 1],
    [-7.25, -725n, 2],
    [300, 300n, 0],
    [1e21, 10n ** 21n, 0],
    [1.5e-7, 15n, 8],
  ])('%s is %s × 10^-%s', (value, units, scale) => {
    expect(decimalOf(value)).toEqual({ units, scale });
  });

  it('compares as the decimals are written, not as binary fractions', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
    expect(isAtLeast(0.3, 0.3)).toBe(true);
    expect(isAtLeast(0.29, 0.3)).toBe(false);
  });
});

describe('growth (S3.7)', () => {
  const cases: Array<[string, GrowthRule, Instrument, number, number, boolean]> = [
    ['anyGain: better', { kind: 'anyGain' }, UP, 10, 10.01, true],
    ['anyGain: the same score is no gain', { kind: 'anyGain' }, UP, 10, 10, false],
    ['anyGain: lower is better, lower post', { kind: 'anyGain' }, DOWN, 10, 9.99, true],
    ['anyGain: lower is better, higher post', { kind: 'anyGain' }, DOWN, 10, 11, false],
    ['points: exactly the threshold meets it', { kind: 'points', points: 3 }, UP, 10, 13, true],
    ['points: a hundredth short', { kind: 'points', points: 3 }, UP, 10, 12.99, false],
    // In binary floating point 0.3 − 0.1 < 0.2; as decimals it is exactly 0.2.
    ['points: decimals exact (0.3 − 0.1 ≥ 0.2)', { kind: 'points', points: 0.2 }, UP, 0.1, 0.3, true],
    ['points: lower is better, exact', { kind: 'points', points: 0.2 }, DOWN, 0.3, 0.1, true],
    ['points: lower is better, wrong way', { kind: 'points', points: 1 }, DOWN, 10, 12, false],
    ['points: threshold with three decimals', { kind: 'points', points: 1.005 }, UP, 1, 2, false],
    ['percentOfRange: exactly 10 % of 0–100', { kind: 'percentOfRange', percent: 10 }, UP, 40, 50, true],
    ['percentOfRange: just under', { kind: 'percentOfRange', percent: 10 }, UP, 40, 49.99, false],
    [
      'percentOfRange: 10 % of 200–250 is 5',
      { kind: 'percentOfRange', percent: 10 },
      { min: 200, max: 250, higherIsBetter: true },
      200.1,
      205.1,
      true,
    ],
    [
      'percentOfRange: 12.5 % of 0.1–0.9 is 0.1, exactly',
      { kind: 'percentOfRange', percent: 12.5 },
      { min: 0.1, max: 0.9, higherIsBetter: false },
      0.7,
      0.6,
      true,
    ],
    ['reach: exactly the score', { kind: 'reach', score: 30 }, UP, 10, 30, true],
    ['reach: below', { kind: 'reach', score: 30 }, UP, 10, 29.99, false],
    ['reach: lower is better, at most the score', { kind: 'reach', score: 30 }, DOWN, 50, 30, true],
    ['reach: lower is better, above the score', { kind: 'reach', score: 30 }, DOWN, 50, 30.01, false],
  ];
  it.each(cases)('%s', (_name, rule, instrument, pre, post, expected) => {
    expect(meetsGrowth(rule, instrument, pre, post)).toBe(expected);
  });
});

const test = (kind: 'pre' | 'post', date: string, score: number): TestResult => ({
  serviceId: 'S',
  studentId: 'M',
  kind,
  date,
  score,
});

describe('the test pair of an enrollment (S3.6)', () => {
  it.each<[string, TestResult[], boolean, [number, number] | null]>([
    ['a pre and a later post', [test('pre', '2025-01-01', 5), test('post', '2025-02-01', 7)], true, [5, 7]],
    ['no post test', [test('pre', '2025-01-01', 5)], true, null],
    ['no pre test', [test('post', '2025-01-01', 5)], true, null],
    [
      'a post dated before the pre',
      [test('pre', '2025-02-01', 5), test('post', '2025-01-01', 7)],
      true,
      null,
    ],
    [
      'a post on the same day as the pre',
      [test('pre', '2025-01-01', 5), test('post', '2025-01-01', 7)],
      true,
      null,
    ],
    [
      'several pre tests: the earliest',
      [test('pre', '2025-01-05', 1), test('pre', '2025-01-01', 9), test('post', '2025-02-01', 7)],
      true,
      [9, 7],
    ],
    [
      'two pre tests on the earliest day: the lower score',
      [test('pre', '2025-01-01', 9), test('pre', '2025-01-01', 4), test('post', '2025-02-01', 7)],
      true,
      [4, 7],
    ],
    [
      'several post tests: the latest',
      [test('pre', '2025-01-01', 5), test('post', '2025-03-01', 6), test('post', '2025-02-01', 9)],
      true,
      [5, 6],
    ],
    [
      'two posts on the latest day, higher is better: the higher',
      [test('pre', '2025-01-01', 5), test('post', '2025-03-01', 6), test('post', '2025-03-01', 8)],
      true,
      [5, 8],
    ],
    [
      'two posts on the latest day, lower is better: the lower',
      [test('pre', '2025-01-01', 5), test('post', '2025-03-01', 6), test('post', '2025-03-01', 8)],
      false,
      [5, 6],
    ],
    [
      'the earliest pre is after the latest post',
      [test('pre', '2025-04-01', 5), test('post', '2025-03-01', 6), test('pre', '2025-05-01', 1)],
      true,
      null,
    ],
  ])('%s', (_name, tests, higherIsBetter, expected) => {
    const pair = testPairOf(tests, higherIsBetter);
    expect(pair && [pair.pre.score, pair.post.score]).toEqual(expected);
  });
});

describe('percentage that grew (S3.9)', () => {
  it.each<[number, number, number | null]>([
    [1, 8, 12.5],
    [2, 3, 66.7],
    [1, 3, 33.3],
    [14, 23, 60.9],
    [1, 16, 6.3], // 6.25 rounds half away from zero
    [1, 80, 1.3], // 1.25
    [1, 2000, 0.1], // 0.05
    [1, 2001, 0], // 0.049975…
    [3, 10, 30],
    [0, 5, 0],
    [5, 5, 100],
    [0, 0, null],
  ])('%s of %s is %s', (grew, tested, expected) => {
    expect(percentGrew(grew, tested)).toBe(expected);
  });
});

describe('status (S3.10)', () => {
  it.each<[string, number, number | null, Partial<Mpo>, string]>([
    ['below minN', 9, 100, {}, 'insufficient'],
    ['exactly minN, at the target', 10, 60, {}, 'met'],
    ['exactly minN, below the target', 10, 59.9, {}, 'notMet'],
    ['no one tested, even with minN 0', 0, null, { minN: 0 }, 'insufficient'],
    ['minN 0 with one tested', 1, 0, { minN: 0, target: 0 }, 'met'],
    ['a decimal target met exactly', 12, 66.7, { target: 66.7 }, 'met'],
    ['a decimal target missed by a hundredth', 12, 66.7, { target: 66.71 }, 'notMet'],
  ])('%s', (_name, tested, pct, overrides, expected) => {
    expect(mpoStatus(tested, pct, elaMpo(overrides))).toBe(expected);
  });

  it('an MPO no one was served in has zeros, no percentage and is insufficient', () => {
    expect(outcomeOf(elaMpo(), { served: 0, inPopulation: 0, dosageMet: 0, tested: 0, grew: 0 })).toEqual({
      mpo: '1.0',
      served: 0,
      inPopulation: 0,
      dosageMet: 0,
      tested: 0,
      grew: 0,
      pct: null,
      target: 60,
      status: 'insufficient',
    });
  });
});

describe('dosage (S3.5)', () => {
  it.each<[number, number | null, boolean]>([
    [600, 10, true],
    [599, 10, false],
    [0, null, true],
    [0, 0, true],
    [6, 0.1, true], // 0.1 h is 6 minutes exactly
    [5, 0.1, false],
    [631, 10.5166, true], // 630.996 minutes
    [630, 10.5166, false],
  ])('%s minutes against %s hours: %s', (minutes, minHours, expected) => {
    expect(meetsDosage(minutes, minHours)).toBe(expected);
  });
});

const result = (schoolYear: string, level: number, subject: 'ELA' | 'MATH' = 'ELA'): AssessmentResult => ({
  studentId: 'M',
  subject,
  schoolYear,
  level,
});

describe('population (S3.3, S3.4)', () => {
  it('takes the latest assessment before the period, not one of the period or after', () => {
    const results = [result('2021-22', 1), result('2023-24', 3), result('2024-25', 1), result('2022-23', 2)];
    expect(levelBeforePeriod(results, 'ELA', 2024)).toBe(3);
    expect(levelBeforePeriod(results, 'ELA', 2023)).toBe(2);
    expect(levelBeforePeriod(results, 'ELA', 2021)).toBeNull();
    expect(levelBeforePeriod(results, 'MATH', 2024)).toBeNull();
  });

  it.each<[string, AssessmentResult[], string, boolean]>([
    ['level 2 in 2023-24, period 2024-25', [result('2023-24', 2)], '2024-10-01', true],
    ['level 3 in 2023-24', [result('2023-24', 3)], '2024-10-01', false],
    [
      'level 3 last year, level 1 earlier: the latest counts',
      [result('2023-24', 3), result('2022-23', 1)],
      '2024-10-01',
      false,
    ],
    ['level 1 in the period itself does not count', [result('2024-25', 1)], '2024-10-01', false],
    [
      'a service starting in August belongs to the period before',
      [result('2023-24', 1)],
      '2024-08-31',
      false,
    ],
    ['only a MATH result', [result('2023-24', 1, 'MATH')], '2024-10-01', false],
    ['no result at all', [], '2024-10-01', false],
  ])('below proficient: %s', (_name, assessments, serviceStart, expected) => {
    const population = { kind: 'belowProficient', subject: 'ELA', maxLevel: 2 } as const;
    expect(isInPopulation(population, { birthDate: '2015-01-01', assessments, serviceStart })).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['2021-10-01', '2024-10-01', true], // 3 on the day
    ['2021-10-02', '2024-10-01', false], // 3 the next day
    ['2018-10-02', '2024-10-01', true], // 5, turns 6 the next day
    ['2018-10-01', '2024-10-01', false], // 6 on the day
    ['2020-02-29', '2023-02-28', false], // a leap-day child turns 3 on 1 March
    ['2020-02-29', '2023-03-01', true],
  ])('aged 3 to 5: born %s, service starting %s: %s', (birthDate, serviceStart, expected) => {
    const population = { kind: 'age', minAge: 3, maxAge: 5 } as const;
    expect(isInPopulation(population, { birthDate, assessments: [], serviceStart })).toBe(expected);
  });
});
