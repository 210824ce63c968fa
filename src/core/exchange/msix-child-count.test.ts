import { describe, expect, it } from 'vitest';
import { periodStartingIn } from '../recruitment/performance-period';
import {
  countElementsDiffering,
  MSIX_COUNT_REASONS,
  msixChildCount,
  msixChildCountTotals,
  reconcileMsixChildCount,
  type MsixCountChild,
} from './msix-child-count';
import type { MsixChildRecord, MsixEnrollment } from './msix-record';
import { validMsixRecord } from './msix-test-records';

/** 2025-09-01 .. 2026-08-31 */
const period = periodStartingIn(2025);

const summer: MsixEnrollment = {
  enrollmentDate: '2026-06-15',
  enrollmentType: '03',
  schoolOrProjectName: 'Summer Academy',
  mepProjectType: '03',
  facilityState: 'CA',
  priorityForServices: true,
  withdrawalDate: '2026-07-10',
};

/** Born 2012, QAD 2025-05-26 (eligible to 2028-05-25), at school from 2025-08-13; with a summer project when asked. */
function record(changes: Partial<MsixChildRecord> = {}, withSummer = false): MsixChildRecord {
  const base = validMsixRecord();
  return {
    ...base,
    enrollments: withSummer ? [...base.enrollments, summer] : base.enrollments,
    ...changes,
  };
}

const move = validMsixRecord().qualifyingMoves[0]!;

describe('msixChildCount (X9.1–X9.4)', () => {
  it('counts a child eligible, of age and at school during the period, from its first day; Category 2 from the project', () => {
    expect(msixChildCount(record({}, true), period)).toEqual({
      category1: { counts: true, day: '2025-09-01' },
      category2: { counts: true, day: '2026-06-15', project: 'Summer Academy' },
    });
    expect(msixChildCount(record(), period).category2).toEqual({ counts: false, why: 'no_summer_project' });
  });

  it('does not count a child whose eligibility expired before the period: the expiration day is not eligible', () => {
    const expired = record({
      qualifyingMoves: [
        { ...move, qualifyingArrivalDate: '2022-09-01', eligibilityExpirationDate: '2025-09-01' },
      ],
    });
    expect(msixChildCount(expired, period).category1).toEqual({
      counts: false,
      why: 'not_eligible_in_period',
    });
    const lastDay = record({
      qualifyingMoves: [
        { ...move, qualifyingArrivalDate: '2022-09-02', eligibilityExpirationDate: '2025-09-02' },
      ],
    });
    expect(msixChildCount(lastDay, period).category1).toEqual({ counts: true, day: '2025-09-01' });
    // A state that writes the last day eligible: that day counts.
    const lastEligible = { deadlines: {} as never, eligibilityExpiration: 'last-day-eligible' as const };
    expect(msixChildCount(expired, period, lastEligible).category1).toEqual({
      counts: true,
      day: '2025-09-01',
    });
  });

  it('does not count a child under 3 or 22 and over through the whole period', () => {
    expect(msixChildCount(record({ birthDate: '2023-09-01' }), period).category1).toEqual({
      counts: false,
      why: 'not_aged_3_to_21',
    });
    // Turns 3 during the period: counts from the 3rd birthday.
    expect(msixChildCount(record({ birthDate: '2023-03-10' }), period).category1).toEqual({
      counts: true,
      day: '2026-03-10',
    });
    expect(msixChildCount(record({ birthDate: '2003-08-31' }), period).category1.counts).toBe(false);
  });

  it('does not count a child without an enrollment showing them in the state on a countable day', () => {
    expect(msixChildCount(record({ enrollments: [] }), period).category1).toEqual({
      counts: false,
      why: 'no_residency_in_period',
    });
    const withdrawn = record({
      enrollments: [{ ...validMsixRecord().enrollments[0]!, withdrawalDate: '2025-08-29' }],
    });
    expect(msixChildCount(withdrawn, period).category1).toEqual({
      counts: false,
      why: 'no_residency_in_period',
    });
    // Enrolled during the period: counts from the enrollment date.
    const late = record({
      enrollments: [{ ...validMsixRecord().enrollments[0]!, enrollmentDate: '2026-01-05' }],
    });
    expect(msixChildCount(late, period).category1).toEqual({ counts: true, day: '2026-01-05' });
    // A summer project alone shows the child in the state.
    expect(msixChildCount(record({ enrollments: [summer] }), period)).toMatchObject({
      category1: { counts: true, day: '2026-06-15' },
      category2: { counts: true },
    });
  });

  it('does not count a summer project in Category 2 when its days are not while eligible', () => {
    const ended = record(
      {
        qualifyingMoves: [{ ...move, eligibilityExpirationDate: '2026-06-01', eligibilityEndedEarly: true }],
      },
      true,
    );
    expect(msixChildCount(ended, period)).toEqual({
      category1: { counts: true, day: '2025-09-01' },
      category2: { counts: false, why: 'summer_project_not_countable' },
    });
  });

  it('totals each record once', () => {
    expect(msixChildCountTotals([record({}, true), record(), record({ enrollments: [] })], period)).toEqual({
      category1: 2,
      category2: 1,
    });
  });
});

describe('countElementsDiffering (X9.6)', () => {
  it('names the elements a count reads that differ, and nothing for a name', () => {
    expect(countElementsDiffering(record(), record({ firstName: 'Rosa' }))).toEqual([]);
    expect(
      countElementsDiffering(
        record(),
        record(
          {
            birthDate: '2012-03-15',
            qualifyingMoves: [
              { ...move, qualifyingArrivalDate: '2025-05-27', eligibilityExpirationDate: '2028-05-27' },
            ],
          },
          true,
        ),
      ),
    ).toEqual(['birthDate', 'qualifyingArrivalDate', 'eligibilityExpirationDate', 'summerProjects']);
    expect(countElementsDiffering(record(), record({ enrollments: [] }))).toEqual(['schoolEnrollments']);
  });
});

