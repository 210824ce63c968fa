/**
 * A control chart's analysis (IP5): the chart type chosen from the measure's unit (and why), the
 * phases each with its centre line and limits from its baseline, and the points flagged by the
 * chosen rule set. Pure: the points and the phases' starts come in, the analysis goes out.
 */
import { DomainError } from '../common/domain-error';
import {
  phaseLimits,
  plottedValue,
  PROVISIONAL_BELOW,
  type ControlChartType,
  type ControlInputPoint,
} from './control-limits';
import { applyControlRules, type ControlRule, type RuleSet } from './control-rules';
import type { MeasureUnit } from './measures';

/** Why a chart type fits a measure (IP5.1): each reason has a sentence in the web app and PDF. */
export type ChartTypeReason = 'proportion' | 'overdispersed' | 'rate' | 'single-value';

/** Average baseline denominator from which a P chart's limits may be too narrow (IP5.4, design choice). */
export const LANEY_MIN_DENOMINATOR = 1000;

/**
 * The chart type for a measure (IP5.1): a percentage is a proportion (P chart), a rate per person
 * is a U chart, a count is a single value per period (XmR). A percentage whose baseline
 * denominators average LANEY_MIN_DENOMINATOR or more and whose points vary more than a P chart
 * expects (Laney's sigma_z above 1) gets a P′ chart.
 */
export function chooseChartType(
  unit: MeasureUnit,
  points: readonly ControlInputPoint[] = [],
): { type: ControlChartType; reason: ChartTypeReason } {
  if (unit === 'rate') return { type: 'u', reason: 'rate' };
  if (unit === 'count') return { type: 'xmr', reason: 'single-value' };
  const withDenominator = points.filter((p) => plottedValue('p', p, 1) !== null);
  const averageN =
    withDenominator.length === 0
      ? 0
      : withDenominator.reduce((sum, p) => sum + p.denominator!, 0) / withDenominator.length;
  if (averageN >= LANEY_MIN_DENOMINATOR) {
    const sigmaZ = phaseLimits('p-prime', points, undefined, 1).spread;
    if (sigmaZ !== null && sigmaZ > 1) return { type: 'p-prime', reason: 'overdispersed' };
  }
  return { type: 'p', reason: 'proportion' };
}

/** Where a phase starts (a period's position) and how many of its first periods are its baseline. */
export interface PhaseStart {
  start: number;
  baseline?: number | undefined;
}

export interface ControlChartInput {
  type: ControlChartType;
  points: readonly ControlInputPoint[];
  /** 100 for a percentage (IP5.2), 1 otherwise. */
  scale: number;
  ruleSet: RuleSet;
  /** The first phase's baseline: its first `baseline` periods (all when undefined, IP5.3). */
  baseline?: number | undefined;
  /** Later phases, each from a period on (IP5.8). */
  phases?: readonly PhaseStart[];
}

export interface ControlChartPoint {
  index: number;
  value: number | null;
  center: number | null;
  lower: number | null;
  upper: number | null;
  phase: number;
  /** The rules that flag this point (IP5.6), in the rule set's order. */
  rules: ControlRule[];
}

export interface ControlChartPhase {
  start: number;
  end: number;
  center: number | null;
  baselineCount: number;
  /** Fewer than PROVISIONAL_BELOW baseline points: the limits may still move (IP5.3). */
  provisional: boolean;
  /** XmR: mean moving range; P′: Laney's sigma_z; otherwise null. */
  spread: number | null;
  fired: ControlRule[];
  longestRun: number;
  longestRunLimit: number | null;
  crossings: number;
  crossingsLimit: number | null;
}

export interface ControlChartAnalysis {
  type: ControlChartType;
  ruleSet: RuleSet;
  phases: ControlChartPhase[];
  points: ControlChartPoint[];
  /** The rules fired in the last phase: the ones a team may answer with a new phase (IP5.8). */
  signals: ControlRule[];
}

/** Check and order the phases' starts (IP5.8), naming the bad field. */
export function checkPhaseStarts(length: number, phases: readonly PhaseStart[]): PhaseStart[] {
  const sorted = [...phases].sort((a, b) => a.start - b.start);
  sorted.forEach((phase, i) => {
    if (!Number.isInteger(phase.start) || phase.start < 1 || phase.start >= length)
      throw DomainError.invalidField(
        'phases',
        `a phase must start after the first period and within the chart`,
      );
    if (i > 0 && sorted[i - 1]!.start === phase.start)
      throw DomainError.invalidField('phases', 'two phases start at the same period');
  });
  return sorted;
}

