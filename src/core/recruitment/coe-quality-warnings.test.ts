import { describe, expect, it } from 'vitest';
import { findQualityWarnings } from './coe-quality-warnings';
import type { ChildDeterminationFacts, InterviewFacts } from './coe-types';

const interview = (
  workStart: string,
  childArrival = '2019-08-01',
  interviewDate = '2019-08-20',
): InterviewFacts => ({
  interviewDate,
  workers: [{ id: 'w' }],
  children: [{ id: 'c', birthDate: '2011-02-10' }],
  moves: [
    {
      id: 'm1',
      date: '2019-05-01',
      from: { schoolDistrict: 'A' },
      to: { schoolDistrict: 'B' },
      movers: ['w'],
      work: [{ worker: 'w', outcome: 'obtained', startDate: workStart }],
    },
    { id: 'm2', date: childArrival, from: { country: 'GT' }, to: { schoolDistrict: 'B' }, movers: ['c'] },
  ],
});
const child = (overrides: Partial<ChildDeterminationFacts> = {}): ChildDeterminationFacts => ({
  child: 'c',
  eligible: true,
  basis: 'qualifying-work',
  relation: 'to-join',
  worker: 'w',
  establishingMove: 'm1',
  workerMoveDate: '2019-05-01',
  workerMove: 'm1',
  qualifyingMove: 'm2',
  qad: '2019-08-01',
  eligibilityEndDate: '2022-07-31',
  endReason: '36-months',
  newCoeRequired: true,
  reasons: [],
  trace: [],
  ...overrides,
});
const codes = (i: InterviewFacts, c = child(), residencyDate: string | null = '2019-08-01') =>
  findQualityWarnings(i, { children: [c] }, { residencyDate }).map((w) => w.code);

describe('quality-control warnings', () => {
  it('warns when work began less than 7 days before the 60-day soon-after limit (day 53 no, day 54 yes)', () => {
    expect(codes(interview('2019-06-23'))).not.toContain('WORK_START_NEAR_LIMIT');
    expect(codes(interview('2019-06-24'))).toContain('WORK_START_NEAR_LIMIT');
    expect(codes(interview('2019-06-30'))).toContain('WORK_START_NEAR_LIMIT');
  });
  it('warns when a child joined 30 days or less before the 12-month to-join limit (2020-05-01 here)', () => {
    expect(
      codes(interview('2019-05-02', '2020-04-01', '2020-04-10'), child({ qad: '2020-04-01' })),
    ).toContain('TO_JOIN_NEAR_LIMIT');
    expect(
      codes(interview('2019-05-02', '2020-04-30', '2020-04-30'), child({ qad: '2020-04-30' })),
    ).toContain('TO_JOIN_NEAR_LIMIT');
    expect(
      codes(interview('2019-05-02', '2020-03-31', '2020-04-10'), child({ qad: '2020-03-31' })),
    ).not.toContain('TO_JOIN_NEAR_LIMIT');
  });
  it('does not warn about to-join for a child who moved with the worker', () => {
    expect(
      codes(
        interview('2019-05-02', '2020-04-01', '2020-04-10'),
        child({ qad: '2020-04-01', relation: 'with' }),
      ),
    ).not.toContain('TO_JOIN_NEAR_LIMIT');
  });
  it('warns when the QAD is more than 180 days before the interview', () => {
    expect(codes(interview('2019-05-02', '2019-08-01', '2020-01-28'))).not.toContain(
      'QAD_FAR_BEFORE_INTERVIEW',
    );
    expect(codes(interview('2019-05-02', '2019-08-01', '2020-01-29'))).toContain('QAD_FAR_BEFORE_INTERVIEW');
  });
  it('warns when the residency date is after the interview', () => {
    expect(codes(interview('2019-05-02'), child(), '2019-08-21')).toContain('RESIDENCY_AFTER_INTERVIEW');
    expect(codes(interview('2019-05-02'), child(), '2019-08-20')).not.toContain('RESIDENCY_AFTER_INTERVIEW');
  });
  it('says nothing about children who are not eligible', () => {
    expect(codes(interview('2019-06-30'), child({ eligible: false }))).toEqual([]);
  });
});
