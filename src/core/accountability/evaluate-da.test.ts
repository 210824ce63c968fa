import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { californiaRuleSets } from './california-rule-sets';
import { COLORS, INDICATORS, type LeaType, type StudentGroup } from './da-codes';
import type { DaData, IndicatorRow } from './da-input';
import { CALIFORNIA_DA_SETTINGS } from './da-settings';
import {
  buildData,
  buildLea,
  buildLocal,
  buildRow,
  LEA,
  oneAreaRows,
  presentRows,
  twoAreaRows,
} from './da-test-builders';
import {
  evaluateDifferentiatedAssistance,
  explainDifferentiatedAssistance,
  resolveRuleSet,
  type DaLeaDecision,
} from './evaluate-da';
import type { RuleSet } from './rule-set';

const ruleSets = californiaRuleSets();
const decide = (
  year: number,
  data: DaData,
  options: { rules?: string; sets?: RuleSet[]; settings?: Partial<typeof CALIFORNIA_DA_SETTINGS> } = {},
) =>
  evaluateDifferentiatedAssistance(
    options.rules ? { year, rules: options.rules } : { year },
    data,
    options.sets ?? ruleSets,
    { ...CALIFORNIA_DA_SETTINGS, ...options.settings },
  );
const onlyLea = (year: number, data: DaData, options: Parameters<typeof decide>[2] = {}): DaLeaDecision =>
  decide(year, data, options).leas[0] as DaLeaDecision;

describe('FORMAT.md "Decision out"', () => {
  it('gives the decision of seed example 1 with every key (R2.1)', () => {
    const data = buildData({
      indicators: [
        buildRow(2018, 'HI', 'ELA', 'RED'),
        buildRow(2018, 'HI', 'MATH', 'ORANGE'),
        buildRow(2018, 'HI', 'SUSP', 'RED'),
        buildRow(2018, 'SED', 'ELA', 'ORANGE'),
      ],
    });
    expect(decide(2018, data)).toEqual({
      year: 2018,
      rules: 'CA-2018',
      leas: [
        {
          leaId: LEA,
          leaType: 'district',
          eligible: true,
          groups: [{ group: 'HI', priorities: ['P4', 'P6'] }],
          localPriorities: [],
          calpadsLate: false,
          intensive: { eligible: false, years: [2017, 2018], yearsMet: [] },
          charter: null,
        },
      ],
    });
  });

  it('has one entry per LEA sorted by leaId, groups sorted by code, each LEA judged on its own rows', () => {
    const data = buildData({
      leas: [
        buildLea({ leaId: '300' }),
        buildLea({ leaId: '100' }),
        buildLea({ leaId: '200', leaType: 'coe' }),
      ],
      indicators: [
        ...twoAreaRows(2019, 'WH', '100'),
        ...twoAreaRows(2019, 'AA', '100'),
        ...twoAreaRows(2019, 'SED', '100'),
        ...oneAreaRows(2019, 'HI', '200'),
      ],
    });
    const decision = decide(2019, data);
    expect(decision.leas.map((l) => [l.leaId, l.leaType, l.eligible])).toEqual([
      ['100', 'district', true],
      ['200', 'coe', false],
      ['300', 'district', false],
    ]);
    expect(decision.leas[0]?.groups.map((g) => g.group)).toEqual(['AA', 'SED', 'WH']);
  });

  it('names the requested rule set, which judges the determination year', () => {
    const data = buildData({
      indicators: [buildRow(2019, 'SED', 'CCI', 'RED'), buildRow(2019, 'SED', 'GRAD', 'RED')],
    });
    expect(decide(2019, data).leas[0]?.groups).toEqual([{ group: 'SED', priorities: ['P5', 'P8'] }]);
    const asSeed = decide(2019, data, { rules: 'CA-2018' });
    expect(asSeed.rules).toBe('CA-2018');
    expect(asSeed.leas[0]?.groups).toEqual([{ group: 'SED', priorities: ['P5', 'P7_8'] }]);
  });

  it('refuses a year without a rule set', () => {
    expect(() => decide(2020, buildData())).toThrow(DomainError);
    expect(() => resolveRuleSet({ year: 2021 }, ruleSets)).toThrow(/year: no rule set CA-2021/);
    expect(() => resolveRuleSet({ year: 2019, rules: 'TX-2019' }, ruleSets)).toThrow(
      /rules: no rule set TX-2019/,
    );
  });
});

