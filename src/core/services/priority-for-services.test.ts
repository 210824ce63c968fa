import { describe, expect, it } from 'vitest';
import {
  CALIFORNIA_PFS_SETTINGS,
  checkSchoolStatus,
  compareServiceOrder,
  determinePfs,
  isInWindows,
  isSchoolAged,
  isWithinPreviousYear,
  parsePfsSettings,
  pfsDayOfTerm,
  pfsServedPercent,
  serviceOrderGroup,
  wasPfsDuring,
  type PfsRecords,
  type PfsSettings,
  type SchoolStatus,
} from './priority-for-services';

const DAY = '2025-03-10';
/** A child with a qualifying move in the regular school year, eligible for 36 months from it. */
function records(overrides: Partial<PfsRecords> = {}): PfsRecords {
  return {
    birthDate: '2014-05-01',
    spans: [{ from: '2024-10-15', to: '2027-10-14' }],
    withdrawals: [],
    assessments: [{ subject: 'ELA', schoolYear: '2023-24', level: 2 }],
    statuses: [],
    ...overrides,
  };
}
const ca = CALIFORNIA_PFS_SETTINGS;
const federalOnly: PfsSettings = { ...ca, interruptionWindows: [] };
const status = (kind: SchoolStatus['kind'], from: string, to: string | null = null): SchoolStatus => ({
  id: `${kind}-1`,
  kind,
  from,
  to,
});

describe('S6.2 a qualifying move within the previous one-year period', () => {
  it.each([
    ['the QAD itself', '2024-10-15', '2024-10-15', true],
    ['the day before its first anniversary', '2024-10-15', '2025-10-14', true],
    ['exactly one year after the QAD', '2024-10-15', '2025-10-15', false],
    ['a QAD after the day', '2024-10-16', '2024-10-15', false],
    ['a 29 February QAD, to 27 February of the next year', '2024-02-29', '2025-02-27', true],
    ['a 29 February QAD, not on 28 February', '2024-02-29', '2025-02-28', false],
  ])('%s', (_, date, day, expected) => {
    expect(isWithinPreviousYear(date, day)).toBe(expected);
  });
});

describe('S6.3 interruption windows', () => {
  it.each([
    ['the first day of the fall window', '2024-09-01', true],
    ['its last day', '2024-12-20', true],
    ['the winter break', '2024-12-21', false],
    ['the spring window opens', '2025-01-01', true],
    ['its last day', '2025-06-11', true],
    ['the summer', '2025-06-12', false],
    ['the end of August', '2024-08-31', false],
  ])('%s', (_, date, expected) => {
    expect(isInWindows(date, ca.interruptionWindows)).toBe(expected);
  });
});

