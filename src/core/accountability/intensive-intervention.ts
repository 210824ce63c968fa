/**
 * Intensive intervention (Level 3) for districts and COEs (RULES.md §5): three or more student
 * groups — or all of them, if fewer than three — meet the criteria in three of four
 * consecutive Dashboard years (EC 52072; SEED FAQ).
 */
import type { DaSettings } from './da-settings';
import { groupsWithAreas, type LeaYear } from './lea-year';
import { DISTRICT_MIN_AREAS, type RuleSet } from './rule-set';

/** A window decision: `years` looked at, `yearsMet` among them, ascending. */
export interface WindowDecision {
  eligible: boolean;
  years: number[];
  yearsMet: number[];
}

/**
 * R5.2 (and R6.1 with `minAreas` 1): a year counts when `minGroups` or more groups have
 * `minAreas` or more areas, or when the LEA has one to `minGroups − 1` present groups and all
 * of them do. A year with no present group never counts.
 */
export function isGroupCountYearMet(leaYear: LeaYear, minAreas: number, minGroups: number): boolean {
  const meeting = groupsWithAreas(leaYear, minAreas).length;
  const present = leaYear.presentGroups.length;
  return meeting >= minGroups || (present > 0 && present < minGroups && meeting === present);
}

/**
 * Setting Q4 = SAME_GROUPS: the years of every choice of `yearsNeeded` window years in which
 * the same groups — `minGroups` or more, or all the LEA's groups of those years if fewer —
 * meet the criteria in each chosen year. Empty when no choice works.
 */
export function yearsMetBySameGroups(
  window: readonly LeaYear[],
  minAreas: number,
  minGroups: number,
  yearsNeeded: number,
): number[] {
  const met = new Set<number>();
  for (const chosen of combinations(window, yearsNeeded)) {
    const meetingEach = chosen.map((y) => new Set(groupsWithAreas(y, minAreas)));
    const [first, ...rest] = meetingEach;
    const same = [...(first ?? [])].filter((group) => rest.every((set) => set.has(group)));
    const present = new Set(chosen.flatMap((y) => y.presentGroups));
    const allOfFew =
      present.size > 0 && present.size < minGroups && [...present].every((g) => same.includes(g));
    if (chosen.length > 0 && (same.length >= minGroups || allOfFew)) for (const y of chosen) met.add(y.year);
  }
  return [...met].sort((a, b) => a - b);
}

function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...tail] = items as [T, ...T[]];
  return [...combinations(tail, size - 1).map((rest) => [head, ...rest]), ...combinations(tail, size)];
}

/**
 * R5.1–R5.3: Level 3 over `window` (the Dashboard years ending with the determination year,
 * each judged by its own rule set), with the numbers of the determination year's rule set.
 */
export function decideIntensiveIntervention(
  window: readonly LeaYear[],
  ruleSet: RuleSet,
  settings: Pick<DaSettings, 'intensiveGroups'>,
): WindowDecision {
  const { minGroups, yearsMet: needed } = ruleSet.intensive;
  const years = window.map((y) => y.year);
  const yearsMet =
    settings.intensiveGroups === 'SAME_GROUPS'
      ? yearsMetBySameGroups(window, DISTRICT_MIN_AREAS, minGroups, needed)
      : window.filter((y) => isGroupCountYearMet(y, DISTRICT_MIN_AREAS, minGroups)).map((y) => y.year);
  return { eligible: yearsMet.length >= needed, years, yearsMet };
}