describe('R2.2 / R2.3 local indicators in the decision', () => {
  it('lists local areas in display order, P9/P10 for COEs only (R2.5)', () => {
    const local = [10, 3, 9, 1].map((p) => buildLocal(2019, p as 1, 'NOT_MET_2PLUS'));
    expect(
      onlyLea(2019, buildData({ leas: [buildLea({ leaType: 'coe' })], localIndicators: local }))
        .localPriorities,
    ).toEqual(['P1', 'P3', 'P9', 'P10']);
    expect(onlyLea(2019, buildData({ localIndicators: local })).localPriorities).toEqual(['P1', 'P3']);
  });

  it.each([
    [2019, false, []],
    [2023, true, []],
  ] as const)('two local areas and no group in %i → eligible: %s', (year, eligible, groups) => {
    const lea = onlyLea(
      year,
      buildData({
        localIndicators: [buildLocal(year, 1, 'NOT_MET_2PLUS'), buildLocal(year, 2, 'NOT_MET_2PLUS')],
      }),
    );
    expect(lea).toMatchObject({ eligible, groups, localPriorities: ['P1', 'P2'] });
  });

  it('a local area joins every present group (seed example 2)', () => {
    const data = buildData({
      indicators: [buildRow(2018, 'SED', 'GRAD', 'RED'), buildRow(2018, 'HI', 'GRAD', 'ORANGE')],
      localIndicators: [buildLocal(2018, 3, 'NOT_MET_2PLUS')],
    });
    expect(onlyLea(2018, data)).toMatchObject({
      eligible: true,
      groups: [{ group: 'SED', priorities: ['P3', 'P5'] }],
      localPriorities: ['P3'],
    });
  });

  it('reports no local areas when the rule set uses none (2022)', () => {
    expect(
      onlyLea(
        2022,
        buildData({
          localIndicators: [buildLocal(2022, 1, 'NOT_MET_2PLUS'), buildLocal(2022, 2, 'NOT_MET_2PLUS')],
        }),
      ).localPriorities,
    ).toEqual([]);
  });
});

describe('CA-2024 CALPADS route: districts and COEs late with CALPADS data', () => {
  it.each([
    [2024, 'district', 'Y', true],
    [2025, 'coe', 'Y', true],
    [2024, 'district', 'N', false],
    [2023, 'district', 'Y', false],
    [2019, 'coe', 'Y', false],
    [2024, 'charter', 'Y', false],
  ] as Array<[number, LeaType, 'Y' | 'N', boolean]>)(
    '%i %s calpads_late=%s → calpadsLate and eligible: %s',
    (year, leaType, flag, late) => {
      const data = buildData({
        leas: [buildLea({ leaType })],
        leaStatus: [{ leaId: LEA, year, calpadsLate: flag === 'Y' }],
      });
      expect(onlyLea(year, data)).toMatchObject({ calpadsLate: late, eligible: late });
    },
  );

  it('reads the flag of the determination year only', () => {
    expect(
      onlyLea(2025, buildData({ leaStatus: [{ leaId: LEA, year: 2024, calpadsLate: true }] })).calpadsLate,
    ).toBe(false);
  });

  it('is not part of Level 3', () => {
    const lea = onlyLea(2024, buildData({ leaStatus: [{ leaId: LEA, year: 2024, calpadsLate: true }] }));
    expect(lea.intensive).toEqual({ eligible: false, years: [2019, 2022, 2023, 2024], yearsMet: [] });
  });
});

describe('R5 Level 3 in the decision', () => {
  const threeGroups = (year: number): IndicatorRow[] =>
    (['AA', 'HI', 'SED'] as StudentGroup[]).flatMap((g) => twoAreaRows(year, g));

  it('meets 2019, 2022 and 2023 of the window 2018–2023, skipping 2020 and 2021', () => {
    const data = buildData({
      indicators: [
        ...threeGroups(2019),
        ...threeGroups(2022),
        ...threeGroups(2023),
        ...presentRows(2018, 'HI'),
      ],
    });
    expect(onlyLea(2023, data).intensive).toEqual({
      eligible: true,
      years: [2018, 2019, 2022, 2023],
      yearsMet: [2019, 2022, 2023],
    });
  });

  it('ignores rows of years outside the window, and of 2020/2021', () => {
    const data = buildData({
      indicators: [
        ...threeGroups(2017),
        ...threeGroups(2020),
        ...threeGroups(2021),
        ...threeGroups(2022),
        ...threeGroups(2023),
      ],
    });
    expect(onlyLea(2023, data).intensive).toEqual({
      eligible: false,
      years: [2018, 2019, 2022, 2023],
      yearsMet: [2022, 2023],
    });
  });

  it('counts 2020 and 2021 as unmet window years with setting Q3 = CALENDAR_YEARS', () => {
    const data = buildData({
      indicators: [...threeGroups(2019), ...threeGroups(2022), ...threeGroups(2023)],
    });
    expect(onlyLea(2023, data, { settings: { windowYears: 'CALENDAR_YEARS' } }).intensive).toEqual({
      eligible: false,
      years: [2020, 2021, 2022, 2023],
      yearsMet: [2022, 2023],
    });
  });

  it('is null for charters', () => {
    expect(onlyLea(2023, buildData({ leas: [buildLea({ leaType: 'charter' })] })).intensive).toBeNull();
  });
});

