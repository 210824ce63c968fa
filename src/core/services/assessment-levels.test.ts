import { describe, expect, it } from 'vitest';
import {
  CALIFORNIA_BELOW_PROFICIENT,
  isBelowProficient,
  parseBelowProficientSetting,
} from './assessment-levels';

describe('isBelowProficient under California’s default', () => {
  it.each([
    ['ELA', 1, true],
    ['ELA', 2, true],
    ['ELA', 3, false],
    ['MATH', 2, true],
    ['MATH', 4, false],
    ['ELPAC', 3, true],
    ['ELPAC', 4, false],
  ] as const)('%s level %i → %s', (subject, level, expected) => {
    expect(isBelowProficient(CALIFORNIA_BELOW_PROFICIENT, subject, level)).toBe(expected);
  });
});

describe('parseBelowProficientSetting', () => {
  it('sorts the levels', () => {
    expect(parseBelowProficientSetting({ ELA: [2, 1], MATH: [1], ELPAC: [] })).toEqual({
      ELA: [1, 2],
      MATH: [1],
      ELPAC: [],
    });
  });
  it.each([
    ['not an object', [1, 2], 'belowProficient'],
    ['an unknown subject', { ...CALIFORNIA_BELOW_PROFICIENT, SCIENCE: [1] }, 'SCIENCE'],
    ['a missing subject', { ELA: [1], MATH: [1] }, 'ELPAC'],
    ['level 4', { ...CALIFORNIA_BELOW_PROFICIENT, MATH: [1, 4] }, 'MATH'],
    ['level 0', { ...CALIFORNIA_BELOW_PROFICIENT, ELA: [0] }, 'ELA'],
    ['a level twice', { ...CALIFORNIA_BELOW_PROFICIENT, ELPAC: [1, 1] }, 'ELPAC'],
  ])('refuses %s naming the field', (_, input, field) => {
    expect(() => parseBelowProficientSetting(input)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field })] }),
    );
  });
});
