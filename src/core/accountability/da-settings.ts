/**
 * The DA settings: one for each open question of RULES.md §7, each defaulting to the
 * contract's choice. The first group shapes California's built-in rule sets
 * (californiaRuleSets); the second is read by the engine for every rule set.
 */
import type { MinGroupSize } from './rule-set';

export interface DaSettings {
  // ---- shape California's rule sets (californiaRuleSets) ----
  /** Q1 (R1.8): All Students counts as a DA student group. Default false. */
  countAllStudents: boolean;
  /** Q2 (R1.9): minimum denominators, applied in every California rule year. Default 30; 15 for FOS and HOM. */
  minGroupSize: MinGroupSize;
  /**
   * Q5 (CA-2024): how LTEL meets Priority 4 in 2024. `ACADEMIC_INDICATORS` (default): on ELA/Math
   * like any group, ELPI stays EL-only; `AS_IN_2025`: Red or Orange ELPI, ELA/Math not used.
   */
  ltel2024: 'ACADEMIC_INDICATORS' | 'AS_IN_2025';
  /**
   * Q8 (CA-2018 notes): `SEED` (default) follows the June 2018 SBE memo; `CDE_17` adds the
   * P7 local indicator, P9/P10 for COEs and counts Red CCI under both P7 and P8.
   */
  rules2018: 'SEED' | 'CDE_17';

  // ---- read by the engine ----
  /**
   * Q3 (R5.3): windows count Dashboard years, skipping 2020 and 2021 (`DASHBOARD_YEARS`,
   * default), or calendar years (`CALENDAR_YEARS`: a year without a Dashboard is never met).
   */
  windowYears: 'DASHBOARD_YEARS' | 'CALENDAR_YEARS';
  /**
   * Q4 (R5.2): Level 3 counts each year on its own groups (`PER_YEAR`, default), or needs the
   * same groups to meet the criteria in every counted year (`SAME_GROUPS`).
   */
  intensiveGroups: 'PER_YEAR' | 'SAME_GROUPS';
  /**
   * Q6 (R6.3): a TWO_CONSECUTIVE_YEARS charter whose previous Dashboard year is not the
   * calendar year before (2022, paired with 2019): pair the two years (`PAIR_WITH_PREVIOUS`,
   * default) or report not determined (`NOT_DETERMINED`: not eligible, `determined: false`).
   */
  charterAfterGap: 'PAIR_WITH_PREVIOUS' | 'NOT_DETERMINED';
  /** Q7 (R2.4): Not Met in Y and Not Met in Y−1 counts as "Not Met for Two or More Years". Default true. */
  deriveNotMetTwoYears: boolean;
  /** Q9 (R1.6): derive a missing color from Status and Change when the rule set has a grid. Default true. */
  deriveColorFromGrid: boolean;
  /** Q10 (R2.3): route (b) — two local areas — holds even when the LEA has no present group. Default true. */
  localRouteWithoutGroups: boolean;
}

/** The contract's defaults (RULES.md §7). */
export const CALIFORNIA_DA_SETTINGS: DaSettings = {
  countAllStudents: false,
  minGroupSize: { default: 30, FOS: 15, HOM: 15 },
  ltel2024: 'ACADEMIC_INDICATORS',
  rules2018: 'SEED',
  windowYears: 'DASHBOARD_YEARS',
  intensiveGroups: 'PER_YEAR',
  charterAfterGap: 'PAIR_WITH_PREVIOUS',
  deriveNotMetTwoYears: true,
  deriveColorFromGrid: true,
  localRouteWithoutGroups: true,
};
