/**
 * The rules that find non-random variation on a run chart (IP1.3–IP1.7), each a small pure
 * function of the series and its center line, so control charts can reuse the runs, the shift
 * and the trend.
 */
import { presentPoints, type SeriesPoint, type SeriesValue } from './series';

export type Side = 'above' | 'below';

/** A useful point (IP1.3): it has a value and is not on the center line. */
export interface UsefulPoint extends SeriesPoint {
  side: Side;
}

/** The points that are neither missing nor on the center line, in time order (IP1.3). */
export function usefulPoints(values: readonly SeriesValue[], center: number | null): UsefulPoint[] {
  if (center === null) return [];
  return presentPoints(values)
    .filter((p) => p.value !== center)
    .map((p) => ({ ...p, side: p.value > center ? 'above' : 'below' }));
}

/** The runs (IP1.4): maximal stretches of consecutive useful points on one side. */
export function runsOf(points: readonly UsefulPoint[]): UsefulPoint[][] {
  const runs: UsefulPoint[][] = [];
  for (const point of points) {
    const current = runs.at(-1);
    if (current && current[0]!.side === point.side) current.push(point);
    else runs.push([point]);
  }
  return runs;
}

/** How many times consecutive useful points change side (IP1.4). */
export function crossingsOf(points: readonly UsefulPoint[]): number {
  let crossings = 0;
  for (let i = 1; i < points.length; i++) if (points[i]!.side !== points[i - 1]!.side) crossings++;
  return crossings;
}

/** Anhøj's limits for `useful` useful points (IP1.5); null below two points. */
export interface AnhojLimits {
  longestRun: number | null;
  crossings: number | null;
}

/** The longest run expected by chance, and the fewest crossings (IP1.5). */
export function anhojLimits(useful: number): AnhojLimits {
  if (useful < 2) return { longestRun: null, crossings: null };
  return { longestRun: Math.round(Math.log2(useful) + 3), crossings: fewestCrossings(useful - 1) };
}

/**
 * The smallest `c` with P(X ≤ c) ≥ 0.05 for X ~ Binomial(trials, 1/2) (IP1.5), exactly: the sum
 * of the binomial coefficients C(trials, 0..c), times 20, reaches 2^trials.
 */
export function fewestCrossings(trials: number): number {
  const total = 2n ** BigInt(trials);
  let coefficient = 1n;
  let sum = 1n;
  let c = 0;
  while (sum * 20n < total) {
    coefficient = (coefficient * BigInt(trials - c)) / BigInt(c + 1);
    c++;
    sum += coefficient;
  }
  return c;
}

/** Shortest run that is a shift (IP1.6). */
export const SHIFT_LENGTH = 6;
/** Fewest counted points that make a trend (IP1.7). */
export const TREND_LENGTH = 5;

/** The positions of every point of every run of `minimum` or more (IP1.6), ascending. */
export function shiftPoints(runs: readonly UsefulPoint[][], minimum = SHIFT_LENGTH): number[] {
  return runs
    .filter((run) => run.length >= minimum)
    .flatMap((run) => run.map((p) => p.index))
    .sort((a, b) => a - b);
}

/**
 * The trends (IP1.7): stretches of points with a value each higher (or each lower) than the
 * last counted one. A point equal to the last counted one is not counted and does not break the
 * stretch; a missing period is skipped. When the direction turns, the turning point ends one
 * stretch and starts the next. Returns each stretch's counted positions.
 */
export function monotoneStretches(values: readonly SeriesValue[]): number[][] {
  const stretches: number[][] = [];
  let counted: SeriesPoint[] = [];
  let direction = 0;
  for (const point of presentPoints(values)) {
    const last = counted.at(-1);
    if (!last) {
      counted = [point];
      continue;
    }
    if (point.value === last.value) continue;
    const step = point.value > last.value ? 1 : -1;
    if (direction === 0 || step === direction) {
      counted.push(point);
    } else {
      stretches.push(counted.map((p) => p.index));
      counted = [last, point];
    }
    direction = step;
  }
  if (counted.length > 1) stretches.push(counted.map((p) => p.index));
  return stretches;
}

/** The positions of the counted points of every trend of `minimum` or more (IP1.7), once each. */
export function trendPoints(values: readonly SeriesValue[], minimum = TREND_LENGTH): number[] {
  const indices = new Set(
    monotoneStretches(values)
      .filter((s) => s.length >= minimum)
      .flat(),
  );
  return [...indices].sort((a, b) => a - b);
}
