import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { sideBySideOf, sideBySideScope } from './measure.policy';
import { countsAnyRecord } from './measures';
import { analyzeRunChart, signalsFound } from './run-chart';

function actor(role: Role, overrides: Partial<Actor> = {}): Actor {
  return {
    userId: `${role}-1`,
    role,
    regionId: 'r1',
    districtId: null,
    assignedRegionIds: [],
    label: role,
    ...overrides,
  };
}

describe('sideBySideOf: whose charts of a measure a reader sees side by side (IP4.7)', () => {
  it.each(['state_admin', 'state_consultant', 'reviewer'] as const)(
    'a state user (%s, no region) sees every region',
    (role) => {
      expect(sideBySideOf(actor(role, { regionId: null, assignedRegionIds: ['r2'] }))).toEqual({
        kind: 'every-region',
      });
    },
  );

  it.each(['region_director', 'ir_manager', 'data_specialist', 'recruiter', 'reviewer'] as const)(
    "a region's %s sees their region beside the state",
    (role) => {
      expect(sideBySideOf(actor(role))).toEqual({ kind: 'region-and-state', regionId: 'r1' });
    },
  );

  it('district staff read no report, so see none', () => {
    expect(sideBySideOf(actor('district_staff', { districtId: 'd1' }))).toBeNull();
    expect(sideBySideOf(actor('district_staff', { regionId: null, districtId: 'd1' }))).toBeNull();
  });

  it("each chart counts one region's records, or the state's", () => {
    expect(sideBySideScope('r2')).toEqual({ kind: 'regions', regionIds: ['r2'] });
    expect(sideBySideScope(null)).toEqual({ kind: 'state' });
  });
});

describe('countsAnyRecord: a region has data for a measure (IP4.7)', () => {
  const point = (numerator: number, denominator: number | null) => ({ numerator, denominator });

  it('a count above zero, or a period with something to divide by', () => {
    expect(countsAnyRecord([point(0, null), point(2, null)])).toBe(true);
    expect(countsAnyRecord([point(0, 3)])).toBe(true);
  });

  it('zero counts and nothing to divide by are no data', () => {
    expect(countsAnyRecord([point(0, null), point(0, null)])).toBe(false);
    expect(countsAnyRecord([point(0, 0), point(0, 0)])).toBe(false);
    expect(countsAnyRecord([])).toBe(false);
  });
});

describe('signalsFound (IP1.5–IP1.7)', () => {
  it('lists the signals of a chart, shift first', () => {
    // Eight points below then eight above the median: a shift, a long run and too few crossings.
    const values = [1, 2, 1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8, 9, 8];
    expect(signalsFound(analyzeRunChart({ values }))).toEqual(['shift', 'longestRun', 'crossings']);
  });

  it('none for a random-looking chart or no chart', () => {
    expect(signalsFound(analyzeRunChart({ values: [3, 5, 3, 5, 3, 5] }))).toEqual([]);
    expect(signalsFound(null)).toEqual([]);
  });
});
