import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { resolvePriorCoe } from './qualification-record';
import { readQualificationsCsv } from './read-qualifications-csv';

const HEADER =
  'student_id,coe_id,region,birth_date,qad,residency_date,recruitment_date,worker_move_date,moved_with_worker,prior_coe';
const ROW = 'S1,C1,5,2012-01-01,2021-06-22,2021-06-22,2021-12-22,2021-03-03,N,Y';

function refusal(text: string): string {
  try {
    readQualificationsCsv('q.csv', text);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).message;
  }
  throw new Error('the file was accepted');
}

describe('reading qualifications.csv', () => {
  it('reads every column, in any order and case, with Y/N flags', () => {
    const [record] = readQualificationsCsv(
      'q.csv',
      `${HEADER.toUpperCase().split(',').reverse().join(',')}\n${ROW.split(',').reverse().join(',')}\n`,
    );
    expect(record).toEqual({
      studentId: 'S1',
      coeId: 'C1',
      region: 5,
      birthDate: '2012-01-01',
      qad: '2021-06-22',
      residencyDate: '2021-06-22',
      recruitmentDate: '2021-12-22',
      workerMoveDate: '2021-03-03',
      movedWithWorker: false,
      priorCoe: true,
    });
  });

  it('leaves prior_coe undecided when it is empty or the column is absent', () => {
    expect(readQualificationsCsv('q.csv', `${HEADER}\n${ROW.replace(/Y$/, '')}`)[0]!.priorCoe).toBeNull();
    expect(
      readQualificationsCsv('q.csv', `${HEADER.replace(',prior_coe', '')}\n${ROW.replace(/,Y$/, '')}`)[0]!
        .priorCoe,
    ).toBeNull();
  });

  it('refuses a missing required value, naming line and column', () => {
    expect(refusal(`${HEADER}\n${ROW}\n${ROW.replace('C1', 'C2').replace(',5,', ',,')}`)).toBe(
      'q.csv, line 3, column 3 (region): region is required',
    );
  });

  it('refuses a date that is not a date', () => {
    expect(refusal(`${HEADER}\n${ROW.replace('2021-06-22,2021-06-22', '2021-02-30,2021-06-22')}`)).toBe(
      'q.csv, line 2, column 5 (qad): "2021-02-30" is not a date (YYYY-MM-DD)',
    );
  });

  it('refuses a recruitment date before the residency date', () => {
    expect(refusal(`${HEADER}\n${ROW.replace('2021-06-22,2021-12-22', '2022-01-01,2021-12-22')}`)).toMatch(
      /^q\.csv, line 2, column 7 \(recruitment_date\): recruitment date 2021-12-22 is before the residency date 2022-01-01/,
    );
  });

  it('refuses a QAD after the recruitment date', () => {
    expect(
      refusal(
        `${HEADER}\n${ROW.replace('2021-06-22,2021-06-22,2021-12-22', '2021-12-23,2021-06-22,2021-12-22')}`,
      ),
    ).toMatch(/line 2, column 5 \(qad\): QAD 2021-12-23 is after the recruitment date/);
  });

  it('accepts a recruitment on the residency date and on the QAD', () => {
    expect(
      readQualificationsCsv(
        'q.csv',
        `${HEADER}\nS1,C1,5,2012-01-01,2021-06-22,2021-06-22,2021-06-22,2021-03-03,Y,N`,
      ),
    ).toHaveLength(1);
  });

  it('refuses a flag other than Y or N, a bad region, and the same coe and student twice', () => {
    expect(refusal(`${HEADER}\n${ROW.replace(',N,Y', ',yes,Y')}`)).toMatch(
      /column 9 \(moved_with_worker\): "yes" must be Y or N$/,
    );
    expect(refusal(`${HEADER}\n${ROW.replace(',5,', ',R5,')}`)).toMatch(
      /column 3 \(region\): "R5" is not a region number/,
    );
    expect(refusal(`${HEADER}\n${ROW}\n${ROW}`)).toMatch(
      /line 3, column 2 \(coe_id\): coe_id C1 and student_id S1 are already on line 2/,
    );
  });

  it('refuses a header without a required column', () => {
    expect(refusal(`${HEADER.replace('qad,', '')}\n${ROW}`)).toMatch(
      /line 1: required column "qad" is missing/,
    );
  });
});

describe('a prior COE not stated', () => {
  it('is decided by an earlier record of the same student, ties broken by the smaller coe_id', () => {
    const records = readQualificationsCsv(
      'q.csv',
      [
        HEADER,
        'S1,C9,5,2012-01-01,2020-01-01,2020-01-01,2020-02-01,2020-01-01,Y,',
        'S1,C2,3,2012-01-01,2021-01-01,2021-01-01,2021-02-01,2021-01-01,Y,',
        'S2,C5,5,2012-01-01,2021-01-01,2021-01-01,2021-02-01,2021-01-01,Y,',
        'S2,C4,5,2012-01-01,2021-01-01,2021-01-01,2021-02-01,2021-01-01,Y,',
        'S3,C7,5,2012-01-01,2021-01-01,2021-01-01,2021-02-01,2021-01-01,Y,N',
      ].join('\n'),
    );
    const prior = resolvePriorCoe(records);
    expect(records.map((r) => `${r.studentId}/${r.coeId}:${prior.get(r)}`)).toEqual([
      'S1/C9:false',
      'S1/C2:true',
      'S2/C5:true',
      'S2/C4:false',
      'S3/C7:false',
    ]);
  });
});