describe('S6.1 determinePfs', () => {
  it('a recent move in the school year and ELA level 2: PFS, each criterion with its evidence', () => {
    expect(determinePfs(records(), ca, DAY)).toEqual({
      on: DAY,
      isPfs: true,
      criteria: [
        { kind: 'recentMove', qad: '2024-10-15' },
        { kind: 'interruption', by: 'move', date: '2024-10-15' },
        { kind: 'assessment', subject: 'ELA', schoolYear: '2023-24', level: 2 },
      ],
    });
  });

  it.each([
    ['the QAD one year before the day: not recent', '2025-10-15', false],
    ['the day before: still recent', '2025-10-14', true],
  ])('%s', (_, day, expected) => {
    const child = records({ assessments: [{ subject: 'MATH', schoolYear: '2024-25', level: 1 }] });
    expect(determinePfs(child, ca, day).isPfs).toBe(expected);
  });

  it('at risk without a recent move is not PFS, and says so', () => {
    const child = records({ spans: [{ from: '2023-10-15', to: '2026-10-14' }] });
    const result = determinePfs(child, ca, DAY);
    expect(result.isPfs).toBe(false);
    expect(result.criteria).toEqual([
      { kind: 'assessment', subject: 'ELA', schoolYear: '2023-24', level: 2 },
    ]);
  });

  it('a recent move without being at risk is not PFS', () => {
    const child = records({ assessments: [{ subject: 'ELA', schoolYear: '2023-24', level: 3 }] });
    expect(determinePfs(child, ca, DAY).isPfs).toBe(false);
  });

  it.each([
    ['a level at the threshold (2)', 2, true],
    ['a level above it (3)', 3, false],
    ['the lowest level (1)', 1, true],
  ])('ELPAC: %s', (_, level, expected) => {
    const child = records({ assessments: [{ subject: 'ELPAC', schoolYear: '2023-24', level }] });
    expect(determinePfs(child, ca, DAY).isPfs).toBe(expected);
  });

  it('the latest result before the period counts, not an older lower one', () => {
    const child = records({
      assessments: [
        { subject: 'MATH', schoolYear: '2022-23', level: 1 },
        { subject: 'MATH', schoolYear: '2023-24', level: 3 },
      ],
    });
    expect(determinePfs(child, ca, DAY).isPfs).toBe(false);
  });

  it("a result of the day's own period does not count yet", () => {
    const child = records({ assessments: [{ subject: 'ELA', schoolYear: '2024-25', level: 1 }] });
    expect(determinePfs(child, ca, DAY).isPfs).toBe(false);
  });

  it('a subject the state leaves out does not make a child at risk', () => {
    const settings = { ...ca, atRiskLevels: { ...ca.atRiskLevels, ELA: [] } };
    expect(determinePfs(records(), settings, DAY).isPfs).toBe(false);
  });

  it('dropped out alone (no assessment) with a recent move is PFS', () => {
    const child = records({ assessments: [], statuses: [status('dropped_out', '2025-01-20')] });
    const result = determinePfs(child, ca, DAY);
    expect(result.isPfs).toBe(true);
    expect(result.criteria).toContainEqual({
      kind: 'droppedOut',
      statusId: 'dropped_out-1',
      from: '2025-01-20',
      to: null,
    });
  });

  it('dropped out without a recent move is not PFS', () => {
    const child = records({
      spans: [{ from: '2022-10-15', to: '2025-10-14' }],
      assessments: [],
      statuses: [status('dropped_out', '2024-01-20')],
    });
    expect(determinePfs(child, ca, DAY).isPfs).toBe(false);
  });

  it.each([
    ['in force from its first day', '2025-03-10', null, true],
    ['not before it', '2025-03-11', null, false],
    ['up to its last day', '2025-01-01', '2025-03-10', true],
    ['not after it', '2025-01-01', '2025-03-09', false],
  ])('credit deficiency %s', (_, from, to, expected) => {
    const child = records({ assessments: [], statuses: [status('credit_deficient', from, to)] });
    expect(determinePfs(child, ca, DAY).isPfs).toBe(expected);
  });

  it('credit deficiency does not count when the state leaves it out', () => {
    const child = records({ assessments: [], statuses: [status('credit_deficient', '2025-01-01')] });
    expect(determinePfs(child, { ...ca, creditDeficiency: false }, DAY).isPfs).toBe(false);
  });

  describe('interruption', () => {
    const summerMove = records({ spans: [{ from: '2024-07-01', to: '2027-06-30' }] });
    it('a summer move does not interrupt the regular school year', () => {
      const result = determinePfs(summerMove, ca, DAY);
      expect(result.isPfs).toBe(false);
      expect(result.criteria.map((c) => c.kind)).toEqual(['recentMove', 'assessment']);
    });
    it('a withdrawal in a window within the year does', () => {
      const result = determinePfs({ ...summerMove, withdrawals: ['2024-11-05'] }, ca, DAY);
      expect(result.isPfs).toBe(true);
      expect(result.criteria).toContainEqual({ kind: 'interruption', by: 'withdrawal', date: '2024-11-05' });
    });
    it('a withdrawal more than a year before does not', () => {
      expect(determinePfs({ ...summerMove, withdrawals: ['2024-03-01'] }, ca, DAY).isPfs).toBe(false);
    });
    it('a withdrawal does not when the state counts only moves', () => {
      const settings = { ...ca, withdrawalInterrupts: false };
      expect(determinePfs({ ...summerMove, withdrawals: ['2024-11-05'] }, settings, DAY).isPfs).toBe(false);
    });
    it('without windows, the recent move is enough (the federal rule alone)', () => {
      expect(determinePfs(summerMove, federalOnly, DAY).isPfs).toBe(true);
    });
  });

  it('a child no longer eligible on the day is not PFS', () => {
    const child = records({ spans: [{ from: '2024-10-15', to: '2025-03-09' }] });
    expect(determinePfs(child, ca, DAY).isPfs).toBe(false);
  });

  it('the latest of two recent QADs is the evidence', () => {
    const child = records({
      spans: [
        { from: '2024-04-01', to: '2024-10-14' },
        { from: '2024-10-15', to: '2027-10-14' },
      ],
    });
    expect(determinePfs(child, ca, DAY).criteria[0]).toEqual({ kind: 'recentMove', qad: '2024-10-15' });
  });
});

