import { describe, expect, it } from 'vitest';
import { californiaRuleSets } from './california-rule-sets';
import type { StudentGroup } from './da-codes';
import type { IndicatorRow, LocalIndicatorRow } from './da-input';
import { CALIFORNIA_DA_SETTINGS } from './da-settings';
import { buildLocal, oneAreaRows, presentRows, twoAreaRows } from './da-test-builders';
import { decideThreeOfFourYears, decideTwoConsecutiveYears } from './charter-rules';
import { evaluateLeaYear, type LeaYear } from './lea-year';
import type { RuleSet } from './rule-set';

const sets = californiaRuleSets();
const setFor = (year: number): RuleSet => sets.find((s) => s.dashboardYear === year) as RuleSet;

function charterYear(
  y: number,
  groups: { two?: StudentGroup[]; one?: StudentGroup[]; none?: StudentGroup[] },
  local: LocalIndicatorRow[] = [],
): LeaYear {
  const rows: IndicatorRow[] = [
    ...(groups.two ?? []).flatMap((g) => twoAreaRows(y, g)),
    ...(groups.one ?? []).flatMap((g) => oneAreaRows(y, g)),
    ...(groups.none ?? []).flatMap((g) => presentRows(y, g)),
  ];
  return evaluateLeaYear(
    {
      leaType: 'charter',
      year: y,
      ruleSet: setFor(y),
      rows,
      localRating: (p, ry) => local.find((l) => l.priority === p && l.year === ry),
    },
    CALIFORNIA_DA_SETTINGS,
  );
}

describe('R6.1 through 2019: three of four years, groups with one or more areas', () => {
  it.each([
    [
      'three groups with one area each, every year',
      [{ one: ['AA', 'HI', 'SED'] }, { one: ['AA', 'HI', 'SED'] }, { one: ['AA', 'HI', 'SED'] }],
      [2017, 2018, 2019],
      true,
    ],
    [
      'two of four groups in 2018',
      [
        { one: ['AA', 'HI', 'SED'] },
        { one: ['AA', 'HI'], none: ['SED', 'WH'] },
        { one: ['AA', 'HI', 'SED'] },
      ],
      [2017, 2019],
      false,
    ],
    [
      'all of two groups each year',
      [{ one: ['HI', 'EL'] }, { two: ['HI'], one: ['EL'] }, { one: ['HI', 'EL'] }],
      [2017, 2018, 2019],
      true,
    ],
    [
      'one of two groups in 2019',
      [{ one: ['HI', 'EL'] }, { one: ['HI', 'EL'] }, { one: ['HI'], none: ['EL'] }],
      [2017, 2018],
      false,
    ],
  ] as Array<[string, Array<Parameters<typeof charterYear>[1]>, number[], boolean]>)(
    '%s → %j, eligible: %s',
    (_name, plan, yearsMet, eligible) => {
      const window = plan.map((groups, i) => charterYear(2017 + i, groups));
      expect(decideThreeOfFourYears(window, setFor(2019))).toEqual({
        rule: 'THREE_OF_FOUR_YEARS',
        eligible,
        years: [2017, 2018, 2019],
        yearsMet,
        determined: true,
      });
    },
  );
});

describe('R6.2 from 2020–21: the district test in two consecutive Dashboard years', () => {
  it.each([
    ['both years, one group with two areas', 2023, { two: ['HI'] }, { two: ['SED'] }, [2022, 2023], true],
    ['the determination year only', 2024, { one: ['HI', 'SED', 'AA'] }, { two: ['SED'] }, [2024], false],
    ['the previous year only', 2025, { two: ['HI'] }, { one: ['HI'] }, [2024], false],
    [
      'three groups with one area are not enough any more',
      2023,
      { one: ['HI', 'SED', 'AA'] },
      { one: ['HI', 'SED', 'AA'] },
      [],
      false,
    ],
  ] as Array<
    [string, number, Parameters<typeof charterYear>[1], Parameters<typeof charterYear>[1], number[], boolean]
  >)('%s (%i) → %j, eligible: %s', (_name, y, before, now, yearsMet, eligible) => {
    const previousYear = y === 2023 ? 2022 : y - 1;
    const decision = decideTwoConsecutiveYears(
      charterYear(previousYear, before),
      charterYear(y, now),
      setFor(y),
      CALIFORNIA_DA_SETTINGS,
    );
    expect(decision).toEqual({
      rule: 'TWO_CONSECUTIVE_YEARS',
      eligible,
      years: [previousYear, y],
      yearsMet,
      determined: true,
    });
  });

  it('the local-indicator routes count for charters (R2.3 (b))', () => {
    const local = [2023, 2024].flatMap((y) => [
      buildLocal(y, 1, 'NOT_MET_2PLUS'),
      buildLocal(y, 2, 'NOT_MET_2PLUS'),
    ]);
    const decision = decideTwoConsecutiveYears(
      charterYear(2023, {}, local),
      charterYear(2024, {}, local),
      setFor(2024),
      CALIFORNIA_DA_SETTINGS,
    );
    expect(decision.eligible).toBe(true);
  });

  it('R6.3: 2022 is paired with 2019 by default, or not determined (setting Q6)', () => {
    const y2019 = charterYear(2019, { two: ['HI'] });
    const y2022 = charterYear(2022, { two: ['HI'] });
    expect(decideTwoConsecutiveYears(y2019, y2022, setFor(2022), CALIFORNIA_DA_SETTINGS)).toMatchObject({
      eligible: true,
      years: [2019, 2022],
      yearsMet: [2019, 2022],
    });
    expect(
      decideTwoConsecutiveYears(y2019, y2022, setFor(2022), {
        ...CALIFORNIA_DA_SETTINGS,
        charterAfterGap: 'NOT_DETERMINED',
      }),
    ).toMatchObject({ eligible: false, determined: false });
  });
});
