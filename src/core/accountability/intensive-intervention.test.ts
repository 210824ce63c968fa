import { describe, expect, it } from 'vitest';
import { californiaRuleSets } from './california-rule-sets';
import type { StudentGroup } from './da-codes';
import type { IndicatorRow } from './da-input';
import { CALIFORNIA_DA_SETTINGS } from './da-settings';
import { oneAreaRows, presentRows, twoAreaRows } from './da-test-builders';
import {
  decideIntensiveIntervention,
  isGroupCountYearMet,
  yearsMetBySameGroups,
} from './intensive-intervention';
import { evaluateLeaYear, type LeaYear } from './lea-year';
import type { RuleSet } from './rule-set';

const sets = californiaRuleSets();
const setFor = (year: number): RuleSet => sets.find((s) => s.dashboardYear === year) as RuleSet;

/** A year in which `meeting` groups meet two areas, `oneArea` groups one, `others` none. */
function year(
  y: number,
  meeting: StudentGroup[],
  others: StudentGroup[] = [],
  oneArea: StudentGroup[] = [],
): LeaYear {
  const rows: IndicatorRow[] = [
    ...meeting.flatMap((g) => twoAreaRows(y, g)),
    ...oneArea.flatMap((g) => oneAreaRows(y, g)),
    ...others.flatMap((g) => presentRows(y, g)),
  ];
  return evaluateLeaYear(
    { leaType: 'district', year: y, ruleSet: setFor(y), rows, localRating: () => undefined },
    CALIFORNIA_DA_SETTINGS,
  );
}

describe('R5.2 a year counts with three meeting groups, or all of one or two', () => {
  it.each([
    ['three of five groups meet', ['AA', 'HI', 'SED'], ['WH', 'AS'], true],
    ['four groups meet', ['AA', 'HI', 'SED', 'SWD'], [], true],
    ['two of four groups meet', ['AA', 'HI'], ['WH', 'SED'], false],
    ['the only group meets', ['HI'], [], true],
    ['both of two groups meet', ['HI', 'SED'], [], true],
    ['one of two groups meets', ['HI'], ['SED'], false],
    ['two of three groups meet', ['HI', 'SED'], ['WH'], false],
    ['no group present', [], [], false],
  ] as Array<[string, StudentGroup[], StudentGroup[], boolean]>)('%s → %s', (_name, meeting, others, met) => {
    expect(isGroupCountYearMet(year(2019, meeting, others), 2, 3)).toBe(met);
  });

  it('a group with one area does not meet the criteria for Level 3', () => {
    expect(isGroupCountYearMet(year(2019, ['AA', 'HI'], [], ['SED']), 2, 3)).toBe(false);
    expect(isGroupCountYearMet(year(2019, ['AA', 'HI'], [], ['SED']), 1, 3)).toBe(true);
  });
});

describe('R5.1 three of four years, each judged by its own rule set', () => {
  it.each([
    [
      'met in 2019, 2022 and 2023 of 2018–2023 (2020/2021 skipped)',
      [
        [2018, false],
        [2019, true],
        [2022, true],
        [2023, true],
      ],
      true,
    ],
    [
      'met in 2018, 2019 and 2023',
      [
        [2018, true],
        [2019, true],
        [2022, false],
        [2023, true],
      ],
      true,
    ],
    [
      'met in two of four',
      [
        [2018, true],
        [2019, false],
        [2022, false],
        [2023, true],
      ],
      false,
    ],
    [
      '2017–2019 all met: first reachable with the 2019 Dashboard',
      [
        [2017, true],
        [2018, true],
        [2019, true],
      ],
      true,
    ],
    [
      'only two years in the window',
      [
        [2017, true],
        [2018, true],
      ],
      false,
    ],
  ] as Array<[string, Array<[number, boolean]>, boolean]>)('%s → eligible: %s', (_name, plan, eligible) => {
    const window = plan.map(([y, met]) =>
      met ? year(y, ['AA', 'HI', 'SED']) : year(y, ['AA'], ['HI', 'SED']),
    );
    const last = plan[plan.length - 1]?.[0] as number;
    const decision = decideIntensiveIntervention(window, setFor(last), CALIFORNIA_DA_SETTINGS);
    expect(decision).toEqual({
      eligible,
      years: plan.map(([y]) => y),
      yearsMet: plan.filter(([, met]) => met).map(([y]) => y),
    });
  });

  it('2022 is judged on Status (its own rule set), not on colors', () => {
    const colorsIn2022 = evaluateLeaYear(
      {
        leaType: 'district',
        year: 2022,
        ruleSet: setFor(2022),
        rows: ['AA', 'HI', 'SED']
          .flatMap((g) => twoAreaRows(2019, g as StudentGroup))
          .map((r) => ({ ...r, year: 2022 })),
        localRating: () => undefined,
      },
      CALIFORNIA_DA_SETTINGS,
    );
    expect(isGroupCountYearMet(colorsIn2022, 2, 3)).toBe(false);
    expect(isGroupCountYearMet(year(2022, ['AA', 'HI', 'SED']), 2, 3)).toBe(true);
  });
});

describe('R5.2 / setting Q4: different groups per year, or the same groups', () => {
  const window = [
    year(2019, ['AA', 'HI', 'SED']),
    year(2022, ['EL', 'SWD', 'WH']),
    year(2023, ['AA', 'FI', 'PI']),
  ];

  it('per year (default): different groups in each year still count', () => {
    expect(decideIntensiveIntervention(window, setFor(2023), CALIFORNIA_DA_SETTINGS)).toMatchObject({
      eligible: true,
      yearsMet: [2019, 2022, 2023],
    });
  });

  it('SAME_GROUPS: the same three groups must meet in each of three years', () => {
    expect(
      decideIntensiveIntervention(window, setFor(2023), { intensiveGroups: 'SAME_GROUPS' }),
    ).toMatchObject({ eligible: false, yearsMet: [] });
    const same = [
      year(2018, ['AA']),
      year(2019, ['AA', 'HI', 'SED']),
      year(2022, ['AA', 'HI', 'SED', 'WH']),
      year(2023, ['AA', 'HI', 'SED']),
    ];
    expect(decideIntensiveIntervention(same, setFor(2023), { intensiveGroups: 'SAME_GROUPS' })).toMatchObject(
      { eligible: true, yearsMet: [2019, 2022, 2023] },
    );
  });

  it('SAME_GROUPS with one or two groups: all of them in each chosen year', () => {
    expect(
      yearsMetBySameGroups([year(2019, ['HI']), year(2022, ['HI']), year(2023, ['HI'])], 2, 3, 3),
    ).toEqual([2019, 2022, 2023]);
    expect(
      yearsMetBySameGroups([year(2019, ['HI']), year(2022, ['SED']), year(2023, ['HI'])], 2, 3, 3),
    ).toEqual([]);
  });
});
