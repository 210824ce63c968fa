/**
 * The rules a control chart's points are read by (IP5.6–IP5.7): a point outside its limits, and
 * the run-chart rules of IP1 applied to the same points around the phase's centre line — Anhøj's
 * (longest run, crossings) by default, IHI's (shift, trend) when the team chooses them.
 */
import type { PointLimits } from './control-limits';
import { anhojLimits, crossingsOf, runsOf, shiftPoints, trendPoints, usefulPoints } from './run-rules';

export const RULE_SETS = ['anhoj', 'ihi'] as const;
export type RuleSet = (typeof RULE_SETS)[number];

export function isRuleSet(value: unknown): value is RuleSet {
  return typeof value === 'string' && (RULE_SETS as readonly string[]).includes(value);
}

/** A rule that can fire on a control chart (IP5.6). */
export type ControlRule = 'outside' | 'longestRun' | 'crossings' | 'shift' | 'trend';

/** The rules of each set, in the order a point lists them (IP5.7). */
export const RULES_OF: Record<RuleSet, readonly ControlRule[]> = {
  anhoj: ['outside', 'longestRun', 'crossings'],
  ihi: ['outside', 'shift', 'trend'],
};

/** What the rules found in one phase. */
export interface PhaseRuleResult {
  /** The rules that fired anywhere in the phase, in the set's order. */
  fired: ControlRule[];
  /** Per point of the phase (same order): the rules that flag it. */
  flags: ControlRule[][];
  longestRun: number;
  longestRunLimit: number | null;
  crossings: number;
  crossingsLimit: number | null;
}

/** Whether a value lies strictly beyond its limits (IP5.6: a point on a limit is inside). */
export function isOutside(value: number | null, limits: PointLimits): boolean {
  if (value === null) return false;
  return (limits.upper !== null && value > limits.upper) || (limits.lower !== null && value < limits.lower);
}

/**
 * The rules of `ruleSet` on one phase's plotted values around its centre (IP5.6, IP5.7).
 * `values[i]` is null for a period without a point.
 */
export function applyControlRules(
  values: readonly (number | null)[],
  limits: readonly PointLimits[],
  center: number | null,
  ruleSet: RuleSet,
): PhaseRuleResult {
  const flags: ControlRule[][] = values.map(() => []);
  const flag = (index: number, rule: ControlRule) => {
    if (!flags[index]!.includes(rule)) flags[index]!.push(rule);
  };
  values.forEach((value, i) => {
    if (isOutside(value, limits[i]!)) flag(i, 'outside');
  });
  const useful = usefulPoints(values, center);
  const runs = runsOf(useful);
  const longestRun = Math.max(0, ...runs.map((run) => run.length));
  const crossings = crossingsOf(useful);
  const anhoj = anhojLimits(useful.length);
  const fired = new Set<ControlRule>(flags.some((f) => f.length > 0) ? ['outside'] : []);
  if (ruleSet === 'anhoj') {
    if (anhoj.longestRun !== null && longestRun > anhoj.longestRun) {
      fired.add('longestRun');
      for (const run of runs)
        if (run.length > anhoj.longestRun) for (const p of run) flag(p.index, 'longestRun');
    }
    // Too few crossings is a signal of the phase as a whole: no single point is flagged by it.
    if (anhoj.crossings !== null && crossings < anhoj.crossings) fired.add('crossings');
  } else {
    for (const index of shiftPoints(runs)) {
      fired.add('shift');
      flag(index, 'shift');
    }
    for (const index of trendPoints(values)) {
      fired.add('trend');
      flag(index, 'trend');
    }
  }
  const order = RULES_OF[ruleSet];
  return {
    fired: order.filter((r) => fired.has(r)),
    flags: flags.map((f) => order.filter((r) => f.includes(r))),
    longestRun,
    longestRunLimit: anhoj.longestRun,
    crossings,
    crossingsLimit: anhoj.crossings,
  };
}
