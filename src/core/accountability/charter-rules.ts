/**
 * Differentiated assistance for charter schools (RULES.md §6). Through 2019 (pre-AB 1505
 * text of EC 47607.3) three of four years with groups meeting one or more areas (R6.1); from
 * 2020–21 the district criteria in two consecutive Dashboard years (R6.2, AB 1505).
 */
import type { CharterRule } from './da-codes';
import type { DaSettings } from './da-settings';
import { isGroupCountYearMet, type WindowDecision } from './intensive-intervention';
import { meetsDistrictTest, type LeaYear } from './lea-year';
import { charterMinAreas, type RuleSet } from './rule-set';

export interface CharterDecision extends WindowDecision {
  rule: CharterRule;
  /** False only when setting Q6 (R6.3) asks not to pair years across the 2020–2021 gap. */
  determined: boolean;
}

/**
 * R6.1: a year counts when three or more groups have one or more areas, or all of the
 * charter's one or two present groups do; eligible with three counted years of the window.
 */
export function decideThreeOfFourYears(window: readonly LeaYear[], ruleSet: RuleSet): CharterDecision {
  const minAreas = charterMinAreas(ruleSet);
  const years = window.map((y) => y.year);
  const yearsMet = window
    .filter((y) => isGroupCountYearMet(y, minAreas, ruleSet.intensive.minGroups))
    .map((y) => y.year);
  return {
    rule: 'THREE_OF_FOUR_YEARS',
    eligible: yearsMet.length >= ruleSet.intensive.yearsMet,
    years,
    yearsMet,
    determined: true,
  };
}

/**
 * R6.2: the district test (R2, local routes included, CALPADS route not) holds in the
 * previous Dashboard year and in the determination year. When the previous year is not the
 * calendar year before (2019 before 2022), setting Q6 (R6.3) may report "not determined".
 */
export function decideTwoConsecutiveYears(
  previous: LeaYear | null,
  current: LeaYear,
  ruleSet: RuleSet,
  settings: Pick<DaSettings, 'charterAfterGap' | 'localRouteWithoutGroups'>,
): CharterDecision {
  const pair = previous ? [previous, current] : [current];
  const years = pair.map((y) => y.year);
  const yearsMet = pair
    .filter((y) => meetsDistrictTest(y, settings, charterMinAreas(ruleSet)))
    .map((y) => y.year);
  const acrossGap = previous !== null && previous.year !== current.year - 1;
  if (acrossGap && settings.charterAfterGap === 'NOT_DETERMINED')
    return { rule: 'TWO_CONSECUTIVE_YEARS', eligible: false, years, yearsMet, determined: false };
  return {
    rule: 'TWO_CONSECUTIVE_YEARS',
    eligible: pair.length === 2 && yearsMet.length === 2,
    years,
    yearsMet,
    determined: true,
  };
}
