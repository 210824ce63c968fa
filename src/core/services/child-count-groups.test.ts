import { describe, expect, it } from 'vitest';
import { ageGradeGroupOf, gradeCodeOf } from './child-count-groups';

describe('grades as records write them (S5.4)', () => {
  it.each<[string | null, string | null]>([
    ['KN', 'KG'],
    ['tk', 'KG'],
    ['K', 'KG'],
    [' 1 ', '01'],
    ['01', '01'],
    ['9', '09'],
    ['12', '12'],
    ['13', null],
    ['UG', 'UG'],
    ['OSY', 'OS'],
    ['PS', 'PK'],
    ['', null],
    [null, null],
    ['grade 3', null],
  ])('%s reads as %s', (text, code) => {
    expect(gradeCodeOf(text)).toBe(code);
  });
});

describe('age/grade groups (S5.4)', () => {
  it('takes kindergarten through 12, ungraded and out of school from the grade', () => {
    expect(ageGradeGroupOf('KG', '2019-05-01', '2024-09-01')).toBe('KG');
    expect(ageGradeGroupOf('07', '2012-05-01', '2024-09-01')).toBe('07');
    expect(ageGradeGroupOf('UG', '2010-05-01', '2024-09-01')).toBe('UG');
    expect(ageGradeGroupOf('OS', '2005-05-01', '2024-09-01')).toBe('OS');
  });

  it('places a preschooler or a child without a grade by their age on the day they count', () => {
    expect(ageGradeGroupOf(null, '2021-09-01', '2024-09-01')).toBe('AGE3TO5NOTK');
    expect(ageGradeGroupOf('PK', '2018-09-02', '2024-09-01')).toBe('AGE3TO5NOTK');
    // Turns 6 that day: school age, and no grade recorded.
    expect(ageGradeGroupOf('PK', '2018-09-01', '2024-09-01')).toBe('MISSING');
    expect(ageGradeGroupOf(null, '2012-01-01', '2024-09-01')).toBe('MISSING');
  });

  it('turns 6 on 1 March in a common year when born on 29 February', () => {
    expect(ageGradeGroupOf(null, '2016-02-29', '2022-02-28')).toBe('AGE3TO5NOTK');
    expect(ageGradeGroupOf(null, '2016-02-29', '2022-03-01')).toBe('MISSING');
  });
});
