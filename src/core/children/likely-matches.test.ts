import { describe, expect, it } from 'vitest';
import { assessLikelyMatch, birthDatesAlike, likelyMatches, type NameAndBirthDate } from './likely-matches';

const lucia: NameAndBirthDate = {
  firstName: 'Lucía',
  lastSurname: 'Jellybean',
  secondSurname: 'Pérez',
  birthDate: '2011-02-10',
};

describe('birthDatesAlike', () => {
  it('adds the date with day and month swapped when that is a real, different date', () => {
    expect(birthDatesAlike('2011-02-10')).toEqual(['2011-02-10', '2011-10-02']);
    expect(birthDatesAlike('2011-02-25')).toEqual(['2011-02-25']);
    expect(birthDatesAlike('2011-03-03')).toEqual(['2011-03-03']);
  });
});

describe('assessLikelyMatch', () => {
  it('scores the same name and birth date, as written, 100', () => {
    expect(assessLikelyMatch(lucia, { ...lucia })).toEqual({
      score: 100,
      reasons: ['same-birth-date', 'same-first-name', 'same-surnames'],
    });
  });

  it('ignores accents and capitals, and says so', () => {
    const match = assessLikelyMatch({ ...lucia, firstName: 'LUCIA', secondSurname: 'perez' }, lucia);
    expect(match?.score).toBe(100);
    expect(match?.reasons).toEqual([
      'same-birth-date',
      'same-first-name',
      'same-surnames',
      'accents-differ',
      'case-differs',
    ]);
  });

  it('finds the two surnames written in the other order', () => {
    const match = assessLikelyMatch({ ...lucia, lastSurname: 'Pérez', secondSurname: 'Jellybean' }, lucia);
    expect(match?.reasons).toEqual(['same-birth-date', 'same-first-name', 'surnames-swapped']);
    expect(match?.score).toBeLessThan(100);
  });

  it('finds a double surname written as one part, as two parts or with a hyphen', () => {
    const known: NameAndBirthDate = {
      firstName: 'Ángel',
      lastSurname: 'Pérez-Ávila',
      secondSurname: null,
      birthDate: '2016-02-29',
    };
    const twoParts = assessLikelyMatch({ ...known, lastSurname: 'Pérez', secondSurname: 'Ávila' }, known);
    expect(twoParts?.reasons).toEqual([
      'same-birth-date',
      'same-first-name',
      'double-surname-split-differently',
      'hyphens-differ',
    ]);
    const onePartSpaced = assessLikelyMatch({ ...known, lastSurname: 'Perez Avila' }, known);
    expect(onePartSpaced?.reasons).toEqual([
      'same-birth-date',
      'same-first-name',
      'same-surnames',
      'accents-differ',
      'hyphens-differ',
    ]);
  });

  it('keeps particles such as "de la" inside the surname', () => {
    const known: NameAndBirthDate = {
      firstName: 'Rosa',
      lastSurname: 'de la Cruz',
      secondSurname: 'Núñez',
      birthDate: '2014-07-04',
    };
    expect(
      assessLikelyMatch({ ...known, lastSurname: 'De La Cruz', secondSurname: 'Nunez' }, known)?.reasons,
    ).toEqual(['same-birth-date', 'same-first-name', 'same-surnames', 'accents-differ', 'case-differs']);
  });

  it('accepts a birth date with day and month swapped, at a lower score', () => {
    const match = assessLikelyMatch({ ...lucia, birthDate: '2011-10-02' }, lucia);
    expect(match?.reasons[0]).toBe('birth-day-month-swapped');
    expect(match?.score).toBe(85);
  });

  it('accepts one surname missing and a first name with a word more, at a lower score', () => {
    const match = assessLikelyMatch(
      { firstName: 'Lucía María', lastSurname: 'Jellybean', birthDate: '2011-02-10' },
      lucia,
    );
    expect(match?.reasons).toEqual(['same-birth-date', 'first-name-partly-same', 'one-surname-missing']);
    expect(match?.score).toBe(75);
  });

  it('does not match another birth date, another first name or other surnames', () => {
    expect(assessLikelyMatch({ ...lucia, birthDate: '2011-02-11' }, lucia)).toBeNull();
    expect(assessLikelyMatch({ ...lucia, firstName: 'Luisa' }, lucia)).toBeNull();
    expect(assessLikelyMatch({ ...lucia, lastSurname: 'García', secondSurname: 'Pérez' }, lucia)).toBeNull();
    expect(assessLikelyMatch({ ...lucia, firstName: '  ' }, lucia)).toBeNull();
  });
});

describe('likelyMatches', () => {
  it('returns the likely ones, best first, up to the limit', () => {
    const candidates = [
      { id: 'swapped-date', ...lucia, birthDate: '2011-10-02' },
      { id: 'other', ...lucia, firstName: 'Marta' },
      { id: 'same', ...lucia },
      { id: 'swapped-surnames', ...lucia, lastSurname: 'Pérez', secondSurname: 'Jellybean' },
    ];
    expect(likelyMatches(lucia, candidates).map((m) => m.candidate.id)).toEqual([
      'same',
      'swapped-surnames',
      'swapped-date',
    ]);
    expect(likelyMatches(lucia, candidates, 1).map((m) => m.candidate.id)).toEqual(['same']);
  });
});
