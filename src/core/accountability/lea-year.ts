/**
 * One LEA in one Dashboard year, judged by that year's rule set: which results count (R1.6,
 * R1.8, R1.9, R4.1), which groups are present, which areas each group meets through its own
 * results (RULES.md §3) and through the LEA's local indicators (R2.2, R2.4, R2.5), and whether
 * the LEA-level test of R2.1/R2.3 holds.
 */
import {
  compareCodes,
  sortPriorityAreas,
  type Color,
  type LeaType,
  type LocalPriority,
  type LocalRating,
  type PriorityAreaId,
  type StatusLevel,
  type StudentGroup,
} from './da-codes';
import type { DaSettings } from './da-settings';
import type { IndicatorRow } from './da-input';
import {
  DISTRICT_MIN_AREAS,
  isStatusCondition,
  type CriterionAlternative,
  type PriorityArea,
  type RuleSet,
} from './rule-set';

/** A result that counts: its color (given, or the grid's) and Status. */
export interface CountedResult {
  row: IndicatorRow;
  color: Color | null;
  statusLevel: StatusLevel | null;
}

/** Why a group meets an area: its own results (the rows' lines) or a local indicator. */
export interface AreaReason {
  area: PriorityAreaId;
  via: 'state' | 'local';
  lines: number[];
}

export interface LeaYear {
  year: number;
  /** Null when the year had no Dashboard (a gap year of a CALENDAR_YEARS window). */
  ruleSet: RuleSet | null;
  /** DA groups with at least one result that counts, sorted by code (FORMAT.md "present"). */
  presentGroups: StudentGroup[];
  /** The areas of each present group, own ∪ local, in display order (R4.2). */
  groupAreas: Map<StudentGroup, PriorityAreaId[]>;
  /** Areas met through local indicators this year (R2.2). */
  localAreas: PriorityAreaId[];
  /** For each present group, why it meets each of its areas (the decision's trace). */
  reasons: Map<StudentGroup, AreaReason[]>;
}

/**
 * The result a row gives, or null when it does not count: the group is not a DA group (R1.8),
 * the denominator is under the minimum (R1.9; empty `n` = already applied), or the row has
 * neither a color (given, or derived from the 5×5 grid when the color is missing, R1.6) nor a
 * Status (FORMAT.md).
 */
export function countedResult(
  row: IndicatorRow,
  ruleSet: RuleSet,
  settings: Pick<DaSettings, 'deriveColorFromGrid'>,
): CountedResult | null {
  if (!ruleSet.daStudentGroups.includes(row.group)) return null;
  const minimum = ruleSet.minGroupSize[row.group] ?? ruleSet.minGroupSize.default;
  if (row.n !== null && row.n < minimum) return null;
  let color = row.color;
  const grid = ruleSet.grids?.[row.indicator];
  if (
    color === null &&
    settings.deriveColorFromGrid &&
    grid &&
    row.statusLevel !== null &&
    row.changeLevel !== null
  ) {
    color = grid[row.statusLevel][row.changeLevel];
  }
  if (color === null && row.statusLevel === null) return null;
  return { row, color, statusLevel: row.statusLevel };
}

/**
 * R2.4: a local indicator is "Not Met for Two or More Years" in Y when rated so in Y, or (when
 * `deriveNotMetTwoYears`, setting Q7) Not Met in Y and Not Met or Not Met 2+ in Y−1.
 */
export function isNotMetTwoOrMoreYears(
  ratingThisYear: LocalRating | undefined,
  ratingYearBefore: LocalRating | undefined,
  settings: Pick<DaSettings, 'deriveNotMetTwoYears'>,
): boolean {
  if (ratingThisYear === 'NOT_MET_2PLUS') return true;
  return (
    settings.deriveNotMetTwoYears &&
    ratingThisYear === 'NOT_MET' &&
    (ratingYearBefore === 'NOT_MET' || ratingYearBefore === 'NOT_MET_2PLUS')
  );
}

/** Whether an area can count for an LEA of this type (R2.5: P9 and P10 for COEs only). */
function areaAppliesTo(area: PriorityArea, leaType: LeaType): boolean {
  return !area.coeOnly || leaType === 'coe';
}

/** Whether an alternative can be used by this group (ELPI for EL only; CA-2025 LTEL). */
function alternativeAppliesTo(alternative: CriterionAlternative, group: StudentGroup): boolean {
  if (alternative.onlyGroups && !alternative.onlyGroups.includes(group)) return false;
  return !alternative.excludeGroups?.includes(group);
}

