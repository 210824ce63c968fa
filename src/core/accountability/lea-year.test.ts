import { describe, expect, it } from 'vitest';
import { californiaRuleSets, CHRONIC_ABSENTEEISM_GRID } from './california-rule-sets';
import {
  CHANGE_LEVELS,
  STATUS_LEVELS,
  type LeaType,
  type LocalPriority,
  type LocalRating,
  type PriorityAreaId,
  type StudentGroup,
} from './da-codes';
import type { IndicatorRow, LocalIndicatorRow } from './da-input';
import { CALIFORNIA_DA_SETTINGS, type DaSettings } from './da-settings';
import { buildLocal, buildRow } from './da-test-builders';
import {
  countedResult,
  evaluateLeaYear,
  groupsWithAreas,
  isNotMetTwoOrMoreYears,
  meetsDistrictTest,
  type LeaYear,
} from './lea-year';
import type { RuleSet } from './rule-set';

const sets = californiaRuleSets();
const ruleSet = (year: number): RuleSet => {
  const set = sets.find((s) => s.dashboardYear === year);
  if (!set) throw new Error(`no rule set ${year}`);
  return set;
};

function judge(
  year: number,
  rows: IndicatorRow[],
  options: {
    leaType?: LeaType;
    local?: LocalIndicatorRow[];
    settings?: Partial<DaSettings>;
    set?: RuleSet;
  } = {},
): LeaYear {
  const local = options.local ?? [];
  return evaluateLeaYear(
    {
      leaType: options.leaType ?? 'district',
      year,
      ruleSet: options.set ?? ruleSet(year),
      rows,
      localRating: (priority: LocalPriority, y: number) =>
        local.find((l) => l.priority === priority && l.year === y),
    },
    { ...CALIFORNIA_DA_SETTINGS, ...options.settings },
  );
}

const areasOf = (leaYear: LeaYear, group: StudentGroup): PriorityAreaId[] | undefined =>
  leaYear.groupAreas.get(group);

describe('R1.9 minimum group size: 30, and 15 for foster youth and homeless', () => {
  it.each([
    ['SED', 29, false],
    ['SED', 30, true],
    ['AI', 1, false],
    ['FOS', 14, false],
    ['FOS', 15, true],
    ['HOM', 14, false],
    ['HOM', 15, true],
    ['HOM', 29, true],
    ['SED', null, true],
  ] as const)('%s with n = %s counts: %s', (group, n, counts) => {
    const row = buildRow(2023, group, 'SUSP', 'RED', { n });
    expect(countedResult(row, ruleSet(2023), CALIFORNIA_DA_SETTINGS) !== null).toBe(counts);
    expect(judge(2023, [row]).presentGroups).toEqual(counts ? [group] : []);
  });

  it('applies the setting Q2 values when a state changes them', () => {
    const strict = californiaRuleSets({
      ...CALIFORNIA_DA_SETTINGS,
      minGroupSize: { default: 30, FOS: 30, HOM: 30 },
    }).find((s) => s.id === 'CA-2023');
    const row = buildRow(2023, 'FOS', 'SUSP', 'RED', { n: 20 });
    expect(countedResult(row, ruleSet(2023), CALIFORNIA_DA_SETTINGS)).not.toBeNull();
    expect(countedResult(row, strict as RuleSet, CALIFORNIA_DA_SETTINGS)).toBeNull();
  });

  it('a group with only small results is not present, so its Reds meet nothing (case 007)', () => {
    const year = judge(2023, [
      buildRow(2023, 'AI', 'ELA', 'RED', { n: 22 }),
      buildRow(2023, 'AI', 'MATH', 'RED', { n: 22 }),
      buildRow(2023, 'AI', 'CHRONIC', 'RED', { n: 25 }),
    ]);
    expect(year.presentGroups).toEqual([]);
  });
});