describe('R6 charters in the decision', () => {
  const charter = buildLea({ leaType: 'charter' });
  const oneAreaThreeGroups = (year: number): IndicatorRow[] =>
    (['AA', 'HI', 'SED'] as StudentGroup[]).flatMap((g) => oneAreaRows(year, g));

  it('R6.1 (2019): groups with one area, three of the years 2017–2019', () => {
    const lea = onlyLea(
      2019,
      buildData({
        leas: [charter],
        indicators: [...oneAreaThreeGroups(2017), ...oneAreaThreeGroups(2018), ...oneAreaThreeGroups(2019)],
      }),
    );
    expect(lea).toMatchObject({
      eligible: true,
      groups: [
        { group: 'AA', priorities: ['P6'] },
        { group: 'HI', priorities: ['P6'] },
        { group: 'SED', priorities: ['P6'] },
      ],
      calpadsLate: false,
      intensive: null,
      charter: { rule: 'THREE_OF_FOUR_YEARS', years: [2017, 2018, 2019], yearsMet: [2017, 2018, 2019] },
    });
  });

  it('R6.1: two years met is not enough', () => {
    const lea = onlyLea(
      2019,
      buildData({ leas: [charter], indicators: [...oneAreaThreeGroups(2018), ...oneAreaThreeGroups(2019)] }),
    );
    expect(lea).toMatchObject({ eligible: false, charter: { yearsMet: [2018, 2019] } });
  });

  it('R6.2 (2023): the district test in 2022 and 2023; groups need two areas', () => {
    const data = buildData({
      leas: [charter],
      indicators: [...twoAreaRows(2022, 'HI'), ...twoAreaRows(2023, 'EL'), ...oneAreaRows(2023, 'AA')],
    });
    expect(onlyLea(2023, data)).toMatchObject({
      eligible: true,
      groups: [{ group: 'EL', priorities: ['P5', 'P6'] }],
      charter: { rule: 'TWO_CONSECUTIVE_YEARS', years: [2022, 2023], yearsMet: [2022, 2023] },
    });
    expect(onlyLea(2023, buildData({ leas: [charter], indicators: twoAreaRows(2023, 'EL') }))).toMatchObject({
      eligible: false,
      charter: { yearsMet: [2023] },
    });
  });

  it('R6.2 without the CALPADS route', () => {
    const data = buildData({
      leas: [charter],
      indicators: [...twoAreaRows(2024, 'HI'), ...twoAreaRows(2025, 'HI')],
      leaStatus: [{ leaId: LEA, year: 2025, calpadsLate: true }],
    });
    expect(onlyLea(2025, data)).toMatchObject({ eligible: true, calpadsLate: false });
  });

  it('R6.3 (2022): paired with 2019 by default; `determined: false` with setting Q6', () => {
    const data = buildData({
      leas: [charter],
      indicators: [...twoAreaRows(2019, 'HI'), ...twoAreaRows(2022, 'HI')],
    });
    expect(onlyLea(2022, data).charter).toEqual({
      rule: 'TWO_CONSECUTIVE_YEARS',
      years: [2019, 2022],
      yearsMet: [2019, 2022],
    });
    expect(onlyLea(2022, data)).toMatchObject({ eligible: true });
    const undetermined = onlyLea(2022, data, { settings: { charterAfterGap: 'NOT_DETERMINED' } });
    expect(undetermined).toMatchObject({ eligible: false, charter: { determined: false } });
  });

  it('is null for districts and COEs', () => {
    expect(onlyLea(2023, buildData({ leas: [buildLea({ leaType: 'coe' })] })).charter).toBeNull();
  });
});

