import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { isOfProgramAge, validateChildFacts, type ChildFacts } from './child-rules';

const facts: ChildFacts = {
  firstName: ' José Ángel ',
  middleName: null,
  lastSurname: 'García-López',
  secondSurname: 'de la Cruz',
  generationCodeSuffix: null,
  birthDate: '2012-02-29',
  birthCity: 'San Juan Cacahuatepec',
  birthState: 'OAX',
  birthCountry: 'mx',
  sex: 'male',
  statewideStudentId: null,
};

function problemsOf(input: Partial<ChildFacts>): string[] {
  try {
    validateChildFacts({ ...facts, ...input }, '2026-11-22');
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.problems.map((p) => p.field);
  }
}

describe('validateChildFacts', () => {
  it('keeps names exactly as written, only trimming surrounding spaces', () => {
    const cleaned = validateChildFacts(facts, '2026-11-22');
    expect(cleaned.firstName).toBe('José Ángel');
    expect(cleaned.lastSurname).toBe('García-López');
    expect(cleaned.secondSurname).toBe('de la Cruz');
    expect(cleaned.birthCountry).toBe('MX');
  });
  it('names every field at fault at once', () => {
    expect(problemsOf({ firstName: ' ', lastSurname: '', birthCountry: 'Mexico' })).toEqual([
      'firstName',
      'lastSurname',
      'birthCountry',
    ]);
  });
  it.each([
    ['a date that does not exist', '2023-02-29'],
    ['a date in the future', '2026-11-23'],
    ['a date not written YYYY-MM-DD', '11/22/2020'],
  ])('refuses a birth date: %s', (_name, birthDate) => {
    expect(problemsOf({ birthDate })).toEqual(['birthDate']);
  });
  it('accepts a birth date of today', () => {
    expect(problemsOf({ birthDate: '2026-11-22' })).toEqual([]);
  });
  it('refuses a statewide student ID that is not 10 digits', () => {
    expect(problemsOf({ statewideStudentId: '12345' })).toEqual(['statewideStudentId']);
    expect(problemsOf({ statewideStudentId: '1234567890' })).toEqual([]);
  });
  it('S5.9: an English learner and a disability are false unless given, and only true or false', () => {
    const cleaned = validateChildFacts(facts, '2026-11-22');
    expect([cleaned.englishLearner, cleaned.disability]).toEqual([false, false]);
    const flagged = validateChildFacts({ ...facts, englishLearner: true, disability: true }, '2026-11-22');
    expect([flagged.englishLearner, flagged.disability]).toEqual([true, true]);
    expect(
      problemsOf({ englishLearner: 'yes' as unknown as boolean, disability: 1 as unknown as boolean }),
    ).toEqual(['englishLearner', 'disability']);
  });
});

describe('isOfProgramAge', () => {
  it('is true through the day before the 22nd birthday', () => {
    expect(isOfProgramAge('2004-11-23', '2026-11-22')).toBe(true);
    expect(isOfProgramAge('2004-11-22', '2026-11-22')).toBe(false);
    expect(isOfProgramAge('2026-11-23', '2026-11-22')).toBe(false);
  });
});