describe('R1.8 DA student groups: All Students is not one by default; LTEL from 2024', () => {
  it.each([
    [2019, 'ALL', false],
    [2023, 'ALL', false],
    [2019, 'HI', true],
    [2023, 'LTEL', false],
    [2024, 'LTEL', true],
    [2025, 'LTEL', true],
  ] as const)('%i: %s is a DA group: %s', (year, group, isDa) => {
    const leaYear = judge(year, [buildRow(year, group, 'GRAD', 'RED'), buildRow(year, group, 'SUSP', 'RED')]);
    expect(leaYear.presentGroups.includes(group)).toBe(isDa);
    expect(meetsDistrictTest(leaYear, CALIFORNIA_DA_SETTINGS)).toBe(isDa);
  });

  it('counts All Students when setting Q1 says so', () => {
    const withAll = californiaRuleSets({ ...CALIFORNIA_DA_SETTINGS, countAllStudents: true }).find(
      (s) => s.id === 'CA-2019',
    ) as RuleSet;
    const leaYear = judge(
      2019,
      [buildRow(2019, 'ALL', 'GRAD', 'RED'), buildRow(2019, 'ALL', 'SUSP', 'RED')],
      { set: withAll },
    );
    expect(areasOf(leaYear, 'ALL')).toEqual(['P5', 'P6']);
  });
});

describe('R1.6 the 5×5 grid gives a missing color', () => {
  const cells = STATUS_LEVELS.flatMap((status) => CHANGE_LEVELS.map((change) => [status, change] as const));

  it.each(cells)('CHRONIC %s / %s: the grid cell, and Red meets P5', (status, change) => {
    const leaYear = judge(2019, [buildRow(2019, 'HI', 'CHRONIC', { status, change })]);
    const red = CHRONIC_ABSENTEEISM_GRID[status][change] === 'RED';
    expect(areasOf(leaYear, 'HI')).toEqual(red ? ['P5'] : []);
  });

  it.each([
    ['VERY_HIGH', 'MAINTAINED', 'RED'],
    ['HIGH', 'INCREASED_SIGNIFICANTLY', 'RED'],
    ['HIGH', 'INCREASED', 'ORANGE'],
    ['VERY_HIGH', 'DECLINED', 'ORANGE'],
    ['VERY_LOW', 'INCREASED_SIGNIFICANTLY', 'YELLOW'],
    ['LOW', 'DECLINED_SIGNIFICANTLY', 'BLUE'],
  ] as const)('transcribes RULES.md: %s / %s is %s', (status, change, color) => {
    expect(
      countedResult(
        buildRow(2023, 'HI', 'CHRONIC', { status, change }),
        ruleSet(2023),
        CALIFORNIA_DA_SETTINGS,
      )?.color,
    ).toBe(color);
  });

  it('a given color wins over the grid', () => {
    const row = buildRow(2019, 'HI', 'CHRONIC', {
      status: 'VERY_HIGH',
      change: 'INCREASED',
      color: 'YELLOW',
    });
    expect(countedResult(row, ruleSet(2019), CALIFORNIA_DA_SETTINGS)?.color).toBe('YELLOW');
  });

  it('needs both Status and Change, a grid for that indicator, and setting Q9', () => {
    expect(
      countedResult(
        buildRow(2019, 'HI', 'CHRONIC', { status: 'VERY_HIGH' }),
        ruleSet(2019),
        CALIFORNIA_DA_SETTINGS,
      )?.color,
    ).toBeNull();
    expect(
      countedResult(
        buildRow(2019, 'HI', 'SUSP', { status: 'VERY_HIGH', change: 'INCREASED' }),
        ruleSet(2019),
        CALIFORNIA_DA_SETTINGS,
      )?.color,
    ).toBeNull();
    expect(
      countedResult(
        buildRow(2022, 'HI', 'CHRONIC', { status: 'VERY_HIGH', change: 'INCREASED' }),
        ruleSet(2022),
        CALIFORNIA_DA_SETTINGS,
      )?.color,
    ).toBeNull();
    expect(
      countedResult(
        buildRow(2019, 'HI', 'CHRONIC', { status: 'VERY_HIGH', change: 'INCREASED' }),
        ruleSet(2019),
        { deriveColorFromGrid: false },
      )?.color,
    ).toBeNull();
  });

  it('a row with neither color nor Status is ignored (FORMAT.md)', () => {
    const row = buildRow(2019, 'HI', 'CHRONIC', { change: 'INCREASED' });
    expect(countedResult(row, ruleSet(2019), CALIFORNIA_DA_SETTINGS)).toBeNull();
    expect(judge(2019, [row]).presentGroups).toEqual([]);
  });
});

