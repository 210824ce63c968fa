import { Type } from '@sinclair/typebox';
import { CONTROL_CHART_TYPES, RULE_SETS } from '../../../core/improvement';
import { CalendarDateSchema, Literals, Nullable } from '../../schemas';
import { MeasureQuerystring, MeasureSeriesReply } from './improvement.schemas';

const RULES = ['outside', 'longestRun', 'crossings', 'shift', 'trend'] as const;
const Rule = Literals(RULES, 'A rule that fired');

export const ControlChartQuery = {
  type: Type.Optional(
    Literals(CONTROL_CHART_TYPES, "The chart type; without it, the one chosen from the measure's unit"),
  ),
  ruleSet: Type.Optional(Literals(RULE_SETS, "The rules: Anhøj's (the default) or IHI's")),
};

export const ControlChartQuerystring = Type.Object(ControlChartQuery);
export const MeasureControlChartQuerystring = Type.Object({
  ...MeasureQuerystring.properties,
  ...ControlChartQuery,
});

export const ControlChartSchema = Type.Object({
  type: Literals(CONTROL_CHART_TYPES, 'The chart type drawn'),
  suggested: Literals(CONTROL_CHART_TYPES, "The chart type chosen from the measure's unit"),
  reason: Literals(
    ['proportion', 'overdispersed', 'rate', 'single-value'] as const,
    'Why that type was chosen',
  ),
  types: Type.Array(Literals(CONTROL_CHART_TYPES, 'A chart type'), {
    description: 'The types it can be drawn as',
  }),
  ruleSet: Literals(RULE_SETS, 'The rule set applied'),
  scale: Type.Number({ description: '100 for a percentage, 1 otherwise' }),
  analysis: Type.Object({
    type: Literals(CONTROL_CHART_TYPES, 'The chart type'),
    ruleSet: Literals(RULE_SETS, 'The rule set'),
    phases: Type.Array(
      Type.Object({
        start: Type.Integer(),
        end: Type.Integer(),
        center: Nullable(Type.Number()),
        baselineCount: Type.Integer(),
        provisional: Type.Boolean(),
        spread: Nullable(Type.Number()),
        fired: Type.Array(Rule),
        longestRun: Type.Integer(),
        longestRunLimit: Nullable(Type.Integer()),
        crossings: Type.Integer(),
        crossingsLimit: Nullable(Type.Integer()),
      }),
    ),
    points: Type.Array(
      Type.Object({
        index: Type.Integer(),
        value: Nullable(Type.Number()),
        center: Nullable(Type.Number()),
        lower: Nullable(Type.Number()),
        upper: Nullable(Type.Number()),
        phase: Type.Integer(),
        rules: Type.Array(Rule),
      }),
    ),
    signals: Type.Array(Rule, { description: 'The rules fired in the last phase' }),
  }),
});

export const MeasureControlChartReply = Type.Object({
  series: MeasureSeriesReply,
  chart: Nullable(ControlChartSchema),
});

export const ProjectControlChartReply = Type.Object({
  chart: Nullable(ControlChartSchema),
  phases: Type.Array(
    Type.Object({
      id: Type.String(),
      startsOn: Type.String(),
      index: Nullable(Type.Integer()),
      cycleId: Nullable(Type.String({ description: 'The adopted PDSA cycle it starts from' })),
      strategy: Nullable(Type.String({ description: 'The strategy of the plan it starts from' })),
      note: Type.String(),
    }),
  ),
});

export const PhaseBody = Type.Object({
  cycleId: Type.Optional(
    Type.String({
      format: 'uuid',
      description: 'The PDSA cycle whose change the team adopted; or else strategy',
    }),
  ),
  strategy: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 20,
      description: 'The number of a strategy of the plan in force',
    }),
  ),
  startsOn: Type.Optional(
    CalendarDateSchema('A day of the period the new phase starts at; the cycle’s start when left out'),
  ),
  note: Type.Optional(Type.String({ maxLength: 2000, description: 'Why the process changed' })),
});
