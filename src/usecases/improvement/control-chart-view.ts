import {
  analyzeControlChart,
  chartTypesFor,
  checkChartType,
  chooseChartType,
  type ChartTypeReason,
  type ControlChartAnalysis,
  type ControlChartType,
  type PhaseStart,
  type RuleSet,
} from '../../core/improvement';
import type { MeasureSeries } from './read-measure';

export interface ControlChartOptions {
  /** The chart type the team picked; without it, the one chosen from the measure (IP5.1). */
  type?: ControlChartType | undefined;
  ruleSet?: RuleSet | undefined;
}

export interface ControlChartView {
  type: ControlChartType;
  /** The type chosen from the measure, and why (IP5.1). */
  suggested: ControlChartType;
  reason: ChartTypeReason;
  /** The types the measure can be drawn as. */
  types: ControlChartType[];
  ruleSet: RuleSet;
  /** 100 for a percentage, 1 otherwise (IP5.2). */
  scale: number;
  analysis: ControlChartAnalysis;
}

/**
 * A measure's control chart (IP5): its type chosen from the measure's unit unless the team
 * picked another, the centre and limits from the series' baseline, phases from `phaseStarts`
 * (positions in the series), flagged by the chosen rule set.
 */
export function controlChartOf(
  series: Pick<MeasureSeries, 'definition' | 'points' | 'baseline'>,
  options: ControlChartOptions,
  phaseStarts: readonly PhaseStart[] = [],
): ControlChartView {
  const unit = series.definition.unit;
  const suggested = chooseChartType(unit, series.points);
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
      points: series.points,
      scale,
      ruleSet,
      baseline: series.baseline ?? undefined,
      phases: phaseStarts,
    }),
  };
}