/** The lines of the results meeting every condition of `alternative`, or null when one fails. */
function matchAlternative(
  alternative: CriterionAlternative,
  results: ReadonlyMap<string, CountedResult>,
): number[] | null {
  const lines: number[] = [];
  for (const condition of alternative.all) {
    const result = results.get(condition.indicator);
    if (!result) return null;
    const holds = isStatusCondition(condition)
      ? result.statusLevel !== null && condition.statusLevels.includes(result.statusLevel)
      : result.color !== null && condition.colors.includes(result.color);
    if (!holds) return null;
    if (result.row.line !== undefined) lines.push(result.row.line);
  }
  return lines;
}

export interface LeaYearInput {
  leaType: LeaType;
  year: number;
  ruleSet: RuleSet | undefined;
  /** This LEA's indicator rows of this year. */
  rows: readonly IndicatorRow[];
  /** This LEA's local rating of a priority in a year, if any. */
  localRating: (priority: LocalPriority, year: number) => { rating: LocalRating; line?: number } | undefined;
}

/** One LEA in one year (see the file comment). */
export function evaluateLeaYear(input: LeaYearInput, settings: DaSettings): LeaYear {
  const { ruleSet, leaType, year } = input;
  if (!ruleSet)
    return {
      year,
      ruleSet: null,
      presentGroups: [],
      groupAreas: new Map(),
      localAreas: [],
      reasons: new Map(),
    };

  const areas = ruleSet.priorityAreas.filter((area) => areaAppliesTo(area, leaType));

  // R2.2, R2.4: the LEA's local areas; none when the rule set uses no local indicators (CA-2022).
  const localReasons: AreaReason[] = [];
  if (ruleSet.localIndicators.used) {
    for (const area of areas) {
      if (area.local === undefined) continue;
      const now = input.localRating(area.local, year);
      const before = input.localRating(area.local, year - 1);
      if (isNotMetTwoOrMoreYears(now?.rating, before?.rating, settings)) {
        localReasons.push({
          area: area.id,
          via: 'local',
          lines: [now?.line, now?.rating === 'NOT_MET' ? before?.line : undefined].filter(
            (l): l is number => l !== undefined,
          ),
        });
      }
    }
  }
  const localAreas = sortPriorityAreas(localReasons.map((r) => r.area));

  // R4.1: the results that count, by group and indicator.
  const byGroup = new Map<StudentGroup, Map<string, CountedResult>>();
  for (const row of input.rows) {
    const result = countedResult(row, ruleSet, settings);
    if (!result) continue;
    const results = byGroup.get(row.group) ?? new Map<string, CountedResult>();
    results.set(row.indicator, result);
    byGroup.set(row.group, results);
  }
  const presentGroups = [...byGroup.keys()].sort(compareCodes);

  // RULES.md §3 and R4.2: a group meets an area when any alternative holds for its own
  // results, and every local area counts for every present group.
  const groupAreas = new Map<StudentGroup, PriorityAreaId[]>();
  const reasons = new Map<StudentGroup, AreaReason[]>();
  for (const group of presentGroups) {
    const results = byGroup.get(group) ?? new Map<string, CountedResult>();
    const own: AreaReason[] = [];
    for (const area of areas) {
      for (const alternative of area.any ?? []) {
        if (!alternativeAppliesTo(alternative, group)) continue;
        const lines = matchAlternative(alternative, results);
        if (lines) {
          own.push({ area: area.id, via: 'state', lines });
          break;
        }
      }
    }
    const all = [...own, ...localReasons];
    groupAreas.set(group, sortPriorityAreas(all.map((r) => r.area)));
    reasons.set(group, all);
  }
  return { year, ruleSet, presentGroups, groupAreas, localAreas, reasons };
}

/** The present groups with at least `minAreas` areas, sorted by code (R2.1, R4.3). */
export function groupsWithAreas(leaYear: LeaYear, minAreas: number): StudentGroup[] {
  return leaYear.presentGroups.filter((group) => (leaYear.groupAreas.get(group)?.length ?? 0) >= minAreas);
}

/**
 * The LEA-level test of R2.1/R2.3 in a year, without the CALPADS route: a group meets two or
 * more areas, or — when the rule set has route (b) (CA-2023 on) — the local indicators alone
 * meet two or more areas (also with no present group, unless setting Q10 says otherwise).
 * Before 2023 local areas count only through present groups (R2.2), which the first test covers.
 * `minAreas` is 2 for districts and COEs; charters pass their rule set's (R6.2).
 */
export function meetsDistrictTest(
  leaYear: LeaYear,
  settings: Pick<DaSettings, 'localRouteWithoutGroups'>,
  minAreas = DISTRICT_MIN_AREAS,
): boolean {
  if (!leaYear.ruleSet) return false;
  if (groupsWithAreas(leaYear, minAreas).length > 0) return true;
  const routeB =
    leaYear.ruleSet.localIndicators.leaLevelRoute && leaYear.localAreas.length >= DISTRICT_MIN_AREAS;
  return routeB && (settings.localRouteWithoutGroups || leaYear.presentGroups.length > 0);
}
