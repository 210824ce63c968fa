import { describe, expect, it } from 'vitest';
import childCountExpected from '../../../tests/cases/services/expected.child-count.2024-25.json';
import { parsePeriod } from '../recruitment/performance-period';
import { computeChildCount } from './child-count';
import { edgesExpected, edgesFolder, exampleFolder } from './services-example.test-data';
import type { EligibilitySpan, ServiceRecord, ServiceRecords, ServiceTerm } from './service-records';

const P = parsePeriod('2024-25', 'period');

const service = (serviceId: string, term: ServiceTerm, region = 5): ServiceRecord => ({
  serviceId,
  region,
  name: serviceId,
  term,
  mpos: [],
  startDate: '2024-06-01',
  endDate: '2025-12-31',
  instrument: { min: 0, max: 100, higherIsBetter: true },
});

const SERVICES = [service('SUM', 'SUMMER'), service('INT', 'INTERSESSION', 7), service('RSY', 'RSY')];

/** One student with their spans and the days they attended each service. */
function oneStudent(
  birthDate: string,
  spans: EligibilitySpan[],
  attended: Array<[string, string]> = [],
): ServiceRecords {
  return {
    mpos: [],
    students: [{ studentId: 'M1', birthDate, spans }],
    assessments: [],
    services: SERVICES,
    enrollments: [...new Set(attended.map(([serviceId]) => serviceId))].map((serviceId) => ({
      serviceId,
      studentId: 'M1',
      enrolledOn: '2024-06-01',
    })),
    attendance: attended.map(([serviceId, date]) => ({ serviceId, studentId: 'M1', date, minutes: 60 })),
    tests: [],
  };
}

const ALWAYS = [{ from: '2020-01-01', to: '2030-01-01' }];

describe('category 1 (S5.1)', () => {
  it.each<[string, string, EligibilitySpan[], number]>([
    ['eligible and of age all period', '2015-01-01', ALWAYS, 1],
    ['a span ending the day before the period', '2015-01-01', [{ from: '2022-01-01', to: '2024-08-31' }], 0],
    [
      'a span starting on the last day of the period',
      '2015-01-01',
      [{ from: '2025-08-31', to: '2028-01-01' }],
      1,
    ],
    ['turns 3 on the last day of the period', '2022-08-31', ALWAYS, 1],
    ['turns 3 the day after the period', '2022-09-01', ALWAYS, 0],
    ['turns 22 on the first day of the period', '2002-09-01', ALWAYS, 0],
    ['turns 22 the day after the first day', '2002-09-02', ALWAYS, 1],
    ['eligible only before turning 3', '2022-03-01', [{ from: '2024-09-01', to: '2025-02-28' }], 0],
    [
      'eligible again after turning 3',
      '2022-03-01',
      [
        { from: '2024-09-01', to: '2025-02-28' },
        { from: '2025-03-01', to: '2025-03-01' },
      ],
      1,
    ],
  ])('%s: %s', (_name, birthDate, spans, expected) => {
    expect(computeChildCount(oneStudent(birthDate, spans), P, null).category1).toBe(expected);
  });

  // A child born 29 February turns 3, and 22, on 1 March in a common year.
  it.each<[string, string, string, EligibilitySpan[], number]>([
    [
      'turns 3 on 1 March: eligible only on 28 February',
      '2022-23',
      '2020-02-29',
      [{ from: '2023-02-28', to: '2023-02-28' }],
      0,
    ],
    [
      'turns 3 on 1 March: eligible on 1 March',
      '2022-23',
      '2020-02-29',
      [{ from: '2023-03-01', to: '2023-03-01' }],
      1,
    ],
    [
      'turns 22 on 1 March: eligible on 28 February',
      '2021-22',
      '2000-02-29',
      [{ from: '2022-02-28', to: '2022-02-28' }],
      1,
    ],
    [
      'turns 22 on 1 March: eligible from 1 March',
      '2021-22',
      '2000-02-29',
      [{ from: '2022-03-01', to: '2022-08-31' }],
      0,
    ],
  ])('born on 29 February: %s (%s)', (_name, period, birthDate, spans, expected) => {
    expect(computeChildCount(oneStudent(birthDate, spans), parsePeriod(period, 'p'), null).category1).toBe(
      expected,
    );
  });
});

describe('category 2 (S5.2)', () => {
  it.each<[string, string, EligibilitySpan[], Array<[string, string]>, number]>([
    ['a summer day in the period', '2015-01-01', ALWAYS, [['SUM', '2025-07-01']], 1],
    ['an intersession day', '2015-01-01', ALWAYS, [['INT', '2025-01-02']], 1],
    ['only regular school year days', '2015-01-01', ALWAYS, [['RSY', '2025-07-01']], 0],
    ['a summer day before the period', '2015-01-01', ALWAYS, [['SUM', '2024-08-31']], 0],
    ['a summer day after the period', '2015-01-01', ALWAYS, [['SUM', '2025-09-01']], 0],
    [
      'who stops being eligible before the summer',
      '2015-01-01',
      [{ from: '2020-01-01', to: '2025-06-30' }],
      [['SUM', '2025-07-01']],
      0,
    ],
    [
      'who stops being eligible before one summer day but not another',
      '2015-01-01',
      [{ from: '2020-01-01', to: '2025-06-30' }],
      [
        ['SUM', '2025-07-01'],
        ['SUM', '2025-06-30'],
      ],
      1,
    ],
    ['a summer day before turning 3', '2022-07-15', ALWAYS, [['SUM', '2025-07-14']], 0],
    ['a summer day on the 3rd birthday', '2022-07-15', ALWAYS, [['SUM', '2025-07-15']], 1],
  ])('%s: %s', (_name, birthDate, spans, attended, expected) => {
    expect(computeChildCount(oneStudent(birthDate, spans, attended), P, null).category2).toBe(expected);
  });
});

describe('a region’s child count (S5.3)', () => {
  it('counts the students enrolled in its services that overlap the period, and only its own summer days', () => {
    const records = oneStudent('2015-01-01', ALWAYS, [['INT', '2025-01-02']]);
    expect(computeChildCount(records, P, 7)).toEqual({
      scope: 'region 7',
      period: '2024-25',
      category1: 1,
      category2: 1,
    });
    expect(computeChildCount(records, P, 5)).toEqual({
      scope: 'region 5',
      period: '2024-25',
      category1: 0,
      category2: 0,
    });
    const both = oneStudent('2015-01-01', ALWAYS, [
      ['INT', '2025-01-02'],
      ['RSY', '2025-01-03'],
    ]);
    expect(computeChildCount(both, P, 5)).toMatchObject({ category1: 1, category2: 0 });
    expect(computeChildCount(both, P, null)).toMatchObject({ category1: 1, category2: 1 });
  });
});

describe('the contract example (tests/cases/services)', () => {
  it('gives the state child count of 2024-25', () => {
    expect(computeChildCount(exampleFolder(), P, null)).toEqual(childCountExpected);
  });
});

describe('the edge cases worked by hand (tests/cases/services/edges)', () => {
  it.each<[string, number | null]>([
    ['state', null],
    ['region5', 5],
    ['region7', 7],
  ])('gives the %s child count of 2024-25', (name, region) => {
    expect(computeChildCount(edgesFolder(), P, region)).toEqual(
      edgesExpected[`expected.child-count.${name}.2024-25.json`],
    );
  });
});