describe('RULES.md §3: the criteria of each rule set', () => {
  type Case = [
    string,
    number,
    StudentGroup,
    Array<[IndicatorRow['indicator'], Parameters<typeof buildRow>[3]]>,
    PriorityAreaId[],
  ];
  const cases: Case[] = [
    // Seed and CA-2019 Priority 4: "Red ELA+Math" is Red on both, or Red on one and Orange on the other.
    [
      'Red ELA + Red Math',
      2018,
      'HI',
      [
        ['ELA', 'RED'],
        ['MATH', 'RED'],
      ],
      ['P4'],
    ],
    [
      'Red ELA + Orange Math',
      2018,
      'HI',
      [
        ['ELA', 'RED'],
        ['MATH', 'ORANGE'],
      ],
      ['P4'],
    ],
    [
      'Orange ELA + Red Math',
      2019,
      'HI',
      [
        ['ELA', 'ORANGE'],
        ['MATH', 'RED'],
      ],
      ['P4'],
    ],
    [
      'Orange ELA + Orange Math is not P4',
      2018,
      'SED',
      [
        ['ELA', 'ORANGE'],
        ['MATH', 'ORANGE'],
      ],
      [],
    ],
    [
      'Red ELA + Yellow Math is not P4',
      2019,
      'SED',
      [
        ['ELA', 'RED'],
        ['MATH', 'YELLOW'],
      ],
      [],
    ],
    ['Red ELA alone is not P4', 2023, 'SED', [['ELA', 'RED']], []],
    ['2018 Red ELPI for EL', 2018, 'EL', [['ELPI', 'RED']], ['P4']],
    ['2018 Red ELPI for SED does not count', 2018, 'SED', [['ELPI', 'RED']], []],
    ['2019 ELPI Status Very Low for EL', 2019, 'EL', [['ELPI', { status: 'VERY_LOW' }]], ['P4']],
    ['2019 ELPI Status Low for EL is not P4', 2019, 'EL', [['ELPI', { status: 'LOW' }]], []],
    ['2019 ELPI Status Very Low for SED does not count', 2019, 'SED', [['ELPI', { status: 'VERY_LOW' }]], []],
    ['2019 Red ELPI without Status does not count (Status only)', 2019, 'EL', [['ELPI', 'RED']], []],
    ['Red GRAD is P5', 2018, 'SWD', [['GRAD', 'RED']], ['P5']],
    ['Red CHRONIC is P5', 2019, 'SWD', [['CHRONIC', 'RED']], ['P5']],
    ['Red SUSP is P6', 2023, 'AA', [['SUSP', 'RED']], ['P6']],
    ['Orange SUSP is not P6', 2023, 'AA', [['SUSP', 'ORANGE']], []],
    ['2018 Red CCI is the one area P7_8', 2018, 'SED', [['CCI', 'RED']], ['P7_8']],
    ['2019 Red CCI is P8', 2019, 'SED', [['CCI', 'RED']], ['P8']],
    // CA-2022: Status only.
    [
      '2022 ELA and Math Very Low',
      2022,
      'HI',
      [
        ['ELA', { status: 'VERY_LOW' }],
        ['MATH', { status: 'VERY_LOW' }],
      ],
      ['P4'],
    ],
    [
      '2022 ELA Very Low, Math Low is not P4',
      2022,
      'HI',
      [
        ['ELA', { status: 'VERY_LOW' }],
        ['MATH', { status: 'LOW' }],
      ],
      [],
    ],
    [
      '2022 Red colors do not count',
      2022,
      'HI',
      [
        ['ELA', 'RED'],
        ['MATH', 'RED'],
        ['SUSP', 'RED'],
      ],
      [],
    ],
    ['2022 ELPI Very Low for EL', 2022, 'EL', [['ELPI', { status: 'VERY_LOW' }]], ['P4']],
    ['2022 GRAD Very Low', 2022, 'SWD', [['GRAD', { status: 'VERY_LOW' }]], ['P5']],
    ['2022 CHRONIC Very High (reversed scale)', 2022, 'SWD', [['CHRONIC', { status: 'VERY_HIGH' }]], ['P5']],
    ['2022 CHRONIC Very Low is not P5', 2022, 'SWD', [['CHRONIC', { status: 'VERY_LOW' }]], []],
    ['2022 SUSP Very High', 2022, 'AA', [['SUSP', { status: 'VERY_HIGH' }]], ['P6']],
    ['2022 no CCI criterion', 2022, 'AA', [['CCI', { status: 'VERY_LOW' }]], []],
    // CA-2023: colors back, CCI on Status.
    ['2023 Red ELPI for EL', 2023, 'EL', [['ELPI', 'RED']], ['P4']],
    ['2023 ELPI Status Very Low without color is not P4', 2023, 'EL', [['ELPI', { status: 'VERY_LOW' }]], []],
    ['2023 CCI Status Very Low is P8', 2023, 'SED', [['CCI', { status: 'VERY_LOW' }]], ['P8']],
    ['2023 Red CCI without Status is not P8', 2023, 'SED', [['CCI', 'RED']], []],
    // CA-2024: Red CCI, LTEL on ELA/Math (Q5 default).
    ['2024 Red CCI is P8', 2024, 'SED', [['CCI', 'RED']], ['P8']],
    ['2024 CCI Very Low Status is not P8', 2024, 'SED', [['CCI', { status: 'VERY_LOW' }]], []],
    [
      '2024 LTEL Red ELA + Orange Math',
      2024,
      'LTEL',
      [
        ['ELA', 'RED'],
        ['MATH', 'ORANGE'],
      ],
      ['P4'],
    ],
    ['2024 LTEL Red ELPI does not count (EL only)', 2024, 'LTEL', [['ELPI', 'RED']], []],
    // CA-2025: LTEL's own P4.
    ['2025 LTEL Orange ELPI is P4', 2025, 'LTEL', [['ELPI', 'ORANGE']], ['P4']],
    ['2025 LTEL Red ELPI is P4', 2025, 'LTEL', [['ELPI', 'RED']], ['P4']],
    [
      '2025 LTEL Red ELA + Red Math is not P4',
      2025,
      'LTEL',
      [
        ['ELA', 'RED'],
        ['MATH', 'RED'],
      ],
      [],
    ],
    ['2025 LTEL Red SUSP is still P6', 2025, 'LTEL', [['SUSP', 'RED']], ['P6']],
    ['2025 EL Orange ELPI is not P4', 2025, 'EL', [['ELPI', 'ORANGE']], []],
    [
      '2025 EL Red ELA + Orange Math is P4',
      2025,
      'EL',
      [
        ['ELA', 'RED'],
        ['MATH', 'ORANGE'],
      ],
      ['P4'],
    ],
  ];
  it.each(cases)('%s (%i)', (_name, year, group, results, areas) => {
    const leaYear = judge(
      year,
      results.map(([indicator, result]) => buildRow(year, group, indicator, result)),
    );
    expect(areasOf(leaYear, group)).toEqual(areas);
  });

  it('Q5 = AS_IN_2025 gives LTEL the 2025 Priority 4 in 2024', () => {
    const set = californiaRuleSets({ ...CALIFORNIA_DA_SETTINGS, ltel2024: 'AS_IN_2025' }).find(
      (s) => s.id === 'CA-2024',
    ) as RuleSet;
    expect(areasOf(judge(2024, [buildRow(2024, 'LTEL', 'ELPI', 'ORANGE')], { set }), 'LTEL')).toEqual(['P4']);
    expect(
      areasOf(
        judge(2024, [buildRow(2024, 'LTEL', 'ELA', 'RED'), buildRow(2024, 'LTEL', 'MATH', 'RED')], { set }),
        'LTEL',
      ),
    ).toEqual([]);
  });

  it('Q8 = CDE_17 counts Red CCI under both P7 and P8 in 2018', () => {
    const set = californiaRuleSets({ ...CALIFORNIA_DA_SETTINGS, rules2018: 'CDE_17' }).find(
      (s) => s.id === 'CA-2018',
    ) as RuleSet;
    const leaYear = judge(2018, [buildRow(2018, 'SED', 'CCI', 'RED')], { set });
    expect(areasOf(leaYear, 'SED')).toEqual(['P7', 'P8']);
    expect(areasOf(judge(2018, [buildRow(2018, 'SED', 'CCI', 'RED')]), 'SED')).toEqual(['P7_8']);
  });
});

