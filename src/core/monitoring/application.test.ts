import { describe, expect, it } from 'vitest';
import {
  checkApplicationContent,
  isProgramYear,
  nextStatus,
  programYearOf,
  type ApplicationContent,
  type ApplicationStatus,
  type ApplicationStep,
} from './application';

const known = { strategies: new Set(['1.1', '1.2']), serviceIds: new Set(['s1']) };
const content = (over: Partial<ApplicationContent> = {}): ApplicationContent => ({
  kind: 'dsa',
  districtId: 'd1',
  programYear: '2026-27',
  lines: [
    {
      label: '1',
      description: 'Tutoring',
      fundingResource: '3060',
      amount: 1200.5,
      strategies: ['1.1'],
      serviceIds: ['s1'],
    },
  ],
  ...over,
});

describe('application content (MN2.1, MN2.2)', () => {
  it('accepts a well-formed DSA', () => {
    expect(() => checkApplicationContent(content(), known)).not.toThrow();
  });
  it.each<[string, Partial<ApplicationContent>, string]>([
    ['a year that is not two consecutive years', { programYear: '2026-28' }, 'programYear'],
    ['a regional application of a district', { kind: 'regional_application' }, 'districtId'],
    ['a DSA without a district', { districtId: null }, 'districtId'],
    [
      'a strategy not in the plan',
      { lines: [{ ...content().lines[0]!, strategies: ['9.9'] }] },
      'lines[0].strategies[0]',
    ],
    [
      'a service it may not fund',
      { lines: [{ ...content().lines[0]!, serviceIds: ['other'] }] },
      'lines[0].serviceIds[0]',
    ],
    ['a negative amount', { lines: [{ ...content().lines[0]!, amount: -1 }] }, 'lines[0].amount'],
    ['fractions of a cent', { lines: [{ ...content().lines[0]!, amount: 1.005 }] }, 'lines[0].amount'],
    ['a repeated line label', { lines: [content().lines[0]!, content().lines[0]!] }, 'lines[1].label'],
  ])('refuses %s naming the field', (_name, over, field) => {
    expect(() => checkApplicationContent(content(over), known)).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ field })],
      }),
    );
  });
  it('knows program years', () => {
    expect(isProgramYear('2026-27')).toBe(true);
    expect(isProgramYear('2099-00')).toBe(true);
    expect(isProgramYear('2026-2027')).toBe(false);
    expect(programYearOf('2026-06-30')).toBe('2025-26');
    expect(programYearOf('2026-07-01')).toBe('2026-27');
  });
});

describe('application status (MN2.3)', () => {
  it.each<[ApplicationStatus, ApplicationStep, ApplicationStatus | 'conflict']>([
    ['draft', 'submit', 'submitted'],
    ['revised', 'submit', 'submitted'],
    ['submitted', 'approve', 'approved'],
    ['approved', 'revise', 'revised'],
    ['draft', 'approve', 'conflict'],
    ['submitted', 'submit', 'conflict'],
    ['approved', 'approve', 'conflict'],
    ['draft', 'revise', 'conflict'],
  ])('%s, %s → %s', (status, step, expected) => {
    if (expected === 'conflict') expect(() => nextStatus(status, step)).toThrow(/cannot be sent/);
    else expect(nextStatus(status, step)).toBe(expected);
  });
});
