import { describe, expect, it } from 'vitest';
import { attendanceProblem, enrollmentRefusal, testProblem } from './service-recording';

const SERVICE = { startDate: '2024-09-16', endDate: '2025-05-30', instrumentMin: 0, instrumentMax: 40 };
const SPANS = [
  { from: '2022-03-01', to: '2024-09-30' },
  { from: '2024-11-01', to: '2027-10-31' },
];

describe('who may be enrolled in a service, and when', () => {
  it.each([
    // enrolled on, spans, already enrolled on, expected problem
    ['2024-09-16', SPANS, null, null],
    ['2024-09-30', SPANS, null, null],
    ['2024-11-01', SPANS, null, null],
    ['2025-05-30', SPANS, null, null],
    [
      '2024-10-15',
      SPANS,
      null,
      {
        field: 'enrolledOn',
        message:
          'the child is not eligible on 2024-10-15: eligible 2022-03-01 to 2024-09-30; 2024-11-01 to 2027-10-31',
      },
    ],
    [
      '2024-10-15',
      [],
      null,
      {
        field: 'enrolledOn',
        message: 'the child is not eligible on 2024-10-15: no eligibility is on record for this student',
      },
    ],
    [
      '2024-09-15',
      SPANS,
      null,
      { field: 'enrolledOn', message: '2024-09-15 is before the service starts (2024-09-16)' },
    ],
    [
      '2025-05-31',
      SPANS,
      null,
      { field: 'enrolledOn', message: '2025-05-31 is after the service ends (2025-05-30)' },
    ],
    [
      '2024-09-20',
      SPANS,
      '2024-09-17',
      { field: 'studentId', message: 'is already enrolled in this service since 2024-09-17' },
    ],
  ] as const)(
    'enrolled on %s with spans %j, already enrolled on %s: %j',
    (enrolledOn, spans, already, expected) => {
      expect(enrollmentRefusal({ spans, enrolledOn, service: SERVICE, alreadyEnrolledOn: already })).toEqual(
        expected,
      );
    },
  );
});

describe('which attendance may be recorded', () => {
  const enrolled = { enrolledOn: '2024-10-01' };
  const today = '2025-01-15';
  it.each([
    // enrollment, date, minutes, expected problem
    [enrolled, '2024-10-01', 60, null],
    [enrolled, '2025-01-15', 1, null],
    [enrolled, '2024-12-01', 600, null],
    [undefined, '2024-12-01', 60, { field: 'studentId', message: 'is not enrolled in this service' }],
    [
      enrolled,
      '2024-09-30',
      60,
      { field: 'date', message: '2024-09-30 is before the child was enrolled (2024-10-01)' },
    ],
    [enrolled, '2025-01-16', 60, { field: 'date', message: '2025-01-16 is in the future' }],
    [
      { enrolledOn: '2024-09-10' },
      '2024-09-15',
      60,
      { field: 'date', message: '2024-09-15 is before the service starts (2024-09-16)' },
    ],
    [enrolled, '2024-12-01', 0, { field: 'minutes', message: 'must be a whole number from 1 to 600' }],
    [enrolled, '2024-12-01', 601, { field: 'minutes', message: 'must be a whole number from 1 to 600' }],
    [enrolled, '2024-12-01', 45.5, { field: 'minutes', message: 'must be a whole number from 1 to 600' }],
  ] as const)('%j on %s for %s minutes: %j', (enrollment, date, minutes, expected) => {
    expect(attendanceProblem({ enrollment, date, minutes, service: SERVICE, today })).toEqual(expected);
  });

  it('refuses a date after the service ends even when today is later', () => {
    expect(
      attendanceProblem({
        enrollment: enrolled,
        date: '2025-06-02',
        minutes: 30,
        service: SERVICE,
        today: '2025-07-01',
      }),
    ).toEqual({ field: 'date', message: '2025-06-02 is after the service ends (2025-05-30)' });
  });
});

describe('which test scores may be recorded', () => {
  const enrolled = { enrolledOn: '2024-10-01' };
  const today = '2025-06-15';
  it.each([
    [enrolled, '2024-09-20', 0, null],
    [enrolled, '2025-05-30', 40, null],
    [enrolled, '2025-05-30', 12.25, null],
    [undefined, '2025-05-30', 12, { field: 'studentId', message: 'is not enrolled in this service' }],
    [
      enrolled,
      '2025-06-01',
      12,
      { field: 'date', message: '2025-06-01 is after the service ends (2025-05-30)' },
    ],
    [
      enrolled,
      '2025-05-30',
      40.01,
      { field: 'score', message: "40.01 is outside the instrument's range 0 to 40" },
    ],
    [enrolled, '2025-05-30', -1, { field: 'score', message: "-1 is outside the instrument's range 0 to 40" }],
    [
      enrolled,
      '2025-05-30',
      12.125,
      { field: 'score', message: 'must be a number with at most two decimals' },
    ],
  ] as const)('%j on %s scoring %s: %j', (enrollment, date, score, expected) => {
    expect(testProblem({ enrollment, date, score, service: SERVICE, today })).toEqual(expected);
  });

  it('refuses a test dated in the future', () => {
    expect(
      testProblem({
        enrollment: enrolled,
        date: '2025-01-02',
        score: 3,
        service: SERVICE,
        today: '2025-01-01',
      }),
    ).toEqual({
      field: 'date',
      message: '2025-01-02 is in the future',
    });
  });
});