describe('reconcileMsixChildCount (X9.5, X9.6)', () => {
  const reached = new Set<string>();
  const reconcile = (children: MsixCountChild[]) => {
    const result = reconcileMsixChildCount(children, period);
    for (const difference of result.differences) reached.add(difference.reason);
    return result;
  };
  const child = (
    childKey: string,
    ciclo: MsixCountChild['ciclo'],
    current: MsixChildRecord | null,
    sent: MsixChildRecord | null,
    problems = 0,
  ): MsixCountChild => ({ childKey, ciclo, current: current && { record: current, problems }, sent });
  const diff = (
    childKey: string,
    category: 1 | 2,
    countedBy: 'ciclo' | 'msix',
    reason: string,
    more = {},
  ) => ({
    childKey,
    category,
    countedBy,
    reason,
    problems: 0,
    elements: [],
    ...more,
  });
  const expired = record({
    qualifyingMoves: [
      { ...move, qualifyingArrivalDate: '2022-08-01', eligibilityExpirationDate: '2025-08-01' },
    ],
  });

  it('lists nobody when both sides count every child alike', () => {
    const result = reconcile([
      child('a', { category2: true }, record({}, true), record({}, true)),
      child('b', { category2: false }, record(), record({ firstName: 'Otro' })),
      child('c', null, expired, expired),
    ]);
    expect(result).toEqual({
      ciclo: { category1: 2, category2: 1 },
      msix: { category1: 2, category2: 1 },
      differences: [],
    });
  });

  it('explains a child never sent: ready for the next export, or held back by its problems', () => {
    const result = reconcile([
      child('a', { category2: true }, record({}, true), null),
      child('b', { category2: false }, record(), null, 3),
    ]);
    expect(result.ciclo).toEqual({ category1: 2, category2: 1 });
    expect(result.msix).toEqual({ category1: 0, category2: 0 });
    expect(result.differences).toEqual([
      diff('a', 1, 'ciclo', 'not_exported'),
      diff('a', 2, 'ciclo', 'not_exported'),
      diff('b', 1, 'ciclo', 'held_back', { problems: 3 }),
    ]);
  });

  it('names the elements of a record sent before Ciclo changed it, and holds back an update with problems', () => {
    const later = record({
      qualifyingMoves: [
        { ...move, qualifyingArrivalDate: '2026-09-10', eligibilityExpirationDate: '2029-09-10' },
      ],
    });
    const result = reconcile([
      child('a', { category2: false }, record(), later),
      child('b', { category2: true }, record({}, true), record()),
      child('c', { category2: false }, record(), later, 1),
    ]);
    expect(result.differences).toEqual([
      diff('a', 1, 'ciclo', 'changed_since_export', {
        elements: ['qualifyingArrivalDate', 'eligibilityExpirationDate'],
      }),
      diff('b', 2, 'ciclo', 'changed_since_export', { elements: ['summerProjects'] }),
      diff('c', 1, 'ciclo', 'held_back', {
        problems: 1,
        elements: ['qualifyingArrivalDate', 'eligibilityExpirationDate'],
      }),
    ]);
  });

  it('explains a child MSIX counts and Ciclo does not: ended early since the export, or no longer in Ciclo', () => {
    const endedEarly = record({
      qualifyingMoves: [{ ...move, eligibilityExpirationDate: '2025-07-01', eligibilityEndedEarly: true }],
    });
    const result = reconcile([
      child('a', null, endedEarly, record()),
      child('b', null, null, record({}, true)),
    ]);
    expect(result.ciclo).toEqual({ category1: 0, category2: 0 });
    expect(result.msix).toEqual({ category1: 2, category2: 1 });
    expect(result.differences).toEqual([
      diff('a', 1, 'msix', 'ended_early_not_sent', { elements: ['eligibilityExpirationDate'] }),
      diff('b', 1, 'msix', 'no_longer_in_ciclo'),
      diff('b', 2, 'msix', 'no_longer_in_ciclo'),
    ]);
  });

  it('explains what sending would not mend: no child record, no residency, no summer project, the summer days, the eligibility', () => {
    const atNoSchool = record({ enrollments: [] });
    const endedInJune = record(
      {
        qualifyingMoves: [{ ...move, eligibilityExpirationDate: '2026-06-01', eligibilityEndedEarly: true }],
      },
      true,
    );
    const projectWhileEligible = record({}, true);
    const result = reconcile([
      child('a', { category2: false }, null, null),
      child('b', { category2: false }, atNoSchool, atNoSchool),
      child('c', { category2: true }, record(), record()),
      child('d', { category2: true }, endedInJune, endedInJune),
      child('e', { category2: false }, projectWhileEligible, projectWhileEligible),
      child('f', { category2: false }, expired, expired),
      child('g', null, record(), record()),
    ]);
    expect(result.differences).toEqual([
      diff('a', 1, 'ciclo', 'no_child_record'),
      diff('b', 1, 'ciclo', 'no_residency'),
      diff('c', 2, 'ciclo', 'no_summer_project'),
      diff('d', 2, 'ciclo', 'summer_days_differ'),
      diff('e', 2, 'msix', 'summer_days_differ'),
      diff('f', 1, 'ciclo', 'eligibility_differs'),
      diff('g', 1, 'msix', 'eligibility_differs'),
    ]);
  });

  it('has reached every reason of X9.6 above', () => {
    expect([...reached].sort()).toEqual([...MSIX_COUNT_REASONS].sort());
  });
});
