import { describe, expect, it } from 'vitest';
import { hasAtMostTwoDecimals, serviceProblems, type ServiceInput } from './service-form';

const PLAN = { mpos: ['1.0', '2.0', '7.0'], strategies: ['1.1', '1.2', '7.1'] };

const VALID: ServiceInput = {
  code: 'R5-ELA-01',
  name: 'After-school ELA tutoring',
  term: 'RSY',
  site: 'Lincoln Elementary',
  districtId: null,
  startDate: '2024-09-16',
  endDate: '2025-05-30',
  actualStartDate: null,
  actualEndDate: null,
  fundingResource: '3060',
  applicationKind: 'regional_application',
  applicationLine: '2.3',
  mpos: ['1.0'],
  strategies: ['1.1'],
  components: ['eld'],
  pdRequired: false,
  instrumentName: 'Reading inventory',
  instrumentMin: 0,
  instrumentMax: 100,
  higherIsBetter: true,
  instrumentLevels: [
    { label: 'Beginning', from: 0, to: 49 },
    { label: 'Proficient', from: 50, to: 100 },
  ],
  sessionMinutes: 60,
  stateServiceCode: null,
};

describe('the rules a service keeps before it is saved', () => {
  it('accepts a complete service aligned to the plan', () => {
    expect(serviceProblems(VALID, PLAN)).toEqual([]);
  });

  it.each<[string, Partial<ServiceInput>, string, string]>([
    ['no name', { name: '  ' }, 'name', 'is required'],
    ['no code', { code: '' }, 'code', 'is required'],
    [
      'an end before the start',
      { endDate: '2024-09-15' },
      'endDate',
      '2024-09-15 is before the start date 2024-09-16',
    ],
    ['a start that is not a date', { startDate: '2024-02-30' }, 'startDate', 'is not a date (YYYY-MM-DD)'],
    [
      'an actual end without an actual start',
      { actualEndDate: '2024-12-20' },
      'actualStartDate',
      'is required with the end date',
    ],
    [
      'an actual start that is not a date',
      { actualStartDate: '2024-09-31' },
      'actualStartDate',
      'is not a date (YYYY-MM-DD)',
    ],
    [
      'an actual end before the actual start',
      { actualStartDate: '2024-09-20', actualEndDate: '2024-09-19' },
      'actualEndDate',
      '2024-09-19 is before the start date 2024-09-20',
    ],
    [
      'an empty instrument range',
      { instrumentMin: 10, instrumentMax: 10 },
      'instrumentMax',
      'must be greater than the lowest score 10',
    ],
    [
      'a reversed instrument range',
      { instrumentMin: 10, instrumentMax: 5, instrumentLevels: [] },
      'instrumentMax',
      'must be greater than the lowest score 10',
    ],
    [
      'three decimals in the range',
      { instrumentMax: 100.125 },
      'instrumentMax',
      'must be a number with at most two decimals',
    ],
    [
      'a level beyond the range',
      { instrumentLevels: [{ label: 'Top', from: 90, to: 101 }] },
      'instrumentLevels[0]',
      "90 to 101 is outside the instrument's range 0 to 100",
    ],
    [
      'a level below the range',
      { instrumentLevels: [{ label: 'Low', from: -1, to: 10 }] },
      'instrumentLevels[0]',
      "-1 to 10 is outside the instrument's range 0 to 100",
    ],
    [
      'a reversed level',
      { instrumentLevels: [{ label: 'Mid', from: 60, to: 40 }] },
      'instrumentLevels[0]',
      '60 to 40: the band starts after it ends',
    ],
    [
      'an unnamed level',
      { instrumentLevels: [{ label: ' ', from: 0, to: 10 }] },
      'instrumentLevels[0].label',
      'is required',
    ],
    [
      'a session of 0 minutes',
      { sessionMinutes: 0 },
      'sessionMinutes',
      'must be a whole number of minutes from 1 to 600',
    ],
    [
      'a session of 601 minutes',
      { sessionMinutes: 601 },
      'sessionMinutes',
      'must be a whole number of minutes from 1 to 600',
    ],
    [
      'a session of 30.5 minutes',
      { sessionMinutes: 30.5 },
      'sessionMinutes',
      'must be a whole number of minutes from 1 to 600',
    ],
    [
      'an unknown funding resource',
      { fundingResource: '3062' as never },
      'fundingResource',
      'must be one of 3060, 3061, 3110',
    ],
    [
      'an unknown application kind',
      { applicationKind: 'grant' as never },
      'applicationKind',
      'must be one of regional_application, dsa, mou',
    ],
    [
      'a DSA with no district',
      { applicationKind: 'dsa' },
      'districtId',
      'a DSA or MOU service is provided by a district: choose it',
    ],
    [
      'an MPO the plan does not hold',
      { mpos: ['9.0'] },
      'mpos',
      'MPO 9.0 is not in the plan (1.0, 2.0, 7.0)',
    ],
    ['an MPO listed twice', { mpos: ['1.0', '1.0'] }, 'mpos', 'MPO 1.0 is listed twice'],
    [
      'a strategy the plan does not hold',
      { strategies: ['3.1'] },
      'strategies',
      'Strategy 3.1 is not in the plan (1.1, 1.2, 7.1)',
    ],
    [
      'an unknown component',
      { components: ['music' as never] },
      'components',
      'music is not a service component',
    ],
  ])('refuses %s, naming %s', (_, change, field, message) => {
    expect(serviceProblems({ ...VALID, ...change }, PLAN)).toContainEqual({ field, message });
  });

  it('accepts a service under way: its actual start without an actual end yet', () => {
    expect(serviceProblems({ ...VALID, actualStartDate: '2024-09-20' }, PLAN)).toEqual([]);
  });

  it('accepts a DSA service provided by a district, and a session of 1 and of 600 minutes', () => {
    expect(serviceProblems({ ...VALID, applicationKind: 'dsa', districtId: 'd-1' }, PLAN)).toEqual([]);
    expect(serviceProblems({ ...VALID, sessionMinutes: 1 }, PLAN)).toEqual([]);
    expect(serviceProblems({ ...VALID, sessionMinutes: 600 }, PLAN)).toEqual([]);
  });

  it('accepts a one-day service and levels that touch the ends of the range', () => {
    expect(
      serviceProblems(
        { ...VALID, endDate: VALID.startDate, instrumentLevels: [{ label: 'All', from: 0, to: 100 }] },
        PLAN,
      ),
    ).toEqual([]);
  });

  it('refuses an alignment when no plan has been adopted, and accepts a service aligned to nothing', () => {
    expect(serviceProblems(VALID, null)).toEqual([
      { field: 'mpos', message: 'MPO 1.0: no plan has been adopted yet' },
      { field: 'strategies', message: 'Strategy 1.1: no plan has been adopted yet' },
    ]);
    expect(serviceProblems({ ...VALID, mpos: [], strategies: [] }, null)).toEqual([]);
  });
});

describe('scores with at most two decimals', () => {
  it.each([
    [0, true],
    [12.5, true],
    [99.99, true],
    [-3.25, true],
    [0.1 + 0.2, false],
    [1.005, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('%s: %s', (score, expected) => {
    expect(hasAtMostTwoDecimals(score)).toBe(expected);
  });
});
