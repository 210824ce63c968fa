import { describe, expect, it } from 'vitest';
import { elaMpo, preschoolMpo } from './plan-builders';
import type { Mpo } from './service-records';
import { enrollmentReasonFor, isEligibleDuring, targetList, type TargetCandidate } from './target-list';

const ela = elaMpo();
const preK = preschoolMpo();
const rsy = { from: '2024-09-01', to: '2025-06-15' };
const always = [{ from: '2020-01-01', to: '2030-12-31' }];

describe('isEligibleDuring', () => {
  it.each([
    ['span ends the day the term starts', { from: '2023-01-01', to: '2024-09-01' }, true],
    ['span ends the day before', { from: '2023-01-01', to: '2024-08-31' }, false],
    ['span starts on the last day', { from: '2025-06-15', to: '2027-01-01' }, true],
    ['span starts the day after', { from: '2025-06-16', to: '2027-01-01' }, false],
    ['span inside the term', { from: '2024-10-01', to: '2024-10-02' }, true],
  ])('%s', (_, span, expected) => {
    expect(isEligibleDuring([span], rsy)).toBe(expected);
  });
});

describe('targetList', () => {
  const child = (studentId: string, birthDate = '2015-01-01', spans = always): TargetCandidate => ({
    studentId,
    birthDate,
    spans,
  });
  it.each([
    [
      'level 2 before the period is below proficient',
      [{ subject: 'ELA', schoolYear: '2023-24', level: 2 }],
      true,
    ],
    ['level 1 two years before, nothing since', [{ subject: 'ELA', schoolYear: '2022-23', level: 1 }], true],
    ['level 3 is not', [{ subject: 'ELA', schoolYear: '2023-24', level: 3 }], false],
    [
      'an older level 1 does not count when the latest is 3',
      [
        { subject: 'ELA', schoolYear: '2022-23', level: 1 },
        { subject: 'ELA', schoolYear: '2023-24', level: 3 },
      ],
      false,
    ],
    [
      'a math result does not put a child on the ELA list',
      [{ subject: 'MATH', schoolYear: '2023-24', level: 1 }],
      false,
    ],
    ['an ELPAC level does not either', [{ subject: 'ELPAC', schoolYear: '2023-24', level: 1 }], false],
    ['no result: not on the list', [], false],
    [
      'a result of the period itself does not count',
      [{ subject: 'ELA', schoolYear: '2024-25', level: 1 }],
      false,
    ],
  ] as const)('ELA: %s', (_, results, onList) => {
    const list = targetList({
      mpo: ela,
      term: rsy,
      candidates: [child('S1')],
      assessments: results.map((r) => ({ studentId: 'S1', ...r })),
      serviceOrder: new Map(),
      enrolledStudentIds: new Set(),
    });
    expect(list.rows.length).toBe(onList ? 1 : 0);
  });

  it.each([
    ['turns 3 on the term’s first day', '2021-09-01', 3],
    ['turns 3 the day after: still 2', '2021-09-02', undefined],
    ['5 on the first day', '2019-09-01', 5],
    ['6 on the first day', '2018-09-01', undefined],
  ])('pre-K by age on the term’s start: %s', (_, birthDate, age) => {
    const list = targetList({
      mpo: preK,
      term: rsy,
      candidates: [child('S1', birthDate)],
      assessments: [],
      serviceOrder: new Map(),
      enrolledStudentIds: new Set(),
    });
    expect(list.rows[0]?.reason).toEqual(age === undefined ? undefined : { kind: 'age', age });
  });

  it('leaves out children not eligible during the term and marks the enrolled', () => {
    const results = ['A', 'B', 'C'].map((studentId) => ({
      studentId,
      subject: 'ELA' as const,
      schoolYear: '2023-24',
      level: 1,
    }));
    const list = targetList({
      mpo: ela,
      term: rsy,
      candidates: [
        child('C'),
        child('A'),
        child('B', '2015-01-01', [{ from: '2021-01-01', to: '2024-08-31' }]),
      ],
      assessments: results,
      serviceOrder: new Map(),
      enrolledStudentIds: new Set(['C']),
    });
    expect(list).toEqual({
      rows: [
        {
          studentId: 'A',
          reason: { kind: 'belowProficient', subject: 'ELA', level: 1 },
          enrolled: false,
          group: 'preschoolFormer',
        },
        {
          studentId: 'C',
          reason: { kind: 'belowProficient', subject: 'ELA', level: 1 },
          enrolled: true,
          group: 'preschoolFormer',
        },
      ],
      enrolled: 1,
    });
  });

  it('S6.8: lists Priority for Services children first, then the order of service, each by student number', () => {
    const list = targetList({
      mpo: ela,
      term: rsy,
      candidates: ['A', 'B', 'C', 'D'].map((id) => child(id)),
      assessments: ['A', 'B', 'C', 'D'].map((studentId) => ({
        studentId,
        subject: 'ELA' as const,
        schoolYear: '2023-24',
        level: 1,
      })),
      serviceOrder: new Map([
        ['A', 'schoolAgeFormer'],
        ['B', 'pfs'],
        ['C', 'schoolAgeCurrent'],
        ['D', 'pfs'],
      ]),
      enrolledStudentIds: new Set(),
    });
    expect(list.rows.map((row) => [row.studentId, row.group])).toEqual([
      ['B', 'pfs'],
      ['D', 'pfs'],
      ['C', 'schoolAgeCurrent'],
      ['A', 'schoolAgeFormer'],
    ]);
  });
});

describe('enrollmentReasonFor', () => {
  it.each([
    [ela, 'below_proficient_ela'],
    [
      { ...ela, population: { kind: 'belowProficient', subject: 'MATH', maxLevel: 2 } } as Mpo,
      'below_proficient_math',
    ],
    [preK, 'pre_k'],
    [{ ...preK, population: { kind: 'age', minAge: 6, maxAge: 21 } } as Mpo, 'other'],
  ])('%#', (mpo, reason) => {
    expect(enrollmentReasonFor(mpo)).toBe(reason);
  });
});
