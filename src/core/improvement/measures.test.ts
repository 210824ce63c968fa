import { describe, expect, it } from 'vitest';
import { computeMeasure, recordsFrom, type QualifiedChildFact, type TestedEnrollmentFact } from './measures';
import { periodLabel, periodStart, periodsBetween } from './periods';

const child = (over: Partial<QualifiedChildFact>): QualifiedChildFact => ({
  coeId: 'c1',
  recruitedOn: '2024-03-10',
  qad: '2024-03-01',
  basis: 'qualifying-work',
  priorCoe: false,
  residencyDate: null,
  ...over,
});
const none = { children: [], referrals: [], contacts: [], enrollments: [] };

describe('periods (IP2.1)', () => {
  it('weeks start on Monday, quarters in January, April, July, October', () => {
    expect(periodStart('week', '2024-03-10')).toBe('2024-03-04'); // a Sunday
    expect(periodStart('week', '2024-03-04')).toBe('2024-03-04');
    expect(periodStart('quarter', '2024-05-31')).toBe('2024-04-01');
    expect(periodLabel('quarter', '2024-10-01')).toBe('2024-Q4');
    expect(periodsBetween('month', '2024-11-15', '2025-02-01')).toEqual([
      '2024-11-01',
      '2024-12-01',
      '2025-01-01',
      '2025-02-01',
    ]);
  });
});

describe('children qualified, newly qualified, subsequent moves (IP2.2, IP2.3)', () => {
  const children = [
    child({ coeId: 'a', recruitedOn: '2024-01-05', basis: 'sqm' }),
    child({ coeId: 'a', recruitedOn: '2024-01-05', basis: 'sqm', priorCoe: true }),
    child({ coeId: 'b', recruitedOn: '2024-01-20', basis: 'qualifying-work', priorCoe: true }),
    child({ coeId: 'c', recruitedOn: '2024-03-02' }),
  ];
  const range = { from: '2024-01-01', to: '2024-03-31' };

  it('counts children by the month they were recruited, 0 in an empty month', () => {
    expect(computeMeasure('children-qualified', { ...none, children }, range).map((p) => p.value)).toEqual([
      3, 0, 1,
    ]);
  });

  it('percentages leave a month without children missing', () => {
    const sqm = computeMeasure('subsequent-move-percent', { ...none, children }, range);
    expect(sqm.map((p) => p.value)).toEqual([66.7, null, 0]);
    expect(sqm[0]).toMatchObject({ numerator: 2, denominator: 3, label: '2024-01' });
    const fresh = computeMeasure('newly-qualified-percent', { ...none, children }, range);
    expect(fresh.map((p) => p.value)).toEqual([33.3, null, 100]);
  });
});

describe('families identified within 60 and 90 days of the QAD (IP2.4)', () => {
  const children = [
    // one family, two children: the earliest QAD counts (70 days before recruitment)
    child({ coeId: 'a', recruitedOn: '2024-04-10', qad: '2024-01-31' }),
    child({ coeId: 'a', recruitedOn: '2024-04-10', qad: '2024-03-01' }),
    // 60 days exactly
    child({ coeId: 'b', recruitedOn: '2024-04-30', qad: '2024-03-01' }),
    // 91 days
    child({ coeId: 'c', recruitedOn: '2024-04-30', qad: '2024-01-30' }),
  ];
  const range = { from: '2024-04-01', to: '2024-04-30' };

  it('counts a family once, from its earliest QAD', () => {
    expect(computeMeasure('families-within-60-days', { ...none, children }, range)[0]).toMatchObject({
      numerator: 1,
      denominator: 3,
      value: 33.3,
    });
    expect(computeMeasure('families-within-90-days', { ...none, children }, range)[0]).toMatchObject({
      numerator: 2,
      denominator: 3,
      value: 66.7,
    });
  });
});

describe('referrals per quarter against the same quarter a year before (IP2.5)', () => {
  const referrals = [
    { receivedOn: '2023-02-01' },
    { receivedOn: '2023-03-31' },
    { receivedOn: '2024-01-15' },
    { receivedOn: '2024-02-15' },
    { receivedOn: '2024-03-15' },
    { receivedOn: '2024-04-01' },
  ];

  it('counts by quarter and compares with the year before', () => {
    const points = computeMeasure(
      'referrals-per-quarter',
      { ...none, referrals },
      { from: '2024-01-01', to: '2024-06-30' },
    );
    expect(points).toEqual([
      {
        start: '2024-01-01',
        label: '2024-Q1',
        value: 3,
        numerator: 3,
        denominator: null,
        changeFromPriorYear: 50,
      },
      {
        start: '2024-04-01',
        label: '2024-Q2',
        value: 1,
        numerator: 1,
        denominator: null,
        changeFromPriorYear: null,
      },
    ]);
    expect(recordsFrom('referrals-per-quarter', '2024-02-10')).toBe('2023-01-01');
  });
});

