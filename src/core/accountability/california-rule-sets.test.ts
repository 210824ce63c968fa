import { describe, expect, it } from 'vitest';
import { californiaRuleSets } from './california-rule-sets';
import { CALIFORNIA_DA_SETTINGS } from './da-settings';
import { charterMinAreas, type RuleSet } from './rule-set';

const sets = californiaRuleSets();
const byId = (id: string, from: RuleSet[] = sets): RuleSet => from.find((s) => s.id === id) as RuleSet;
const areaIds = (set: RuleSet) => set.priorityAreas.map((a) => a.id);

describe('RULES.md §3: one rule set per Dashboard year', () => {
  it('has CA-2017 … CA-2025, none for 2020 or 2021 (R1.10), each with its sources', () => {
    expect(sets.map((s) => s.id)).toEqual([
      'CA-2017',
      'CA-2018',
      'CA-2019',
      'CA-2022',
      'CA-2023',
      'CA-2024',
      'CA-2025',
    ]);
    for (const set of sets) {
      expect(set.id).toBe(`CA-${set.dashboardYear}`);
      expect(set.sources.length).toBeGreaterThan(0);
    }
    expect(byId('CA-2018').sources[0]).toMatch(/^SEED/);
    expect(byId('CA-2025').sources[0]).toMatch(/^CDE-25/);
  });

  it('CA-2017 aliases CA-2018 (§8)', () => {
    expect({ ...byId('CA-2017'), id: 'x', dashboardYear: 0 }).toEqual({
      ...byId('CA-2018'),
      id: 'x',
      dashboardYear: 0,
    });
  });

  it.each([
    ['CA-2018', ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7_8'], true, false, false, 'THREE_OF_FOUR_YEARS'],
    [
      'CA-2019',
      ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10'],
      true,
      false,
      false,
      'THREE_OF_FOUR_YEARS',
    ],
    ['CA-2022', ['P4', 'P5', 'P6'], false, false, false, 'TWO_CONSECUTIVE_YEARS'],
    [
      'CA-2023',
      ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10'],
      true,
      true,
      false,
      'TWO_CONSECUTIVE_YEARS',
    ],
    [
      'CA-2024',
      ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10'],
      true,
      true,
      true,
      'TWO_CONSECUTIVE_YEARS',
    ],
    [
      'CA-2025',
      ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10'],
      true,
      true,
      true,
      'TWO_CONSECUTIVE_YEARS',
    ],
  ])(
    '%s: areas, local indicators (R2.2), route (b) (R2.3), CALPADS route, charter rule (R6)',
    (id, areas, local, routeB, calpads, charterRule) => {
      const set = byId(id);
      expect(areaIds(set)).toEqual(areas);
      expect(set.localIndicators).toEqual({ used: local, leaLevelRoute: routeB });
      expect(set.calpadsRoute).toBe(calpads);
      expect(set.charterRule).toBe(charterRule);
      expect(charterMinAreas(set)).toBe(charterRule === 'THREE_OF_FOUR_YEARS' ? 1 : 2);
      expect(set.intensive).toEqual({ minGroups: 3, yearsMet: 3, window: 4 });
    },
  );

  it('R2.5: P9 and P10 are for COEs only; local priorities sit on their areas', () => {
    const set = byId('CA-2019');
    expect(set.priorityAreas.filter((a) => a.coeOnly).map((a) => a.id)).toEqual(['P9', 'P10']);
    expect(set.priorityAreas.filter((a) => a.local !== undefined).map((a) => `${a.id}=${a.local}`)).toEqual([
      'P1=1',
      'P2=2',
      'P3=3',
      'P6=6',
      'P7=7',
      'P9=9',
      'P10=10',
    ]);
  });

  it('R1.8: 13 groups, LTEL added from 2024, All Students never by default', () => {
    for (const set of sets) expect(set.daStudentGroups).not.toContain('ALL');
    expect(byId('CA-2023').daStudentGroups).toHaveLength(13);
    expect(byId('CA-2023').daStudentGroups).not.toContain('LTEL');
    expect(byId('CA-2024').daStudentGroups).toContain('LTEL');
    expect(byId('CA-2025').daStudentGroups).toContain('LTEL');
  });

  it('R1.9: 30, and 15 for FOS and HOM, in every year', () => {
    for (const set of sets) expect(set.minGroupSize).toEqual({ default: 30, FOS: 15, HOM: 15 });
  });

  it('R1.6: the chronic absenteeism grid is loaded for every color year, not for 2022', () => {
    expect(sets.filter((s) => s.grids?.CHRONIC).map((s) => s.id)).toEqual([
      'CA-2017',
      'CA-2018',
      'CA-2019',
      'CA-2023',
      'CA-2024',
      'CA-2025',
    ]);
  });

  it("settings Q1, Q2 and Q8 change the content; the defaults are the contract's", () => {
    expect(CALIFORNIA_DA_SETTINGS).toMatchObject({
      countAllStudents: false,
      ltel2024: 'ACADEMIC_INDICATORS',
      rules2018: 'SEED',
      windowYears: 'DASHBOARD_YEARS',
      intensiveGroups: 'PER_YEAR',
      charterAfterGap: 'PAIR_WITH_PREVIOUS',
      deriveNotMetTwoYears: true,
      deriveColorFromGrid: true,
      localRouteWithoutGroups: true,
    });
    const other = californiaRuleSets({
      ...CALIFORNIA_DA_SETTINGS,
      countAllStudents: true,
      minGroupSize: { default: 20 },
      rules2018: 'CDE_17',
    });
    expect(byId('CA-2019', other).daStudentGroups[0]).toBe('ALL');
    expect(byId('CA-2019', other).minGroupSize).toEqual({ default: 20 });
    expect(areaIds(byId('CA-2018', other))).toEqual([
      'P1',
      'P2',
      'P3',
      'P4',
      'P5',
      'P6',
      'P7',
      'P8',
      'P9',
      'P10',
    ]);
    expect(areaIds(byId('CA-2017', other))).toEqual(areaIds(byId('CA-2018', other)));
  });
});
