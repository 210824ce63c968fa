/**
 * A DA rule set: the criteria of one Dashboard year as data (RULES.md §8). California's sets
 * are in california-rule-sets.ts; a state adds or overrides one with a JSON file that
 * rule-set-schema.ts checks. The engine reads nothing about a year that is not written here.
 */
import type {
  ChangeLevel,
  CharterRule,
  Color,
  Indicator,
  LocalPriority,
  PriorityAreaId,
  StatusLevel,
  StudentGroup,
} from './da-codes';

/** A condition on a group's color for one indicator (the given color, or the grid's, R1.6). */
export interface ColorCondition {
  indicator: Indicator;
  /** The condition holds when the row's color is one of these. */
  colors: Color[];
}

/** A condition on a group's Status level only (2019 ELPI, all of 2022, 2023 CCI; FORMAT.md). */
export interface StatusCondition {
  indicator: Indicator;
  /** The condition holds when the row's `status_level` is one of these. */
  statusLevels: StatusLevel[];
}

export type Condition = ColorCondition | StatusCondition;

/** One way to meet an area: every condition holds for the same group in the same year. */
export interface CriterionAlternative {
  all: Condition[];
  /** When given, only these groups can meet the area this way (ELPI: EL only). */
  onlyGroups?: StudentGroup[];
  /** These groups cannot meet the area this way (CA-2025: ELA/Math not used for LTEL). */
  excludeGroups?: StudentGroup[];
}

/** An LCFF priority area: met by a group when any alternative holds, or through its local indicator. */
export interface PriorityArea {
  id: PriorityAreaId;
  /** The local-indicator priority whose "Not Met for Two or More Years" meets this area (R2.2). */
  local?: LocalPriority;
  /** The area counts only for county offices (R2.5: priorities 9 and 10). */
  coeOnly?: boolean;
  /** State-indicator criteria: the area is met when any alternative holds (RULES.md §3). */
  any?: CriterionAlternative[];
}

/** A 5×5 grid: the color at (Status level, Change level) for one indicator (R1.6). */
export type ColorGrid = Record<StatusLevel, Record<ChangeLevel, Color>>;

/** R1.9: the minimum denominator for a result to count, by default and per group. */
export type MinGroupSize = { default: number } & Partial<Record<StudentGroup, number>>;

export interface RuleSet {
  /** `<FAMILY>-<year>`, e.g. `CA-2019`; earlier years of a run are judged by the same family. */
  id: string;
  /** The Dashboard year the set judges (R1.10). */
  dashboardYear: number;
  /** Where each criterion comes from: RULES.md source ids or addresses. */
  sources: string[];
  /** R1.8: the groups that can meet the criteria (not `ALL` by default). */
  daStudentGroups: StudentGroup[];
  /** R1.9. */
  minGroupSize: MinGroupSize;
  /** R2.2–R2.4: whether local indicators count, and whether they count without a group (R2.3 (b)). */
  localIndicators: { used: boolean; leaLevelRoute: boolean };
  /** CA-2024 and later: a district or COE late with CALPADS data is eligible. */
  calpadsRoute: boolean;
  /** R6.1 or R6.2. */
  charterRule: CharterRule;
  /**
   * Areas a charter's group needs under `charterRule`: by default 1 for THREE_OF_FOUR_YEARS
   * (R4.3, pre-2020 text) and 2 for TWO_CONSECUTIVE_YEARS (the district criteria).
   */
  charterMinAreas?: number;
  /**
   * R5.1: groups that must meet the criteria in a year, years that must be met, window of
   * Dashboard years. THREE_OF_FOUR_YEARS charters use the same three numbers (R6.1).
   */
  intensive: { minGroups: number; yearsMet: number; window: number };
  /** RULES.md §3: the areas of the year, each with its criteria. */
  priorityAreas: PriorityArea[];
  /** R1.6: grids by indicator, used only when a row has no color but Status and Change. */
  grids?: Partial<Record<Indicator, ColorGrid>>;
}

/** FORMAT.md: a request's `rules` defaults to `CA-<year>`. */
export const DEFAULT_RULE_FAMILY = 'CA';

/** A group meets the criteria with this many areas (R2.1, EC 52071(b): "two or more"). */
export const DISTRICT_MIN_AREAS = 2;

/** The areas a charter's group needs in `ruleSet` (R4.3). */
export function charterMinAreas(ruleSet: RuleSet): number {
  return ruleSet.charterMinAreas ?? (ruleSet.charterRule === 'THREE_OF_FOUR_YEARS' ? 1 : DISTRICT_MIN_AREAS);
}

/** The family of a rule-set id: `CA` for `CA-2019`, so a run finds `CA-2018` for its 2018 rows. */
export function ruleSetFamily(id: string): string {
  return id.replace(/-\d{4}$/, '');
}

/** Whether a condition reads the Status level rather than the color. */
export function isStatusCondition(condition: Condition): condition is StatusCondition {
  return 'statusLevels' in condition;
}