describe('S6.7 the day of a term', () => {
  const term = { from: '2024-09-01', to: '2025-06-15' };
  it.each([
    ['before the term: its first day', '2024-08-01', '2024-09-01'],
    ['during it: today', '2024-11-02', '2024-11-02'],
    ['after it: its last day', '2025-08-01', '2025-06-15'],
  ])('%s', (_, today, expected) => {
    expect(pfsDayOfTerm(term, today)).toBe(expected);
  });
});

describe('S6.8 order of service', () => {
  it.each([
    ['five on 1 September', '2019-09-01', true],
    ['five the day after', '2019-09-02', false],
  ])('school-aged: %s', (_, birthDate, expected) => {
    expect(isSchoolAged(birthDate, '2025-03-10')).toBe(expected);
  });

  const notAtRisk = { assessments: [] };
  it.each([
    ['PFS first', records(), 'pfs'],
    ['school-aged, currently migratory', records(notAtRisk), 'schoolAgeCurrent'],
    [
      'school-aged, former migratory',
      records({ ...notAtRisk, spans: [{ from: '2023-10-15', to: '2026-10-14' }] }),
      'schoolAgeFormer',
    ],
    [
      'preschool, currently migratory',
      records({ ...notAtRisk, birthDate: '2021-01-01' }),
      'preschoolCurrent',
    ],
    [
      'preschool, former migratory',
      records({ ...notAtRisk, birthDate: '2021-01-01', spans: [{ from: '2023-10-15', to: '2026-10-14' }] }),
      'preschoolFormer',
    ],
  ] as const)('%s', (_, child, group) => {
    expect(serviceOrderGroup(child, determinePfs(child, ca, DAY))).toBe(group);
  });

  it('sorts by group, then by student number', () => {
    const rows = [
      { group: 'preschoolCurrent', studentId: '1' },
      { group: 'schoolAgeFormer', studentId: '2' },
      { group: 'pfs', studentId: '9' },
      { group: 'pfs', studentId: '3' },
      { group: 'schoolAgeCurrent', studentId: '4' },
      { group: 'preschoolFormer', studentId: '0' },
    ] as const;
    expect([...rows].sort(compareServiceOrder).map((r) => r.studentId)).toEqual([
      '3',
      '9',
      '4',
      '2',
      '1',
      '0',
    ]);
  });
});

describe('S6.9 share served', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [0, 0, null],
  ])('%i of %i', (served, pfs, expected) => {
    expect(pfsServedPercent(served, pfs)).toBe(expected);
  });
});

