import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../recruitment/performance-period';
import { CALIFORNIA_TERM_WINDOWS, parseTermWindows, termDatesIn } from './target-list-terms';

describe('termDatesIn', () => {
  const period = parsePeriod('2024-25', 'period');
  it.each([
    ['RSY', { from: '2024-09-01', to: '2025-06-15' }],
    ['SUMMER', { from: '2025-06-16', to: '2025-08-31' }],
    ['INTERSESSION', { from: '2024-09-01', to: '2025-06-15' }],
  ] as const)('California’s %s', (term, dates) => {
    expect(termDatesIn(period, term, CALIFORNIA_TERM_WINDOWS)).toEqual(dates);
  });
});

describe('parseTermWindows', () => {
  it('accepts the California defaults', () => {
    expect(parseTermWindows(CALIFORNIA_TERM_WINDOWS)).toEqual(CALIFORNIA_TERM_WINDOWS);
  });
  it.each([
    ['not an object', 'x', 'termWindows'],
    ['an unknown term', { ...CALIFORNIA_TERM_WINDOWS, FALL: { from: '09-01', to: '10-01' } }, 'FALL'],
    [
      'a missing term',
      { RSY: CALIFORNIA_TERM_WINDOWS.RSY, SUMMER: CALIFORNIA_TERM_WINDOWS.SUMMER },
      'INTERSESSION',
    ],
    ['a day that is not', { ...CALIFORNIA_TERM_WINDOWS, RSY: { from: '09-31', to: '06-15' } }, 'RSY.from'],
    ['29 February', { ...CALIFORNIA_TERM_WINDOWS, RSY: { from: '09-01', to: '02-29' } }, 'RSY.to'],
    [
      'an end before the start in the period',
      { ...CALIFORNIA_TERM_WINDOWS, SUMMER: { from: '08-01', to: '06-16' } },
      'SUMMER.to',
    ],
  ])('refuses %s naming the field', (_, input, field) => {
    expect(() => parseTermWindows(input)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field })] }),
    );
  });
  it('a window may run across the new year, inside the period', () => {
    expect(
      parseTermWindows({ ...CALIFORNIA_TERM_WINDOWS, INTERSESSION: { from: '12-15', to: '01-10' } })
        .INTERSESSION,
    ).toEqual({
      from: '12-15',
      to: '01-10',
    });
  });
});