describe('R2.1 one group, two different areas', () => {
  it.each([
    [
      'P4 and P6 (seed example 1)',
      [
        buildRow(2018, 'HI', 'ELA', 'RED'),
        buildRow(2018, 'HI', 'MATH', 'ORANGE'),
        buildRow(2018, 'HI', 'SUSP', 'RED'),
      ],
      true,
    ],
    [
      'two criteria in one area (GRAD and CHRONIC, both P5) count once',
      [buildRow(2018, 'SWD', 'GRAD', 'RED'), buildRow(2018, 'SWD', 'CHRONIC', 'RED')],
      false,
    ],
    [
      'ELA+Math Red and ELPI Red, both P4, count once',
      [
        buildRow(2018, 'EL', 'ELA', 'RED'),
        buildRow(2018, 'EL', 'MATH', 'RED'),
        buildRow(2018, 'EL', 'ELPI', 'RED'),
      ],
      false,
    ],
    [
      'different groups, one area each',
      [
        buildRow(2018, 'AA', 'SUSP', 'RED'),
        buildRow(2018, 'HI', 'CHRONIC', 'RED'),
        buildRow(2018, 'SED', 'ELA', 'RED'),
        buildRow(2018, 'SED', 'MATH', 'ORANGE'),
      ],
      false,
    ],
  ] as const)('%s → meets: %s', (_name, rows, meets) => {
    const leaYear = judge(2018, [...rows]);
    expect(meetsDistrictTest(leaYear, CALIFORNIA_DA_SETTINGS)).toBe(meets);
    expect(groupsWithAreas(leaYear, 2).length > 0).toBe(meets);
  });

  it('lists all areas of a group in display order', () => {
    const leaYear = judge(2019, [
      buildRow(2019, 'HI', 'CCI', 'RED'),
      buildRow(2019, 'HI', 'SUSP', 'RED'),
      buildRow(2019, 'HI', 'GRAD', 'RED'),
      buildRow(2019, 'HI', 'ELA', 'RED'),
      buildRow(2019, 'HI', 'MATH', 'RED'),
    ]);
    expect(areasOf(leaYear, 'HI')).toEqual(['P4', 'P5', 'P6', 'P8']);
  });
});