describe('S6.6 parsePfsSettings', () => {
  it("accepts California's", () => {
    expect(parsePfsSettings(JSON.parse(JSON.stringify(ca)))).toEqual(ca);
  });
  it('sorts levels', () => {
    const parsed = parsePfsSettings({ ...ca, atRiskLevels: { ELA: [2, 1], MATH: [], ELPAC: [3] } });
    expect(parsed.atRiskLevels).toEqual({ ELA: [1, 2], MATH: [], ELPAC: [3] });
  });
  it.each([
    ['a level 4', { ...ca, atRiskLevels: { ...ca.atRiskLevels, MATH: [4] } }, 'atRiskLevels.MATH'],
    ['a level twice', { ...ca, atRiskLevels: { ...ca.atRiskLevels, ELA: [1, 1] } }, 'atRiskLevels.ELA'],
    [
      'an unknown subject',
      { ...ca, atRiskLevels: { ...ca.atRiskLevels, SCIENCE: [1] } },
      'atRiskLevels.SCIENCE',
    ],
    [
      'a window across the new year',
      { ...ca, interruptionWindows: [{ from: '12-01', to: '01-31' }] },
      'interruptionWindows[0].to',
    ],
    [
      '29 February',
      { ...ca, interruptionWindows: [{ from: '02-29', to: '03-01' }] },
      'interruptionWindows[0].from',
    ],
    ['a flag that is not a boolean', { ...ca, creditDeficiency: 'yes' }, 'creditDeficiency'],
    ['no windows list', { ...ca, interruptionWindows: undefined }, 'interruptionWindows'],
  ])('refuses %s, naming the field', (_, input, field) => {
    expect(() => parsePfsSettings(input)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field })] }),
    );
  });
});

describe('S6.4 checkSchoolStatus', () => {
  it('accepts a status that ends the day it starts', () => {
    expect(() => checkSchoolStatus({ startsOn: '2025-01-01', endsOn: '2025-01-01', note: '' })).not.toThrow();
  });
  it('refuses a last day before the first, naming endsOn', () => {
    expect(() => checkSchoolStatus({ startsOn: '2025-01-02', endsOn: '2025-01-01', note: '' })).toThrow(
      'endsOn: is before the first day',
    );
  });
  it('refuses a note that is too long', () => {
    expect(() => checkSchoolStatus({ startsOn: '2025-01-01', endsOn: null, note: 'x'.repeat(501) })).toThrow(
      /^note:/,
    );
  });
});

describe('S6.10 PFS on some day of a period', () => {
  const period = { first: '2024-09-01', last: '2025-08-31' };
  it('counts a child PFS from the QAD of a move made inside the period', () => {
    const child = records({ spans: [{ from: '2025-02-03', to: '2028-02-02' }] });
    expect(determinePfs(child, ca, period.first).isPfs).toBe(false);
    expect(wasPfsDuring(child, ca, period)).toBe(true);
  });
  it('counts a child PFS on the first day whose move of the year before is still recent then', () => {
    const child = records({ spans: [{ from: '2023-10-02', to: '2026-10-01' }] });
    expect(wasPfsDuring(child, ca, period)).toBe(true);
    expect(wasPfsDuring(child, ca, { first: '2024-10-02', last: '2025-08-31' })).toBe(false);
  });
  it('counts a child whose credit deficiency is recorded from a day inside the period', () => {
    const child = records({
      assessments: [{ subject: 'ELA', schoolYear: '2023-24', level: 4 }],
      statuses: [status('credit_deficient', '2025-04-01')],
    });
    expect(determinePfs(child, ca, '2025-03-31').isPfs).toBe(false);
    expect(wasPfsDuring(child, ca, period)).toBe(true);
  });
  it('does not count a child whose move is recent only after the period ends, or who is never at risk', () => {
    expect(wasPfsDuring(records({ spans: [{ from: '2025-09-15', to: '2028-09-14' }] }), ca, period)).toBe(
      false,
    );
    const notAtRisk = records({ assessments: [{ subject: 'ELA', schoolYear: '2023-24', level: 4 }] });
    expect(wasPfsDuring(notAtRisk, ca, period)).toBe(false);
  });
  it('counts a move in the summer only where the state asks no interruption window', () => {
    const summerMove = records({ spans: [{ from: '2025-07-01', to: '2028-06-30' }] });
    expect(wasPfsDuring(summerMove, ca, period)).toBe(false);
    expect(wasPfsDuring(summerMove, federalOnly, period)).toBe(true);
  });
});
