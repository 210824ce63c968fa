import { describe, expect, it } from 'vitest';
import region5Expected from '../../../tests/cases/services/expected.region5.2024-25.json';
import stateExpected from '../../../tests/cases/services/expected.state.2024-25.json';
import { parsePeriod } from '../recruitment/performance-period';
import { computeMpoFunnel, computeMpoReport } from './mpo-outcomes';
import { elaMpo, preschoolMpo } from './plan-builders';
import { edgesExpected, edgesFolder, exampleFolder } from './services-example.test-data';
import type { Mpo, ServiceRecord, ServiceRecords, TestResult } from './service-records';

const P = parsePeriod('2024-25', 'period');

const ELA = elaMpo({ growth: { kind: 'points', points: 3 }, minN: 2 });
const PRESCHOOL = preschoolMpo({ target: 50, minN: 1 });

const service = (serviceId: string, overrides: Partial<ServiceRecord> = {}): ServiceRecord => ({
  serviceId,
  region: 5,
  name: serviceId,
  term: 'RSY',
  mpos: ['1.0'],
  startDate: '2024-10-01',
  endDate: '2025-05-30',
  instrument: { min: 0, max: 100, higherIsBetter: true },
  ...overrides,
});

type TestRow = [string, string, TestResult['kind'], string, number];

/** An enrollment's pre test on 2 October 2024 and its post test on 1 May 2025. */
const prePost = (serviceId: string, studentId: string, pre: number, post: number): TestRow[] => [
  [serviceId, studentId, 'pre', '2024-10-02', pre],
  [serviceId, studentId, 'post', '2025-05-01', post],
];

/**
 * Records of students M1… (born 2015, eligible throughout, ELA level 1 in 2023-24 unless
 * listed in `notBelow`), enrolled in the services given, with the attendance and tests given.
 */
function records(options: {
  mpos?: Mpo[];
  services: ServiceRecord[];
  enrollments: Array<[string, string]>;
  minutes?: Array<[string, string, number]>;
  tests?: TestRow[];
  notBelow?: string[];
  birthDates?: Record<string, string>;
}): ServiceRecords {
  const studentIds = [...new Set(options.enrollments.map(([, studentId]) => studentId))];
  return {
    mpos: options.mpos ?? [ELA],
    students: studentIds.map((studentId) => ({
      studentId,
      birthDate: options.birthDates?.[studentId] ?? '2015-01-01',
      spans: [{ from: '2020-01-01', to: '2030-01-01' }],
    })),
    assessments: studentIds.map((studentId) => ({
      studentId,
      subject: 'ELA' as const,
      schoolYear: '2023-24',
      level: options.notBelow?.includes(studentId) ? 3 : 1,
    })),
    services: options.services,
    enrollments: options.enrollments.map(([serviceId, studentId]) => ({
      serviceId,
      studentId,
      enrolledOn: '2024-10-01',
    })),
    attendance: (options.minutes ?? []).map(([serviceId, studentId, minutes], i) => ({
      serviceId,
      studentId,
      date: `2024-10-${String(1 + (i % 28)).padStart(2, '0')}`,
      minutes,
    })),
    tests: (options.tests ?? []).map(([serviceId, studentId, kind, date, score]) => ({
      serviceId,
      studentId,
      kind,
      date,
      score,
    })),
  };
}

const funnel = (r: ServiceRecords, region: number | null = null, mpo = r.mpos[0]!) =>
  computeMpoFunnel(r, mpo, P, region);

