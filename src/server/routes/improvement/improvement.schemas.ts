import { Type, type Static } from '@sinclair/typebox';
import {
  MEASURE_IDS,
  MEETING_KINDS,
  PDSA_ACTS,
  PERIOD_KINDS,
  RUN_CHART_SIGNALS,
  TRAINING_AUDIENCES,
} from '../../../core/improvement';
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

export const ProfileQuerystring = Type.Object({
  language: Type.Optional(
    Type.Union([Type.Literal('en'), Type.Literal('es')], {
      default: 'en',
      description: 'Language of the profile',
    }),
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

export const MeasureByRegionQuerystring = Type.Omit(MeasureQuerystring, ['regionId']);

export const MeasureByRegionReply = Type.Object({
  definition: MeasureDefinitionSchema,
  view: Literals(
    ['every-region', 'region-and-state'] as const,
    'Every region that has data (a state user), or your region beside the state',
  ),
  from: Type.String(),
  to: Type.String(),
  items: Type.Array(
    Type.Object({
      ...MeasureSeriesReply.properties,
      signalCount: Type.Integer({ description: 'How many signals the chart shows' }),
    }),
    { description: 'One chart per region; `region` null is the state' },
  ),
});

const Text = (maxLength: number, description: string) => Type.String({ maxLength, description });
const Version = Type.Integer({ minimum: 1, description: 'The version you read (409 when stale)' });

export const TeamMemberSchema = Type.Object({
  name: Text(120, 'Name'),
  title: Text(120, 'Title or role'),
});

export const CohortBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120, description: 'e.g. Cohort 4' }),
  startYear: Type.Integer({
    minimum: 2000,
    maximum: 2100,
    description: 'First program year (2023 for 2023–24)',
  }),
  endYear: Type.Integer({ minimum: 2000, maximum: 2100, description: 'Last program year' }),
});
export const CohortUpdateBody = Type.Composite([CohortBody, Type.Object({ version: Version })]);

export const TeamBody = Type.Object({
  cohortId: Uuid('The cohort'),
  regionId: Uuid('The region (subgrantee) of the team'),
  members: Type.Array(TeamMemberSchema, { maxItems: 40 }),
});
export const TeamUpdateBody = Type.Object({
  version: Version,
  members: Type.Array(TeamMemberSchema, { maxItems: 40 }),
});

export const MeetingBody = Type.Object({
  cohortId: Uuid('The cohort'),
  kind: Literals(MEETING_KINDS, 'A group session of the cohort, or a coaching call with one team'),
  teamId: Nullable(Uuid('The team of a coaching call; null for a session')),
  heldOn: CalendarDateSchema('The day it was held'),
  hours: Nullable(Type.Number({ minimum: 0.25, maximum: 12, description: 'Length in hours' })),
  agenda: Text(4000, 'Agenda'),
  attendance: Type.Array(Text(120, 'A name'), { maxItems: 80 }),
  notes: Text(8000, 'Notes'),
});
export const MeetingUpdateBody = Type.Composite([MeetingBody, Type.Object({ version: Version })]);

export const TrainingBody = Type.Object({
  regionId: Nullable(Uuid('The region whose training it is; null for a state training')),
  title: Type.String({ minLength: 1, maxLength: 200, description: 'Title' }),
  provider: Type.String({ minLength: 1, maxLength: 200, description: 'Who gave it' }),
  heldOn: CalendarDateSchema('The day it was given'),
  audience: Type.Array(Literals(TRAINING_AUDIENCES, 'An audience'), { minItems: 1, maxItems: 4 }),
  topic: Text(2000, 'Topic'),
  newRecruitersOnly: Type.Boolean({ description: 'For new recruiters only' }),
});
export const TrainingUpdateBody = Type.Composite([TrainingBody, Type.Object({ version: Version })]);

export const SavedReply = Type.Object({ id: Type.String(), version: Type.Integer() });

