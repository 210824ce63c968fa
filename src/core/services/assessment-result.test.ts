import { describe, expect, it } from 'vitest';
import { parseAssessmentResult, schoolYearProblem, schoolYearStartingIn } from './assessment-result';

const good = { studentId: ' CA100000001 ', subject: 'ELA', schoolYear: '2023-24', level: 2 };

describe('parseAssessmentResult', () => {
  it('trims the student number', () => {
    expect(parseAssessmentResult(good)).toEqual({
      studentId: 'CA100000001',
      subject: 'ELA',
      schoolYear: '2023-24',
      level: 2,
    });
  });
  it.each([
    ['an empty student number', { studentId: ' ' }, 'studentId'],
    ['a student number with spaces', { studentId: 'CA 1' }, 'studentId'],
    ['a subject of another test', { subject: 'SCIENCE' }, 'subject'],
    ['a lower-case subject', { subject: 'ela' }, 'subject'],
    ['a school year of one year', { schoolYear: '2023' }, 'schoolYear'],
    ['two years that do not follow', { schoolYear: '2023-25' }, 'schoolYear'],
    ['level 0', { level: 0 }, 'level'],
    ['level 5', { level: 5 }, 'level'],
    ['level 2.5', { level: 2.5 }, 'level'],
  ])('refuses %s naming the field', (_, change, field) => {
    expect(() => parseAssessmentResult({ ...good, ...change })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field })] }),
    );
  });
});

describe('school years', () => {
  it.each([
    ['2023-24', null],
    ['1999-00', null],
    ['2099-01', 'must name two consecutive years, such as 2023-24'],
    ['1900-01', 'must be a school year from 1990-91 to 2100-01'],
  ])('%s', (year, problem) => {
    expect(schoolYearProblem(year)).toBe(problem);
  });
  it('names the year starting in 2009', () => {
    expect(schoolYearStartingIn(2009)).toBe('2009-10');
  });
});