describe('an MPO funnel (S3)', () => {
  it('drops a child at each step for the reason the contract gives', () => {
    const r = records({
      services: [service('A')],
      enrollments: [
        ['A', 'NOTBELOW'],
        ['A', 'SHORT'],
        ['A', 'UNTESTED'],
        ['A', 'FLAT'],
        ['A', 'GREW'],
      ],
      notBelow: ['NOTBELOW'],
      minutes: [
        ['A', 'NOTBELOW', 600],
        ['A', 'SHORT', 599],
        ['A', 'UNTESTED', 600],
        ['A', 'FLAT', 600],
        ['A', 'GREW', 300],
        ['A', 'GREW', 300],
      ],
      tests: [
        ['A', 'UNTESTED', 'pre', '2024-10-02', 10],
        ...prePost('A', 'FLAT', 10, 12.99),
        ...prePost('A', 'GREW', 10, 13),
      ],
    });
    expect(funnel(r)).toEqual({ served: 5, inPopulation: 4, dosageMet: 3, tested: 2, grew: 1 });
  });

  it('judges a post dated before the pre, or no post, as not tested', () => {
    const r = records({
      services: [service('A')],
      enrollments: [
        ['A', 'BACKWARDS'],
        ['A', 'NOPOST'],
      ],
      minutes: [
        ['A', 'BACKWARDS', 600],
        ['A', 'NOPOST', 600],
      ],
      tests: [
        ['A', 'BACKWARDS', 'pre', '2025-05-01', 10],
        ['A', 'BACKWARDS', 'post', '2024-11-01', 50],
        ['A', 'NOPOST', 'pre', '2024-11-01', 10],
      ],
    });
    expect(funnel(r)).toMatchObject({ dosageMet: 2, tested: 0, grew: 0 });
  });

  it('adds a child’s minutes over two aligned services, and one pair that grew is enough', () => {
    const r = records({
      services: [service('A'), service('B', { startDate: '2025-01-10' })],
      enrollments: [
        ['A', 'M1'],
        ['B', 'M1'],
      ],
      minutes: [
        ['A', 'M1', 300],
        ['B', 'M1', 300],
      ],
      tests: [
        ...prePost('A', 'M1', 10, 10),
        ['B', 'M1', 'pre', '2025-01-10', 10],
        ['B', 'M1', 'post', '2025-05-01', 20],
      ],
    });
    expect(funnel(r)).toEqual({ served: 1, inPopulation: 1, dosageMet: 1, tested: 1, grew: 1 });
  });

  it('counts a child served in two regions once for the state, adding their minutes; each region alone falls short', () => {
    const r = records({
      services: [service('A', { region: 5 }), service('B', { region: 7 })],
      enrollments: [
        ['A', 'M1'],
        ['B', 'M1'],
      ],
      minutes: [
        ['A', 'M1', 300],
        ['B', 'M1', 300],
      ],
      tests: prePost('B', 'M1', 10, 20),
    });
    expect(funnel(r, null)).toEqual({ served: 1, inPopulation: 1, dosageMet: 1, tested: 1, grew: 1 });
    expect(funnel(r, 5)).toEqual({ served: 1, inPopulation: 1, dosageMet: 0, tested: 0, grew: 0 });
    expect(funnel(r, 7)).toEqual({ served: 1, inPopulation: 1, dosageMet: 0, tested: 0, grew: 0 });
  });

  it('leaves out services of another period, another region or not aligned to the MPO', () => {
    const r = records({
      services: [
        service('LAST', { startDate: '2024-08-31', endDate: '2024-09-30' }),
        service('NEXT', { startDate: '2025-09-01', endDate: '2025-09-30' }),
        service('OTHER', { mpos: ['2.0'] }),
        service('NONE', { mpos: [] }),
        service('SEVEN', { region: 7 }),
      ],
      enrollments: [
        ['LAST', 'M1'],
        ['NEXT', 'M2'],
        ['OTHER', 'M3'],
        ['NONE', 'M4'],
        ['SEVEN', 'M5'],
      ],
    });
    expect(funnel(r, 5).served).toBe(0);
    expect(funnel(r, null).served).toBe(1);
  });

  it('takes a service that starts in the period and ends after it, with all its minutes', () => {
    const r = records({
      mpos: [{ ...ELA, minHours: 1 }],
      services: [service('A', { startDate: '2025-08-31', endDate: '2025-10-31' })],
      enrollments: [['A', 'M1']],
      minutes: [['A', 'M1', 60]],
    });
    expect(funnel(r)).toMatchObject({ served: 1, dosageMet: 1 });
  });

  it('counts minutes and pairs only from enrollments that put the child in the population', () => {
    // Born 2021-09-20: 3 on a service starting 2024-10-01, but 2 on one starting 2024-09-15.
    const r = records({
      mpos: [{ ...PRESCHOOL, minHours: 10 }],
      services: [
        service('YOUNG', { startDate: '2024-09-15', mpos: ['7.0'] }),
        service('OLD', { startDate: '2024-10-01', mpos: ['7.0'] }),
      ],
      enrollments: [
        ['YOUNG', 'M1'],
        ['OLD', 'M1'],
      ],
      birthDates: { M1: '2021-09-20' },
      minutes: [
        ['YOUNG', 'M1', 600],
        ['OLD', 'M1', 599],
      ],
      tests: prePost('YOUNG', 'M1', 10, 90),
    });
    expect(funnel(r)).toEqual({ served: 1, inPopulation: 1, dosageMet: 0, tested: 0, grew: 0 });
    const enough = { ...r, attendance: r.attendance.map((row) => ({ ...row, minutes: 600 })) };
    expect(funnel(enough)).toEqual({ served: 1, inPopulation: 1, dosageMet: 1, tested: 0, grew: 0 });
  });

  it('keeps a child who stops being eligible during the service, with all their minutes and tests', () => {
    const r = records({
      services: [service('A')],
      enrollments: [['A', 'M1']],
      minutes: [['A', 'M1', 600]],
      tests: prePost('A', 'M1', 10, 20),
    });
    const ended = {
      ...r,
      students: r.students.map((s) => ({ ...s, spans: [{ from: '2020-01-01', to: '2024-10-15' }] })),
    };
    expect(funnel(ended)).toEqual({ served: 1, inPopulation: 1, dosageMet: 1, tested: 1, grew: 1 });
  });

  it('follows a lower-is-better instrument', () => {
    const r = records({
      mpos: [PRESCHOOL],
      services: [service('A', { mpos: ['7.0'], instrument: { min: 200, max: 250, higherIsBetter: false } })],
      enrollments: [
        ['A', 'DOWN5'],
        ['A', 'DOWN4'],
        ['A', 'UP'],
      ],
      birthDates: { DOWN5: '2020-01-01', DOWN4: '2020-01-01', UP: '2020-01-01' },
      tests: [
        ...prePost('A', 'DOWN5', 240, 235), // 5 = 10 % of the range: exactly the threshold
        ...prePost('A', 'DOWN4', 240, 235.01),
        ...prePost('A', 'UP', 200, 250),
      ],
    });
    expect(funnel(r)).toEqual({ served: 3, inPopulation: 3, dosageMet: 3, tested: 3, grew: 1 });
  });
});