describe('rule sets a state adds', () => {
  it('a CA-2026 set extends the calendar; earlier years keep their own sets', () => {
    const ca2026: RuleSet = {
      ...(ruleSets.find((s) => s.id === 'CA-2025') as RuleSet),
      id: 'CA-2026',
      dashboardYear: 2026,
    };
    const threeGroups = (year: number) =>
      (['AA', 'HI', 'SED'] as StudentGroup[]).flatMap((g) => twoAreaRows(year, g));
    const data = buildData({
      indicators: [...threeGroups(2024), ...threeGroups(2025), ...threeGroups(2026)],
    });
    expect(onlyLea(2026, data, { sets: [...ruleSets, ca2026] }).intensive).toEqual({
      eligible: true,
      years: [2023, 2024, 2025, 2026],
      yearsMet: [2024, 2025, 2026],
    });
  });
});

describe('the trace', () => {
  it('names each year looked at and the input lines that met each area', () => {
    const data = buildData({
      indicators: [
        buildRow(2019, 'HI', 'ELA', 'RED', { line: 2 }),
        buildRow(2019, 'HI', 'MATH', 'ORANGE', { line: 3 }),
        buildRow(2019, 'HI', 'SUSP', 'RED', { line: 4 }),
      ],
    });
    const traced = explainDifferentiatedAssistance({ year: 2019 }, data, ruleSets).leas[0];
    expect(traced?.trace.map((t) => t.year)).toEqual([2017, 2018, 2019]);
    expect(traced?.trace[2]).toEqual({
      year: 2019,
      rules: 'CA-2019',
      presentGroups: ['HI'],
      groups: [
        {
          group: 'HI',
          areas: [
            { area: 'P4', via: 'state', lines: [2, 3] },
            { area: 'P6', via: 'state', lines: [4] },
          ],
        },
      ],
      localPriorities: [],
      meetsCriteria: true,
    });
    const { trace: _trace, ...decision } = traced as DaLeaDecision & { trace: unknown };
    expect(decision).toEqual(decide(2019, data).leas[0]);
  });
});

describe('properties', () => {
  const groups: StudentGroup[] = ['AA', 'HI', 'SED', 'EL', 'FOS', 'ALL'];
  const years = [2018, 2019, 2022, 2023, 2024];
  const rowArb = fc.record({
    year: fc.constantFrom(...years),
    group: fc.constantFrom(...groups),
    indicator: fc.constantFrom(...INDICATORS),
    color: fc.option(fc.constantFrom(...COLORS), { nil: null }),
    statusLevel: fc.option(fc.constantFrom('VERY_LOW', 'LOW', 'HIGH', 'VERY_HIGH' as const), { nil: null }),
    n: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  });
  const rowsArb = fc
    .uniqueArray(rowArb, { selector: (r) => `${r.year}|${r.group}|${r.indicator}`, maxLength: 40 })
    .map((rows) => rows.map((r): IndicatorRow => ({ ...r, leaId: LEA, changeLevel: null })));
  const detYear = fc.constantFrom(...years);

  it('the order of the rows does not change the decision', () => {
    fc.assert(
      fc.property(rowsArb, detYear, (rows, year) => {
        expect(decide(year, buildData({ indicators: [...rows].reverse() }))).toEqual(
          decide(year, buildData({ indicators: rows })),
        );
      }),
    );
  });

  it('All Students rows never change the decision (R1.8 default)', () => {
    fc.assert(
      fc.property(rowsArb, detYear, (rows, year) => {
        const withoutAll = rows.filter((r) => r.group !== 'ALL');
        expect(decide(year, buildData({ indicators: rows }))).toEqual(
          decide(year, buildData({ indicators: withoutAll })),
        );
      }),
    );
  });

  it('turning a color Red never makes a district lose eligibility or a group lose an area', () => {
    fc.assert(
      fc.property(rowsArb, detYear, fc.nat(), (rows, year, pick) => {
        if (rows.length === 0) return;
        const index = pick % rows.length;
        const redder = rows.map((r, i) => (i === index ? { ...r, color: 'RED' as const } : r));
        const before = onlyLea(year, buildData({ indicators: rows }));
        const after = onlyLea(year, buildData({ indicators: redder }));
        if (before.eligible) expect(after.eligible).toBe(true);
        for (const g of before.groups)
          expect(after.groups.find((a) => a.group === g.group)?.priorities).toEqual(
            expect.arrayContaining(g.priorities),
          );
      }),
    );
  });

  it('a group whose results are all under the minimum size is never listed (R1.9)', () => {
    fc.assert(
      fc.property(rowsArb, detYear, (rows, year) => {
        const small = rows.map((r) =>
          r.group === 'HI' ? { ...r, n: 29 } : r.group === 'FOS' ? { ...r, n: 14 } : r,
        );
        const listed = onlyLea(year, buildData({ indicators: small })).groups.map((g) => g.group);
        expect(listed).not.toContain('HI');
        expect(listed).not.toContain('FOS');
      }),
    );
  });
});