describe('contacts per recruiter per week (IP2.6)', () => {
  it('divides the week’s contacts by the staff who logged one', () => {
    const contacts = [
      { userId: 'u1', contactDate: '2024-03-04' },
      { userId: 'u1', contactDate: '2024-03-05' },
      { userId: 'u2', contactDate: '2024-03-10' },
      { userId: 'u2', contactDate: '2024-03-11' },
    ];
    const points = computeMeasure(
      'contacts-per-recruiter-week',
      { ...none, contacts },
      { from: '2024-03-04', to: '2024-03-24' },
    );
    expect(points.map((p) => [p.label, p.value])).toEqual([
      ['2024-03-04', 1.5],
      ['2024-03-11', 1],
      ['2024-03-18', null],
    ]);
  });
});

describe('children recruited within 60 and 90 days of the QAD (IP2.8)', () => {
  it('counts each child, not each family', () => {
    const children = [
      child({ coeId: 'a', recruitedOn: '2024-04-10', qad: '2024-01-31' }), // 70 days
      child({ coeId: 'a', recruitedOn: '2024-04-10', qad: '2024-03-01' }), // 40 days
      child({ coeId: 'b', recruitedOn: '2024-04-30', qad: '2024-03-01' }), // 60 days exactly
      child({ coeId: 'c', recruitedOn: '2024-04-30', qad: '2024-01-30' }), // 91 days
    ];
    const range = { from: '2024-04-01', to: '2024-05-31' };
    const within60 = computeMeasure('children-within-60-days', { ...none, children }, range);
    expect(within60.map((p) => [p.numerator, p.denominator, p.value])).toEqual([
      [2, 4, 50],
      [0, 0, null],
    ]);
    expect(computeMeasure('children-within-90-days', { ...none, children }, range)[0]).toMatchObject({
      numerator: 3,
      value: 75,
    });
  });
});

describe('newly qualified children recruited within 60 days of residency (IP2.9)', () => {
  it('counts only children without a prior COE and with a residency date', () => {
    const children = [
      child({ recruitedOn: '2024-04-30', residencyDate: '2024-03-01' }), // 60 days: in time
      child({ recruitedOn: '2024-04-30', residencyDate: '2024-02-29' }), // 61 days
      child({ recruitedOn: '2024-04-30', residencyDate: '2024-04-01', priorCoe: true }), // not new
      child({ recruitedOn: '2024-04-30', residencyDate: null }), // no residency date
    ];
    const [april] = computeMeasure(
      'residency-within-60-days',
      { ...none, children },
      { from: '2024-04-01', to: '2024-04-30' },
    );
    expect(april).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
  });
});

describe('MPO growth met (IP2.10)', () => {
  const instrument = { min: 0, max: 100, higherIsBetter: true };
  const tenPoints = { minHours: 10, growth: { kind: 'points', points: 10 } } as const;
  const anyGain = { minHours: null, growth: { kind: 'anyGain' } } as const;
  const enrollment = (over: Partial<TestedEnrollmentFact>): TestedEnrollmentFact => ({
    tests: [
      { kind: 'pre', date: '2024-01-10', score: 40 },
      { kind: 'post', date: '2024-03-20', score: 50 },
    ],
    attendedMinutes: 600,
    instrument,
    mpos: [tenPoints],
    ...over,
  });
  const range = { from: '2024-02-01', to: '2024-04-30' };
  const values = (enrollments: TestedEnrollmentFact[]) =>
    computeMeasure('mpo-growth-percent', { ...none, enrollments }, range).map((p) => [
      p.label,
      p.numerator,
      p.denominator,
    ]);

  it('judges each tested enrollment against each MPO of its service, in the month of the post test', () => {
    expect(
      values([
        enrollment({}), // exactly 10 points, 10 hours: grew
        enrollment({ mpos: [tenPoints, anyGain] }), // grew for both
        enrollment({
          tests: [
            { kind: 'pre', date: '2024-01-10', score: 40 },
            { kind: 'post', date: '2024-04-02', score: 49.99 },
          ],
        }), // under 10 points, in April
      ]),
    ).toEqual([
      ['2024-02', 0, 0],
      ['2024-03', 3, 3],
      ['2024-04', 0, 1],
    ]);
  });

  it('leaves out enrollments without the MPO’s hours or without a pre and post pair', () => {
    expect(
      values([
        enrollment({ attendedMinutes: 599 }),
        enrollment({ tests: [{ kind: 'post', date: '2024-03-20', score: 90 }] }),
        enrollment({
          tests: [
            { kind: 'pre', date: '2024-03-20', score: 40 },
            { kind: 'post', date: '2024-03-20', score: 90 },
          ],
        }), // post not after pre
        enrollment({ attendedMinutes: 0, mpos: [anyGain] }), // no hours asked
      ]),
    ).toEqual([
      ['2024-02', 0, 0],
      ['2024-03', 1, 1],
      ['2024-04', 0, 0],
    ]);
  });

  it('follows the instrument when a lower score is better, dated by the latest post test', () => {
    expect(
      values([
        enrollment({
          instrument: { min: 0, max: 100, higherIsBetter: false },
          mpos: [anyGain],
          tests: [
            { kind: 'pre', date: '2024-01-10', score: 40 },
            { kind: 'post', date: '2024-02-20', score: 45 },
            { kind: 'post', date: '2024-04-20', score: 30 },
          ],
        }),
      ]),
    ).toEqual([
      ['2024-02', 0, 0],
      ['2024-03', 0, 0],
      ['2024-04', 1, 1],
    ]);
  });
});