/** Analyse a control chart (IP5.2–IP5.8). */
export function analyzeControlChart(input: ControlChartInput): ControlChartAnalysis {
  const n = input.points.length;
  const later = checkPhaseStarts(n, input.phases ?? []);
  const starts: PhaseStart[] = [{ start: 0, baseline: input.baseline }, ...later];
  const phases: ControlChartPhase[] = [];
  const points: ControlChartPoint[] = [];
  starts.forEach((phase, p) => {
    const end = starts[p + 1]?.start ?? n;
    const slice = input.points.slice(phase.start, end);
    const limits = phaseLimits(input.type, slice, phase.baseline, input.scale);
    const values = slice.map((point) => plottedValue(input.type, point, input.scale));
    const rules = applyControlRules(values, limits.points, limits.center, input.ruleSet);
    phases.push({
      start: phase.start,
      end,
      center: limits.center,
      baselineCount: limits.baselineCount,
      provisional: limits.baselineCount < PROVISIONAL_BELOW,
      spread: limits.spread,
      fired: rules.fired,
      longestRun: rules.longestRun,
      longestRunLimit: rules.longestRunLimit,
      crossings: rules.crossings,
      crossingsLimit: rules.crossingsLimit,
    });
    values.forEach((value, i) =>
      points.push({
        index: phase.start + i,
        value,
        ...limits.points[i]!,
        phase: p,
        rules: rules.flags[i]!,
      }),
    );
  });
  return { type: input.type, ruleSet: input.ruleSet, phases, points, signals: phases.at(-1)!.fired };
}

/**
 * The chart types a measure's unit can be drawn as (IP5.1): a percentage as a P, P′ or XmR
 * chart, a rate as a U or XmR chart, a count only as an XmR chart (it has no denominator).
 */
export function chartTypesFor(unit: MeasureUnit): readonly ControlChartType[] {
  if (unit === 'percent') return ['p', 'p-prime', 'xmr'];
  if (unit === 'rate') return ['u', 'xmr'];
  return ['xmr'];
}

/** IP5.1: refuse a chart type the measure cannot be drawn as, naming the field `type`. */
export function checkChartType(unit: MeasureUnit, type: ControlChartType): void {
  if (!chartTypesFor(unit).includes(type))
    throw DomainError.invalidField(
      'type',
      `a ${unit} measure is drawn as ${chartTypesFor(unit).join(' or ')}`,
    );
}

/**
 * The change a team recorded that a new phase starts from (IP5.8): a PDSA cycle (its start date
 * and act), or a strategy of the plan in force.
 */
export type PhaseChange =
  { kind: 'cycle'; startedOn: string; act: 'adopt' | 'adapt' | 'abandon' | null } | { kind: 'strategy' };

/**
 * IP5.8: a phase starts from an adopted PDSA cycle, at a period on or after the cycle's start
 * (the cycle's own period when no day is given), or from a strategy of the plan in force at a
 * period the team names; after the chart's first period and not after `today`. Periods are
 * compared by their first days.
 */
export function checkPhaseChange(
  change: PhaseChange,
  phase: { startsOnPeriod: string | null; chartFirstPeriod: string; today: string; cyclePeriod?: string },
): string {
  if (change.kind === 'cycle' && change.act !== 'adopt')
    throw DomainError.invalidField(
      'cycleId',
      'a new phase starts only from a PDSA cycle whose change was adopted',
    );
  const startsOn = phase.startsOnPeriod ?? (change.kind === 'cycle' ? (phase.cyclePeriod ?? null) : null);
  if (startsOn === null)
    throw DomainError.invalidField('startsOn', 'is required for a phase from a strategy of the plan');
  if (change.kind === 'cycle' && phase.cyclePeriod !== undefined && startsOn < phase.cyclePeriod)
    throw DomainError.invalidField('startsOn', 'is before the period the PDSA cycle started in');
  if (startsOn <= phase.chartFirstPeriod)
    throw DomainError.invalidField('startsOn', "is not after the chart's first period");
  if (startsOn > phase.today) throw DomainError.invalidField('startsOn', 'is in the future');
  return startsOn;
}

/** A measure's control chart as the page and the profile show it (IP5.1–IP5.8). */
export interface MeasureControlChart {
  type: ControlChartType;
  /** The type chosen from the measure, and why (IP5.1). */
  suggested: ControlChartType;
  reason: ChartTypeReason;
  /** The types the measure can be drawn as. */
  types: ControlChartType[];
  ruleSet: RuleSet;
  /** 100 for a percentage drawn as a P or P′ chart (IP5.2), 1 otherwise. */
  scale: number;
  analysis: ControlChartAnalysis;
}

/**
 * A measure's control chart (IP5): its type chosen from the measure's unit unless another is
 * picked (refused when the unit cannot be drawn so), Anhøj's rules unless IHI's are picked, the
 * centre and limits from the first `baseline` periods, and phases from the given positions.
 */
export function controlChartForMeasure(
  unit: MeasureUnit,
  points: readonly ControlInputPoint[],
  options: {
    type?: ControlChartType | undefined;
    ruleSet?: RuleSet | undefined;
    baseline?: number | undefined;
    phases?: readonly PhaseStart[];
  } = {},
): MeasureControlChart {
  const suggested = chooseChartType(unit, points);
  const type = options.type ?? suggested.type;
  checkChartType(unit, type);
  const ruleSet = options.ruleSet ?? 'anhoj';
  const scale = unit === 'percent' && type !== 'xmr' ? 100 : 1;
  return {
    type,
    suggested: suggested.type,
    reason: suggested.reason,
    types: [...chartTypesFor(unit)],
    ruleSet,
    scale,
    analysis: analyzeControlChart({
      type,
      points,
      scale,
      ruleSet,
      baseline: options.baseline,
      phases: options.phases ?? [],
    }),
  };
}
