import { Type } from '@sinclair/typebox';
import { ASSESSMENT_SUBJECTS } from '../../../core/services/assessment-levels';
import {
  SCHOOL_STATUS_KINDS,
  SCHOOL_STATUS_NOTE_MAX,
  SERVICE_ORDER_GROUPS,
} from '../../../core/services/priority-for-services';
import { SERVICE_TERMS } from '../../../core/services/service-records';
import { CalendarDateSchema, Literals, Nullable, PeriodSchema } from '../../schemas';
import { SettingVersion, SettingVersionRead } from '../../setting-version';
import { ChildSummary } from '../children/children.schemas';

const Term = Literals(SERVICE_TERMS, 'RSY (regular school year), SUMMER or INTERSESSION');
const Day = Type.String({ format: 'date' });

const MonthDay = Type.String({ pattern: '^[0-9]{2}-[0-9]{2}$', description: 'A day of the year, MM-DD' });
const Levels = Type.Array(Type.Integer({ minimum: 1, maximum: 3 }), {
  maxItems: 3,
  description: 'The levels that make a child at risk (1 to 3)',
});

export const PfsSettingsSchema = Type.Object(
  {
    interruptionWindows: Type.Array(
      Type.Object({ from: MonthDay, to: MonthDay }, { additionalProperties: false }),
      {
        maxItems: 12,
        description:
          "The regular school year's windows in which a qualifying move or a withdrawal interrupts schooling; empty: the federal recent move is enough",
      },
    ),
    withdrawalInterrupts: Type.Boolean({
      description: 'Whether a withdrawal from school in a window interrupts schooling',
    }),
    atRiskLevels: Type.Object(
      { ELA: Levels, MATH: Levels, ELPAC: Levels },
      {
        additionalProperties: false,
        description: 'Per state assessment, the levels that make a child at risk',
      },
    ),
    creditDeficiency: Type.Boolean({
      description: 'Whether a recorded credit deficiency makes a child at risk',
    }),
  },
  { additionalProperties: false, description: 'The state’s Priority for Services criteria' },
);

/** A change of the criteria: the criteria, at the version read. */
export const ChangePfsSettingsBody = Type.Object(
  { ...PfsSettingsSchema.properties, version: SettingVersion },
  { additionalProperties: false },
);

export const PfsSettingsReply = Type.Object({
  settings: PfsSettingsSchema,
  version: SettingVersionRead,
  california: PfsSettingsSchema,
  source: Type.String({ description: 'Where California’s criteria come from' }),
});

const Criterion = Type.Union(
  [
    Type.Object({ kind: Type.Literal('recentMove'), qad: Day }),
    Type.Object({
      kind: Type.Literal('interruption'),
      by: Literals(['move', 'withdrawal'] as const, 'What interrupted schooling'),
      date: Day,
    }),
    Type.Object({
      kind: Type.Literal('assessment'),
      subject: Literals(ASSESSMENT_SUBJECTS, 'The state assessment'),
      schoolYear: Type.String(),
      level: Type.Integer(),
    }),
    Type.Object({
      kind: Literals(['creditDeficient', 'droppedOut'] as const, 'The school status'),
      statusId: Type.String(),
      from: Day,
      to: Nullable(Day),
    }),
  ],
  { description: 'A criterion the child meets, with its evidence' },
);

export const SchoolStatusReply = Type.Object({
  id: Type.String(),
  kind: Literals(SCHOOL_STATUS_KINDS, 'credit_deficient or dropped_out'),
  startsOn: Day,
  endsOn: Nullable(Day),
  note: Type.String(),
  recordedAt: Type.String({ format: 'date-time' }),
});

export const ChildPfsQuery = Type.Object({
  on: Type.Optional(CalendarDateSchema('The day PFS is determined on (default: today)')),
});

export const ChildPfsReply = Type.Object({
  on: Day,
  isPfs: Type.Boolean({ description: 'Whether the child is Priority for Services on that day' }),
  criteria: Type.Array(Criterion, {
    description: 'Every criterion met, also when they do not add up to PFS',
  }),
  group: Literals(SERVICE_ORDER_GROUPS, 'The child’s group in the order of service'),
  statuses: Type.Array(SchoolStatusReply),
  canRecord: Type.Boolean({ description: 'Whether you may record and remove school statuses' }),
});

export const RecordSchoolStatusBody = Type.Object(
  {
    kind: Literals(SCHOOL_STATUS_KINDS, 'credit_deficient (high school) or dropped_out'),
    startsOn: CalendarDateSchema('The first day it is in force'),
    endsOn: Type.Optional(Nullable(CalendarDateSchema('Its last day, once over'))),
    note: Type.Optional(
      Type.String({ maxLength: SCHOOL_STATUS_NOTE_MAX, description: 'Where it is documented' }),
    ),
  },
  { additionalProperties: false },
);

export const PfsListQuery = Type.Object({
  period: PeriodSchema('The performance period'),
  term: Term,
  regionId: Type.String({ format: 'uuid', description: 'The region (subgrantee)' }),
  notServed: Type.Optional(Type.Boolean({ description: 'Only the PFS children not served yet' })),
});

export const PfsListExportQuery = Type.Object({
  ...PfsListQuery.properties,
  format: Type.Optional(Literals(['csv', 'xlsx'] as const, 'csv (default) or xlsx')),
});

export const PfsListReply = Type.Object({
  region: Type.Object({ id: Type.String(), number: Type.Integer(), name: Type.String() }),
  period: Type.String(),
  term: Term,
  termDates: Type.Object({ from: Day, to: Day }),
  on: Type.String({ format: 'date', description: 'The day PFS is determined on' }),
  eligible: Type.Integer({ description: 'Children of the region eligible during the term' }),
  pfs: Type.Integer({ description: 'Of them, Priority for Services' }),
  served: Type.Integer({ description: 'PFS children enrolled in a service of the region of the term' }),
  servedPercent: Nullable(Type.Number({ description: '100 × served / pfs, one decimal' })),
  rows: Type.Array(
    Type.Object({
      studentId: Type.String(),
      child: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
      birthDate: Day,
      criteria: Type.Array(Criterion),
      served: Type.Boolean(),
    }),
  ),
});

export const EnrollmentCandidatesQuery = Type.Object({
  serviceId: Type.String({ format: 'uuid', description: 'The service to enroll in' }),
  q: Type.String({ minLength: 1, maxLength: 100, description: 'Words of a name, or a student number' }),
});

export const EnrollmentCandidatesReply = Type.Object({
  items: Type.Array(
    Type.Object({
      ...ChildSummary.properties,
      group: Literals(SERVICE_ORDER_GROUPS, 'The child’s group in the order of service (pfs first)'),
    }),
  ),
});