export const NetworkReply = Type.Object({
  cohorts: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      startYear: Type.Integer(),
      endYear: Type.Integer(),
      version: Type.Integer(),
      teams: Type.Array(
        Type.Object({
          id: Type.String(),
          cohortId: Type.String(),
          regionId: Type.String(),
          regionNumber: Type.Integer(),
          regionName: Type.String(),
          members: Type.Array(TeamMemberSchema),
          version: Type.Integer(),
        }),
      ),
    }),
  ),
  meetings: Type.Array(
    Type.Object({
      id: Type.String(),
      cohortId: Type.String(),
      teamId: Nullable(Type.String()),
      kind: Literals(MEETING_KINDS, 'Kind'),
      heldOn: Type.String(),
      hours: Nullable(Type.Number()),
      agenda: Type.String(),
      attendance: Type.Array(Type.String()),
      notes: Type.String(),
      version: Type.Integer(),
    }),
  ),
  trainings: Type.Array(
    Type.Object({
      id: Type.String(),
      regionId: Nullable(Type.String()),
      title: Type.String(),
      provider: Type.String(),
      heldOn: Type.String(),
      audience: Type.Array(Literals(TRAINING_AUDIENCES, 'Audience')),
      topic: Type.String(),
      newRecruitersOnly: Type.Boolean(),
      version: Type.Integer(),
    }),
  ),
  abilities: Type.Object({ manage: Type.Boolean() }),
});

export const AimBody = Type.Object({
  version: Type.Integer({ minimum: 0, description: '0 to create the project, else the version you read' }),
  measureId: Literals(MEASURE_IDS, 'The measure of the catalog'),
  what: Type.String({ minLength: 1, maxLength: 1000, description: 'What will improve' }),
  forWhom: Text(500, 'For whom'),
  target: Type.Number({ minimum: 0, maximum: 1000000, description: 'How much: the target value' }),
  by: CalendarDateSchema('By when'),
  baselineValue: Nullable(
    Type.Number({ minimum: 0, maximum: 1000000, description: 'The value it starts from' }),
  ),
  chartFrom: CalendarDateSchema('The run chart starts in the period holding this day'),
  baselinePeriods: Nullable(
    Type.Integer({ minimum: 1, maximum: 260, description: 'Freeze the median on these first periods' }),
  ),
});

export const ChangeIdeaBody = Type.Object({
  primaryDriver: Type.String({ minLength: 1, maxLength: 500, description: 'The primary driver' }),
  secondaryDriver: Text(500, 'The secondary driver'),
  idea: Type.String({ minLength: 1, maxLength: 2000, description: 'The change idea' }),
});

export const CycleBody = Type.Object({
  changeIdeaId: Nullable(Uuid('The change idea it tests')),
  startedOn: CalendarDateSchema('The day the cycle started'),
  plan: Type.String({ minLength: 1, maxLength: 4000, description: 'Plan' }),
  prediction: Type.String({ minLength: 1, maxLength: 2000, description: 'What you predict will happen' }),
  doNotes: Text(4000, 'Do: what happened'),
  study: Text(4000, 'Study: the result against the prediction'),
  act: Nullable(Literals(PDSA_ACTS, 'Act: adopt, adapt or abandon')),
});
export const CycleUpdateBody = Type.Composite([CycleBody, Type.Object({ version: Version })]);

export const ProjectReply = Type.Object({
  team: Type.Object({
    id: Type.String(),
    regionId: Type.String(),
    regionNumber: Type.Integer(),
    regionName: Type.String(),
  }),
  project: Nullable(
    Type.Object({
      id: Type.String(),
      measureId: Literals(MEASURE_IDS, 'Measure'),
      what: Type.String(),
      forWhom: Type.String(),
      target: Type.Number(),
      by: Type.String(),
      baselineValue: Nullable(Type.Number()),
      chartFrom: Type.String(),
      baselinePeriods: Nullable(Type.Integer()),
      version: Type.Integer(),
    }),
  ),
  changeIdeas: Type.Array(
    Type.Object({
      id: Type.String(),
      primaryDriver: Type.String(),
      secondaryDriver: Type.String(),
      idea: Type.String(),
    }),
  ),
  cycles: Type.Array(
    Type.Object({
      id: Type.String(),
      changeIdeaId: Nullable(Type.String()),
      startedOn: Type.String(),
      period: Type.String(),
      plan: Type.String(),
      prediction: Type.String(),
      doNotes: Type.String(),
      study: Type.String(),
      act: Nullable(Literals(PDSA_ACTS, 'Act')),
      version: Type.Integer(),
    }),
  ),
  series: Nullable(MeasureSeriesReply),
  abilities: Type.Object({ read: Type.Boolean(), manage: Type.Boolean() }),
});