describe('R2.2 local indicators count for every present group', () => {
  it('seed example 2: Red graduation + parent engagement Not Met 2+ years', () => {
    const leaYear = judge(
      2018,
      [buildRow(2018, 'SED', 'GRAD', 'RED'), buildRow(2018, 'HI', 'ELA', 'YELLOW')],
      { local: [buildLocal(2018, 3, 'NOT_MET_2PLUS')] },
    );
    expect(leaYear.localAreas).toEqual(['P3']);
    expect(areasOf(leaYear, 'SED')).toEqual(['P3', 'P5']);
    expect(areasOf(leaYear, 'HI')).toEqual(['P3']);
    expect(groupsWithAreas(leaYear, 2)).toEqual(['SED']);
  });

  it('local P6 and Red suspension are one area', () => {
    const leaYear = judge(2019, [buildRow(2019, 'AA', 'SUSP', 'RED')], {
      local: [buildLocal(2019, 6, 'NOT_MET_2PLUS')],
    });
    expect(areasOf(leaYear, 'AA')).toEqual(['P6']);
  });

  it('two local areas make every present group meet the criteria (before 2023 too)', () => {
    const local = [buildLocal(2019, 1, 'NOT_MET_2PLUS'), buildLocal(2019, 7, 'NOT_MET_2PLUS')];
    const leaYear = judge(2019, [buildRow(2019, 'WH', 'ELA', 'GREEN'), buildRow(2019, 'AS', 'ELA', 'BLUE')], {
      local,
    });
    expect(groupsWithAreas(leaYear, 2)).toEqual(['AS', 'WH']);
    expect(areasOf(leaYear, 'WH')).toEqual(['P1', 'P7']);
  });

  it('CA-2022 uses no local indicators', () => {
    const leaYear = judge(2022, [buildRow(2022, 'HI', 'SUSP', { status: 'VERY_HIGH' })], {
      local: [buildLocal(2022, 3, 'NOT_MET_2PLUS')],
    });
    expect(leaYear.localAreas).toEqual([]);
    expect(areasOf(leaYear, 'HI')).toEqual(['P6']);
  });

  it('the seed has no P7 local indicator; CA-2019 has one', () => {
    expect(judge(2018, [], { local: [buildLocal(2018, 7, 'NOT_MET_2PLUS')] }).localAreas).toEqual([]);
    expect(judge(2019, [], { local: [buildLocal(2019, 7, 'NOT_MET_2PLUS')] }).localAreas).toEqual(['P7']);
  });
});

