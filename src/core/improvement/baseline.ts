/**
 * The baseline of a chart (IP1.2): the periods its center line is computed from. Without a
 * frozen baseline it is the whole series; frozen, it is the first `length` periods, and the
 * later periods are judged against it. A phase is a stretch of periods with its own center line;
 * a run chart has one phase, whose center comes from its baseline.
 */
import { medianOf, presentPoints, type SeriesPoint, type SeriesValue } from './series';

/** The first `length` periods of a series (all of them when `length` is undefined). */
export interface Baseline {
  /** Number of periods, counted from the first; undefined: the whole series. */
  length?: number;
}

/** A stretch of periods `[start, end)` of a series with its own center line. */
export interface Phase {
  start: number;
  end: number;
  center: number | null;
}

/** The periods of the baseline that have a value (IP1.2). */
export function baselinePoints(values: readonly SeriesValue[], baseline: Baseline = {}): SeriesPoint[] {
  const end = baseline.length === undefined ? values.length : Math.min(baseline.length, values.length);
  return presentPoints(values.slice(0, end));
}

/** The median of the baseline's values (IP1.2); null when the baseline has no value. */
export function baselineMedian(values: readonly SeriesValue[], baseline: Baseline = {}): number | null {
  return medianOf(baselinePoints(values, baseline).map((p) => p.value));
}

/** The run chart's single phase: the whole series around the baseline's median. */
export function runChartPhase(values: readonly SeriesValue[], baseline: Baseline = {}): Phase {
  return { start: 0, end: values.length, center: baselineMedian(values, baseline) };
}
