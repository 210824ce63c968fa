/**
 * A run chart's analysis (IP1): the median of its baseline, the useful points, Anhøj's run and
 * crossing rules and IHI's shift and trend, as the run-chart contract prints them.
 */
import { DomainError } from '../common/domain-error';
import { baselineMedian, baselinePoints } from './baseline';
import { anhojLimits, crossingsOf, runsOf, shiftPoints, trendPoints, usefulPoints } from './run-rules';
import type { SeriesValue } from './series';

/** A series and, optionally, the number of first periods its median is frozen on (IP1.2). */
export interface RunChartInput {
  values: SeriesValue[];
  baseline?: number;
}

export type RunChartSignal = 'longestRun' | 'crossings' | 'shift' | 'trend';
export const RUN_CHART_SIGNALS: readonly RunChartSignal[] = ['longestRun', 'crossings', 'shift', 'trend'];

export interface RunChartAnalysis {
  median: number;
  /** How many baseline values the median is of (an even count averages the two middle ones). */
  baselineCount: number;
  useful: number;
  longestRun: number;
  longestRunLimit: number | null;
  crossings: number;
  crossingsLimit: number | null;
  signals: Record<RunChartSignal, boolean>;
  shiftPoints: number[];
  trendPoints: number[];
}

/** The signals a chart shows (IP1.5–IP1.7), in the order they are listed: shift, trend, long run, crossings. */
export function signalsFound(
  analysis: { signals: Partial<Record<RunChartSignal, boolean>> } | null,
): RunChartSignal[] {
  if (!analysis) return [];
  return (['shift', 'trend', 'longestRun', 'crossings'] as const).filter((s) => analysis.signals[s] === true);
}

/** Analyse a series (IP1.2–IP1.7). Throws when the baseline holds no value. */
export function analyzeRunChart(input: RunChartInput): RunChartAnalysis {
  const baseline = { length: input.baseline };
  const median = baselineMedian(input.values, baseline);
  if (median === null)
    throw DomainError.invalidField(
      input.baseline === undefined ? 'values' : 'baseline',
      'has no number to compute the median from',
    );
  const useful = usefulPoints(input.values, median);
  const runs = runsOf(useful);
  const longestRun = Math.max(0, ...runs.map((run) => run.length));
  const crossings = crossingsOf(useful);
  const limits = anhojLimits(useful.length);
  const shift = shiftPoints(runs);
  const trend = trendPoints(input.values);
  return {
    median,
    baselineCount: baselinePoints(input.values, baseline).length,
    useful: useful.length,
    longestRun,
    longestRunLimit: limits.longestRun,
    crossings,
    crossingsLimit: limits.crossings,
    signals: {
      longestRun: limits.longestRun !== null && longestRun > limits.longestRun,
      crossings: limits.crossings !== null && crossings < limits.crossings,
      shift: shift.length > 0,
      trend: trend.length > 0,
    },
    shiftPoints: shift,
    trendPoints: trend,
  };
}

/** Check that parsed JSON is a series as the contract takes it (IP1.1), naming the bad field. */
export function parseRunChartInput(json: unknown): RunChartInput {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw DomainError.invalidField('values', 'the file must be an object with a "values" array');
  const record = json as Record<string, unknown>;
  const values = record['values'];
  if (!Array.isArray(values)) throw DomainError.invalidField('values', 'is missing or not an array');
  if (values.length === 0) throw DomainError.invalidField('values', 'has no point');
  values.forEach((value, index) => {
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value)))
      throw DomainError.invalidField(`values[${index}]`, `${JSON.stringify(value)} is not a number or null`);
  });
  const baseline = record['baseline'];
  if (baseline !== undefined) {
    if (
      typeof baseline !== 'number' ||
      !Number.isInteger(baseline) ||
      baseline < 1 ||
      baseline > values.length
    )
      throw DomainError.invalidField(
        'baseline',
        `${JSON.stringify(baseline)} is not a whole number from 1 to ${values.length} (the length of values)`,
      );
  }
  const input: RunChartInput = { values: values as SeriesValue[] };
  if (baseline !== undefined) input.baseline = baseline;
  if (baselineMedian(input.values, { length: input.baseline }) === null)
    throw DomainError.invalidField(
      baseline === undefined ? 'values' : 'baseline',
      baseline === undefined ? 'has no number in it' : `the first ${baseline} values hold no number`,
    );
  return input;
}
