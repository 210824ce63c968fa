import { Type, type Static } from '@sinclair/typebox';
import { MEASURE_IDS, PERIOD_KINDS, RUN_CHART_SIGNALS } from '../../../core/improvement';
import { CalendarDateSchema, Literals, Nullable } from '../../schemas';

const Uuid = (description: string) => Type.String({ format: 'uuid', description });

export const MeasureDefinitionSchema = Type.Object({
  id: Literals(MEASURE_IDS, 'The measure'),
  period: Literals(PERIOD_KINDS, 'The period it is plotted by'),
  unit: Literals(['count', 'percent', 'rate'] as const, 'How its value reads'),
  higherIsBetter: Type.Boolean(),
});

export const MeasureCatalogReply = Type.Object({ items: Type.Array(MeasureDefinitionSchema) });

export const MeasureParams = Type.Object({ measure: Literals(MEASURE_IDS, 'The measure of the catalog') });

export const MeasureQuerystring = Type.Object({
  regionId: Type.Optional(Uuid('One region; without it, every region you reach')),
  from: CalendarDateSchema('The first period holds this day'),
  to: CalendarDateSchema('The last period holds this day'),
  baseline: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 260, description: 'Freeze the median on this many first periods' }),
  ),
});

export const RunChartAnalysisSchema = Type.Object({
  median: Type.Number(),
  baselineCount: Type.Integer(),
  useful: Type.Integer(),
  longestRun: Type.Integer(),
  longestRunLimit: Nullable(Type.Integer()),
  crossings: Type.Integer(),
  crossingsLimit: Nullable(Type.Integer()),
  signals: Type.Object(Object.fromEntries(RUN_CHART_SIGNALS.map((s) => [s, Type.Boolean()]))),
  shiftPoints: Type.Array(Type.Integer()),
  trendPoints: Type.Array(Type.Integer()),
});

export const MeasurePointSchema = Type.Object({
  start: Type.String({ description: 'First day of the period' }),
  label: Type.String(),
  value: Nullable(Type.Number()),
  numerator: Type.Integer(),
  denominator: Nullable(Type.Integer()),
  changeFromPriorYear: Type.Optional(Nullable(Type.Number())),
});

export const MeasureSeriesReply = Type.Object({
  definition: MeasureDefinitionSchema,
  region: Nullable(Type.Object({ id: Type.String(), number: Type.Integer(), name: Type.String() })),
  from: Type.String(),
  to: Type.String(),
  points: Type.Array(MeasurePointSchema),
  baseline: Nullable(Type.Integer()),
  analysis: Nullable(RunChartAnalysisSchema),
});
export type MeasureSeriesReplyType = Static<typeof MeasureSeriesReply>;