describe('the MPO report', () => {
  it('lists every MPO in the plan’s order, an empty one with zeros, and names its scope', () => {
    const r = records({ mpos: [PRESCHOOL, ELA], services: [service('A')], enrollments: [['A', 'M1']] });
    const report = computeMpoReport(r, P, 5);
    expect(report.scope).toBe('region 5');
    expect(report.period).toBe('2024-25');
    expect(report.mpos.map((line) => line.mpo)).toEqual(['7.0', '1.0']);
    expect(report.mpos[0]).toEqual({
      mpo: '7.0',
      served: 0,
      inPopulation: 0,
      dosageMet: 0,
      tested: 0,
      grew: 0,
      pct: null,
      target: 50,
      status: 'insufficient',
    });
    expect(computeMpoReport(r, P, null).scope).toBe('state');
  });

  it('is insufficient one tested child below minN and judged at minN', () => {
    const grew = (n: number) =>
      records({
        mpos: [{ ...ELA, minHours: null, minN: 2, target: 50 }],
        services: [service('A')],
        enrollments: Array.from({ length: n }, (_, i): [string, string] => ['A', `M${i}`]),
        tests: Array.from({ length: n }, (_, i) => prePost('A', `M${i}`, 10, 20)).flat(),
      });
    expect(computeMpoReport(grew(1), P, null).mpos[0]).toMatchObject({
      tested: 1,
      pct: 100,
      status: 'insufficient',
    });
    expect(computeMpoReport(grew(2), P, null).mpos[0]).toMatchObject({ tested: 2, pct: 100, status: 'met' });
  });
});

describe('the contract example (tests/cases/services)', () => {
  const example = exampleFolder();

  it('gives the state report of 2024-25', () => {
    expect(computeMpoReport(example, P, null)).toEqual(stateExpected);
  });

  it("gives region 5's report of 2024-25", () => {
    expect(computeMpoReport(example, P, 5)).toEqual(region5Expected);
  });
});

describe('the edge cases worked by hand (tests/cases/services/edges)', () => {
  const edges = edgesFolder();

  it.each<[string, number | null]>([
    ['state', null],
    ['region5', 5],
    ['region7', 7],
  ])('gives the %s report of 2024-25', (name, region) => {
    expect(computeMpoReport(edges, P, region)).toEqual(edgesExpected[`expected.${name}.2024-25.json`]);
  });
});
