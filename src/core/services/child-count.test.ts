import { describe, expect, it } from 'vitest';
import childCountExpected from '../../../tests/cases/services/expected.child-count.2024-25.json';
import { parsePeriod } from '../recruitment/performance-period';
import {
  breakdownOf,
  childCountEntries,
  childCountsByRegion,
  computeChildCount,
  explainChildCount,
} from './child-count';
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

describe('why a child counts (S5.6)', () => {
  const explain = (records: ServiceRecords, region: number | null = null) =>
    explainChildCount(records, P, region, 'M1');

  it('names the first countable day and its span, and the first summer day with its service', () => {
    const records = oneStudent(
      '2015-01-01',
      [
        { from: '2025-03-01', to: '2026-01-01' },
        { from: '2024-01-01', to: '2024-10-15' },
      ],
      [
        ['SUM', '2025-07-02'],
        ['INT', '2025-07-01'],
        ['RSY', '2024-09-02'],
      ],
    );
    expect(explain(records)).toMatchObject({
      category1: { counts: true, day: '2024-09-01', span: { from: '2024-01-01', to: '2024-10-15' } },
      category2: { counts: true, day: '2025-07-01', serviceId: 'INT' },
    });
  });

  it('counts a child from the day a span starts within the period, and on the day one ends', () => {
    expect(explain(oneStudent('2015-01-01', [{ from: '2025-02-10', to: '2027-01-01' }])).category1).toEqual({
      counts: true,
      day: '2025-02-10',
      span: { from: '2025-02-10', to: '2027-01-01' },
    });
    expect(
      explain(oneStudent('2015-01-01', [{ from: '2020-01-01', to: '2024-09-01' }])).category1,
    ).toMatchObject({
      counts: true,
      day: '2024-09-01',
    });
  });

  it('counts from the 3rd birthday, and not from the 22nd', () => {
    expect(explain(oneStudent('2022-01-15', ALWAYS)).category1).toMatchObject({
      counts: true,
      day: '2025-01-15',
    });
    expect(explain(oneStudent('2002-09-01', ALWAYS)).category1).toEqual({
      counts: false,
      why: 'not_aged_3_to_21',
    });
  });

  it('says why a child does not count', () => {
    expect(explain(oneStudent('2015-01-01', [{ from: '2020-01-01', to: '2024-08-31' }]))).toMatchObject({
      category1: { counts: false, why: 'no_span_in_period' },
      category2: { counts: false, why: 'not_in_category1' },
      group: null,
    });
    expect(explainChildCount(oneStudent('2015-01-01', ALWAYS), P, null, 'M2').category1).toEqual({
      counts: false,
      why: 'not_on_record',
    });
    expect(explain(oneStudent('2015-01-01', ALWAYS, [['RSY', '2025-01-03']]), 7).category1).toEqual({
      counts: false,
      why: 'not_served_in_region',
    });
    expect(explain(oneStudent('2015-01-01', ALWAYS, [['RSY', '2025-01-03']])).category2).toEqual({
      counts: false,
      why: 'no_summer_day',
    });
  });

  it('does not count a summer day outside eligibility, and says so', () => {
    const records = oneStudent(
      '2015-01-01',
      [{ from: '2020-01-01', to: '2025-06-30' }],
      [['SUM', '2025-07-01']],
    );
    expect(explain(records).category2).toEqual({ counts: false, why: 'not_eligible_on_summer_days' });
  });

  it('takes the group, English learner and disability from the span that qualified the child', () => {
    const records = oneStudent('2015-01-01', [
      { from: '2024-10-01', to: '2025-08-31', grade: '05', englishLearner: false, disability: true },
      { from: '2024-06-01', to: '2024-09-30', grade: '4', englishLearner: true, disability: false },
    ]);
    expect(explain(records)).toMatchObject({ group: '04', englishLearner: true, disability: false });
  });
});

describe('the list of children and its breakdowns (S5.5, S5.6)', () => {
  const student = (studentId: string, birthDate: string, span: Partial<EligibilitySpan> = {}) => ({
    studentId,
    birthDate,
    spans: [{ from: '2024-01-01', to: '2026-01-01', ...span }],
  });
  const records: ServiceRecords = {
    mpos: [],
    students: [
      student('A', '2021-03-01'),
      student('B', '2017-01-01', { grade: 'KN', englishLearner: true }),
      student('C', '2010-01-01', { grade: '8', disability: true }),
      student('D', '2005-01-01', { grade: 'OSY', englishLearner: true }),
      student('E', '2012-01-01'),
      student('F', '2000-01-01'),
    ],
    assessments: [],
    services: SERVICES,
    enrollments: [
      { serviceId: 'SUM', studentId: 'C', enrolledOn: '2024-06-01' },
      { serviceId: 'INT', studentId: 'C', enrolledOn: '2024-06-01' },
      { serviceId: 'INT', studentId: 'D', enrolledOn: '2024-06-01' },
    ],
    attendance: [
      { serviceId: 'SUM', studentId: 'C', date: '2025-07-01', minutes: 60 },
      { serviceId: 'INT', studentId: 'C', date: '2025-01-02', minutes: 60 },
      { serviceId: 'INT', studentId: 'D', date: '2025-01-02', minutes: 60 },
    ],
    tests: [],
  };

  it('lists the Category 1 children by student number, each with their reasons', () => {
    const entries = childCountEntries(records, P, null);
    expect(entries.map((e) => e.studentId)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(entries[2]).toEqual({
      studentId: 'C',
      birthDate: '2010-01-01',
      day: '2024-09-01',
      span: { from: '2024-01-01', to: '2026-01-01' },
      category2: { day: '2025-01-02', serviceId: 'INT' },
      group: '08',
      englishLearner: false,
      disability: true,
    });
  });

  it('breaks the counts down by group, English learners and disabilities, each adding up', () => {
    const breakdown = breakdownOf(childCountEntries(records, P, null));
    expect(breakdown).toMatchObject({
      category1: 5,
      category2: 2,
      englishLearners: { category1: 2, category2: 1 },
      disabilities: { category1: 1, category2: 1 },
    });
    const nonZero = breakdown.groups.filter((g) => g.category1 > 0);
    expect(nonZero).toEqual([
      { group: 'AGE3TO5NOTK', category1: 1, category2: 0 },
      { group: 'KG', category1: 1, category2: 0 },
      { group: '08', category1: 1, category2: 1 },
      { group: 'OS', category1: 1, category2: 1 },
      { group: 'MISSING', category1: 1, category2: 0 },
    ]);
    expect(breakdown.groups).toHaveLength(17);
    expect(breakdown.groups.reduce((sum, g) => sum + g.category1, 0)).toBe(5);
  });

  it('counts a child served in two regions in each region, and once in the state', () => {
    expect(childCountsByRegion(records, P)).toEqual([
      { region: 5, category1: 1, category2: 1 },
      { region: 7, category1: 2, category2: 2 },
    ]);
    expect(computeChildCount(records, P, null)).toMatchObject({ category1: 5, category2: 2 });
  });
});
