/**
 * The vocabulary of differentiated assistance (DA): the codes that the Dashboard files, the
 * rule sets and the decision JSON share (docs/rules/differentiated-assistance.md and differentiated-assistance-format.md, "Files in").
 * Each list is in the order the contract gives it, so it can also be printed in messages.
 */

/** R1.1: LEA types. */
export const LEA_TYPES = ['district', 'coe', 'charter'] as const;
export type LeaType = (typeof LEA_TYPES)[number];

/**
 * R1.8 and FORMAT.md: every student-group code a Dashboard row may carry. `ALL` (All Students)
 * is accepted in files but is not a DA student group unless a rule set lists it.
 */
export const STUDENT_GROUPS = [
  'ALL',
  'AA',
  'AI',
  'AS',
  'FI',
  'HI',
  'PI',
  'WH',
  'MR',
  'EL',
  'LTEL',
  'SED',
  'SWD',
  'FOS',
  'HOM',
] as const;
export type StudentGroup = (typeof STUDENT_GROUPS)[number];

/** R1.2: the state indicators of the Dashboard. */
export const INDICATORS = ['ELA', 'MATH', 'ELPI', 'GRAD', 'CHRONIC', 'SUSP', 'CCI'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** R1.3: performance levels (colors), lowest to highest. */
export const COLORS = ['RED', 'ORANGE', 'YELLOW', 'GREEN', 'BLUE'] as const;
export type Color = (typeof COLORS)[number];

/**
 * R1.4: Status levels. For CHRONIC and SUSP "very high" is the bad end; a rule set says which
 * level a criterion reads, so the engine never needs to know the direction.
 */
export const STATUS_LEVELS = ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const;
export type StatusLevel = (typeof STATUS_LEVELS)[number];

/** R1.5: Change levels. */
export const CHANGE_LEVELS = [
  'DECLINED_SIGNIFICANTLY',
  'DECLINED',
  'MAINTAINED',
  'INCREASED',
  'INCREASED_SIGNIFICANTLY',
] as const;
export type ChangeLevel = (typeof CHANGE_LEVELS)[number];

/** R1.7: local-indicator ratings; `NOT_MET_2PLUS` is "Not Met for Two or More Years". */
export const LOCAL_RATINGS = ['MET', 'NOT_MET', 'NOT_MET_2PLUS'] as const;
export type LocalRating = (typeof LOCAL_RATINGS)[number];

/** R1.7: the LCFF priorities that have a local indicator (9 and 10 for COEs only, R2.5). */
export const LOCAL_PRIORITIES = [1, 2, 3, 6, 7, 9, 10] as const;
export type LocalPriority = (typeof LOCAL_PRIORITIES)[number];

/**
 * Priority-area ids in the decision's display order (FORMAT.md "groups"). `P7_8` is the seed
 * memo's single "Priorities 7 & 8" area of the 2017 and 2018 rule sets (RULES.md CA-2018).
 */
export const PRIORITY_AREAS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P7_8', 'P8', 'P9', 'P10'] as const;
export type PriorityAreaId = (typeof PRIORITY_AREAS)[number];

/** The charter rules of R6.1 (through 2019) and R6.2 (from 2020–21). */
export const CHARTER_RULES = ['THREE_OF_FOUR_YEARS', 'TWO_CONSECUTIVE_YEARS'] as const;
export type CharterRule = (typeof CHARTER_RULES)[number];

/** Whether `value` is one of `list` (a type guard for the code lists above). */
export function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

/** Sort priority-area ids into the contract's display order. */
export function sortPriorityAreas(areas: Iterable<PriorityAreaId>): PriorityAreaId[] {
  return [...new Set(areas)].sort((a, b) => PRIORITY_AREAS.indexOf(a) - PRIORITY_AREAS.indexOf(b));
}

/** Compare two strings by UTF-16 code units, the same on every machine (no locale). */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
