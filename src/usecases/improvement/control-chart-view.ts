import {
  controlChartForMeasure,
  type ControlChartType,
  type MeasureControlChart,
  type PhaseStart,
  type RuleSet,
} from '../../core/improvement';
import type { MeasureSeries } from './read-measure';

export interface ControlChartOptions {
  /** The chart type the team picked; without it, the one chosen from the measure (IP5.1). */
  type?: ControlChartType | undefined;
  ruleSet?: RuleSet | undefined;
}

export type ControlChartView = MeasureControlChart;

/**
 * A measure series' control chart (IP5): the core's, around the series' baseline, with phases
 * from `phaseStarts` (positions in the series).
 */
export function controlChartOf(
  series: Pick<MeasureSeries, 'definition' | 'points' | 'baseline'>,
  options: ControlChartOptions,
  phaseStarts: readonly PhaseStart[] = [],
): ControlChartView {
  return controlChartForMeasure(series.definition.unit, series.points, {
    ...options,
    baseline: series.baseline ?? undefined,
    phases: phaseStarts,
  });
}
