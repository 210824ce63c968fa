import type { Static } from '@sinclair/typebox';
import type {
  MeasureCatalogReply,
  MeasureSeriesReply,
  RunChartAnalysisSchema,
} from '../../../server/routes/improvement/improvement.schemas';

export type MeasureSeries = Static<typeof MeasureSeriesReply>;
export type MeasureCatalog = Static<typeof MeasureCatalogReply>;
export type RunChartAnalysis = Static<typeof RunChartAnalysisSchema>;
export type MeasureId = MeasureCatalog['items'][number]['id'];

/** One point as the chart draws it: its value, and whether a rule flagged it (IP1.6, IP1.7). */
export interface ChartPoint {
  label: string;
  value: number | null;
  flagged: boolean;
}

/** The chart's points: a point is flagged when it belongs to a shift or a trend. */
export function chartPoints(
  points: MeasureSeries['points'],
  analysis: RunChartAnalysis | null,
): ChartPoint[] {
  const flagged = new Set([...(analysis?.shiftPoints ?? []), ...(analysis?.trendPoints ?? [])]);
  return points.map((p, index) => ({ label: p.label, value: p.value, flagged: flagged.has(index) }));
}
