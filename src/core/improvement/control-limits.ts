/**
 * The centre line and the 3-sigma limits of a control chart's phase (IP5.2–IP5.5): P charts for
 * proportions (limits that follow each point's denominator), Laney's P′ for large, over-dispersed
 * denominators, U charts for rates and XmR (individuals) charts for single values. Pure functions
 * of the points; the rules that read the limits are in control-rules.ts.
 */

/** The kinds of control chart (IP5.1). */
export const CONTROL_CHART_TYPES = ['p', 'p-prime', 'u', 'xmr'] as const;
export type ControlChartType = (typeof CONTROL_CHART_TYPES)[number];

export function isControlChartType(value: unknown): value is ControlChartType {
  return typeof value === 'string' && (CONTROL_CHART_TYPES as readonly string[]).includes(value);
}

/**
 * One period as a control chart reads it: a numerator over a denominator (P, P′, U), or a single
 * value (XmR). A period with a denominator of 0 or none, or without a value, has no point (IP5.2).
 */
export interface ControlInputPoint {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

/** A point's centre and limits, in the chart's scale; null where the point has none. */
export interface PointLimits {
  center: number | null;
  lower: number | null;
  upper: number | null;
}

/** The limits of one phase, computed from its baseline. */
export interface PhaseLimits {
  center: number | null;
  /** Per point of the phase, in order. */
  points: PointLimits[];
  /** XmR: the mean moving range of the baseline; P′: Laney's sigma of the z-scores. */
  spread: number | null;
  /** How many baseline points had a value (IP5.3). */
  baselineCount: number;
}

/** d2 for moving ranges of two: sigma is the mean moving range over 1.128 (IP5.5). */
export const D2 = 1.128;
/** Fewest baseline points with a value that give limits (IP5.3, design choice). */
export const MIN_LIMIT_POINTS = 2;
/** Fewer baseline points than this make the limits provisional (IP5.3). */
export const PROVISIONAL_BELOW = 20;

/** The value a point plots at, in the chart's scale; null for no point (IP5.2). */
export function plottedValue(type: ControlChartType, point: ControlInputPoint, scale: number): number | null {
  if (type === 'xmr') return point.value;
  const n = point.denominator;
  const x = point.numerator;
  if (n === null || n === undefined || n <= 0 || x === null || x === undefined) return null;
  return (scale * x) / n;
}

const NONE: PointLimits = { center: null, lower: null, upper: null };

/** The absolute differences between consecutive present values (missing ones skipped). */
export function movingRanges(values: readonly (number | null)[]): number[] {
  const present = values.filter((v): v is number => v !== null);
  const ranges: number[] = [];
  for (let i = 1; i < present.length; i++) ranges.push(Math.abs(present[i]! - present[i - 1]!));
  return ranges;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * The limits of one phase (IP5.2–IP5.5). `points` are the phase's periods; the first
 * `baseline` of them (all when undefined) give the centre and the spread; every point of the
 * phase gets limits from them. `scale` is 100 for a percentage, 1 otherwise.
 */
export function phaseLimits(
  type: ControlChartType,
  points: readonly ControlInputPoint[],
  baseline: number | undefined,
  scale: number,
): PhaseLimits {
  const base = points.slice(0, baseline ?? points.length);
  const plotted = base.map((p) => plottedValue(type, p, scale));
  const counted = plotted.filter((v) => v !== null).length;
  const empty: PhaseLimits = {
    center: null,
    points: points.map(() => NONE),
    spread: null,
    baselineCount: counted,
  };
  if (type === 'xmr') {
    if (counted === 0) return empty;
    const center = mean(plotted.filter((v): v is number => v !== null));
    const ranges = movingRanges(plotted);
    if (counted < MIN_LIMIT_POINTS)
      return { ...empty, center, points: points.map((p) => withCenter(p.value, center)) };
    const mr = mean(ranges);
    const half = (3 * mr) / D2;
    return {
      center,
      spread: mr,
      baselineCount: counted,
      points: points.map((p) =>
        p.value === null ? NONE : { center, lower: center - half, upper: center + half },
      ),
    };
  }
  // P, P′ and U: the centre is the baseline's total numerator over its total denominator.
  let sumX = 0;
  let sumN = 0;
  base.forEach((p, i) => {
    if (plotted[i] === null) return;
    sumX += p.numerator!;
    sumN += p.denominator!;
  });
  if (sumN === 0) return empty;
  const bar = sumX / sumN;
  const center = scale * bar;
  const sigmaOf = (n: number): number =>
    type === 'u' ? Math.sqrt(bar / n) : Math.sqrt((bar * (1 - bar)) / n);
  const valueOf = (p: ControlInputPoint) => plottedValue(type, p, scale);
  if (counted < MIN_LIMIT_POINTS)
    return { ...empty, center, points: points.map((p) => withCenter(valueOf(p), center)) };
  let sigmaZ = 1;
  if (type === 'p-prime') {
    // Laney (IP5.4): the z-scores of the baseline's points, their moving ranges, sigma_z.
    const z = base.map((p) => {
      const v = plottedValue(type, p, 1);
      const s = sigmaOf(p.denominator ?? 0);
      return v === null || s === 0 ? null : (v - bar) / s;
    });
    const ranges = movingRanges(z);
    sigmaZ = ranges.length === 0 ? 1 : mean(ranges) / D2;
  }
  const upperBound = type === 'u' ? Infinity : scale;
  return {
    center,
    spread: type === 'p-prime' ? sigmaZ : null,
    baselineCount: counted,
    points: points.map((p) => {
      if (valueOf(p) === null) return NONE;
      const half = scale * 3 * sigmaOf(p.denominator!) * sigmaZ;
      return { center, lower: Math.max(0, center - half), upper: Math.min(upperBound, center + half) };
    }),
  };
}

function withCenter(value: number | null, center: number): PointLimits {
  return value === null ? NONE : { center, lower: null, upper: null };
}