describe('R2.3 local routes from 2023', () => {
  const local2 = (year: number): LocalIndicatorRow[] => [
    buildLocal(year, 2, 'NOT_MET_2PLUS'),
    buildLocal(year, 3, 'NOT_MET_2PLUS'),
  ];

  it.each([
    [2019, false],
    [2023, true],
    [2024, true],
    [2025, true],
  ])('(b) two local areas with no present group, %i → meets: %s', (year, meets) => {
    const leaYear = judge(year, [], { local: local2(year) });
    expect(leaYear.presentGroups).toEqual([]);
    expect(meetsDistrictTest(leaYear, CALIFORNIA_DA_SETTINGS)).toBe(meets);
  });

  it('(b) without groups is refused when setting Q10 is false', () => {
    expect(
      meetsDistrictTest(judge(2023, [], { local: local2(2023) }), { localRouteWithoutGroups: false }),
    ).toBe(false);
  });

  it('(c) one state area plus a local area in a different area', () => {
    const leaYear = judge(2023, [buildRow(2023, 'SWD', 'CHRONIC', 'RED')], {
      local: [buildLocal(2023, 1, 'NOT_MET_2PLUS')],
    });
    expect(areasOf(leaYear, 'SWD')).toEqual(['P1', 'P5']);
    expect(meetsDistrictTest(leaYear, CALIFORNIA_DA_SETTINGS)).toBe(true);
  });

  it('(c) does not hold when the local area is the same area', () => {
    const leaYear = judge(2023, [buildRow(2023, 'SWD', 'SUSP', 'RED')], {
      local: [buildLocal(2023, 6, 'NOT_MET_2PLUS')],
    });
    expect(meetsDistrictTest(leaYear, CALIFORNIA_DA_SETTINGS)).toBe(false);
  });
});

describe('R2.4 Not Met for two or more years', () => {
  it.each([
    ['NOT_MET_2PLUS', undefined, true],
    ['NOT_MET', 'NOT_MET', true],
    ['NOT_MET', 'NOT_MET_2PLUS', true],
    ['NOT_MET', 'MET', false],
    ['NOT_MET', undefined, false],
    ['MET', 'NOT_MET_2PLUS', false],
    [undefined, 'NOT_MET', false],
  ] as Array<[LocalRating | undefined, LocalRating | undefined, boolean]>)(
    '%s this year, %s the year before → %s',
    (now, before, expected) => {
      expect(isNotMetTwoOrMoreYears(now, before, CALIFORNIA_DA_SETTINGS)).toBe(expected);
    },
  );

  it('the derivation reads the calendar year before and can be switched off (Q7)', () => {
    const local = [buildLocal(2019, 3, 'NOT_MET'), buildLocal(2018, 3, 'NOT_MET')];
    expect(judge(2019, [], { local }).localAreas).toEqual(['P3']);
    expect(judge(2019, [], { local, settings: { deriveNotMetTwoYears: false } }).localAreas).toEqual([]);
    expect(
      judge(2019, [], { local: [buildLocal(2019, 3, 'NOT_MET'), buildLocal(2017, 3, 'NOT_MET')] }).localAreas,
    ).toEqual([]);
  });
});

describe('R2.5 priorities 9 and 10 count only for county offices', () => {
  it.each([
    ['coe', 9, ['P9']],
    ['coe', 10, ['P10']],
    ['district', 9, []],
    ['district', 10, []],
    ['charter', 10, []],
  ] as Array<[LeaType, LocalPriority, PriorityAreaId[]]>)(
    '%s, priority %i → %j',
    (leaType, priority, areas) => {
      expect(
        judge(2019, [], { leaType, local: [buildLocal(2019, priority, 'NOT_MET_2PLUS')] }).localAreas,
      ).toEqual(areas);
    },
  );
});
