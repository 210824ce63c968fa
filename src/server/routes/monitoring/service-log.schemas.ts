import { Type } from '@sinclair/typebox';
import {
  ADJUSTMENT_KINDS,
  ADJUSTMENT_STATUSES,
  CHECK_RESULTS,
} from '../../../core/monitoring/service-monitoring';
import { Literals, Nullable } from '../../schemas';

const YearMonth = Type.String({
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
  description: 'A month of the log: 2026-11',
});

const Confirmed = (description: string) => Nullable(Literals(CHECK_RESULTS, description));
const Suggested = (description: string) =>
  Literals(
    [...CHECK_RESULTS, 'unknown'] as const,
    `${description}, as the records say (unknown: they do not say)`,
  );

export const ServiceLogQuery = Type.Object(
  {
    regionId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'The region; yours when left out (district staff: your district’s)',
      }),
    ),
    month: Type.Optional(YearMonth),
  },
  { additionalProperties: false },
);

const checks = {
  startedOnTime: 'The service started on time according to the application',
  asDescribed: 'The service is implemented as described in the application',
  attendance: 'Attendance reviewed and at the plan (80 % of the planned minutes or more)',
  tests: 'Pre/post tests administered and their data reviewed',
} as const;

const entryFields = {
  startedOnTime: Confirmed(checks.startedOnTime),
  asDescribed: Confirmed(checks.asDescribed),
  attendance: Confirmed(checks.attendance),
  tests: Confirmed(checks.tests),
  adjustmentKind: Literals(ADJUSTMENT_KINDS, 'The adjustment made after reviewing attendance'),
  adjustmentStatus: Nullable(
    Literals(ADJUSTMENT_STATUSES, 'Where a budget revision or CDE pre-approval stands; null with none'),
  ),
  note: Type.String({
    maxLength: 2000,
    description: 'Why a result differs from the records, or anything noticed',
  }),
};

export const ServiceLogEntryBody = Type.Object(
  {
    month: YearMonth,
    version: Nullable(
      Type.Integer({ minimum: 1, description: 'The version you read; null before there was one' }),
    ),
    ...entryFields,
  },
  { additionalProperties: false },
);

export const ServiceLogItemReply = Type.Object({
  service: Type.Object({
    id: Type.String(),
    code: Type.String({ description: "The service's id in the region's records" }),
    name: Type.String(),
    regionId: Type.String(),
    districtId: Nullable(Type.String({ description: 'The district that provides it; null: the region' })),
    districtName: Nullable(Type.String()),
    term: Type.String(),
    applicationKind: Nullable(Type.String({ description: 'The application that funds it' })),
    applicationLine: Nullable(Type.String()),
  }),
  facts: Type.Object(
    {
      plannedStart: Type.String(),
      plannedEnd: Type.String(),
      actualStart: Nullable(Type.String()),
      enrolled: Type.Integer({ description: 'Children enrolled by the as-of date' }),
      attendedMinutes: Type.Integer(),
      plannedMinutes: Nullable(Type.Integer({ description: 'Null when the service has no session length' })),
      withoutPreTest: Type.Integer(),
      withoutPostTest: Type.Integer(),
    },
    { description: 'What the records say as of the as-of date' },
  ),
  suggestion: Type.Object({
    startedOnTime: Suggested(checks.startedOnTime),
    asDescribed: Suggested(checks.asDescribed),
    attendance: Suggested(checks.attendance),
    tests: Suggested(checks.tests),
    daysLate: Type.Integer(),
    attendanceRate: Nullable(Type.Number({ description: 'Attended ÷ planned minutes' })),
    postTestDue: Type.Boolean({
      description: 'Whether the service has ended, so a missing post test counts',
    }),
  }),
  entry: Nullable(
    Type.Object({
      ...entryFields,
      version: Type.Integer(),
      savedByEmail: Nullable(Type.String()),
      savedAt: Type.String(),
    }),
  ),
  needsAttention: Type.Boolean({ description: 'A check not met, or an adjustment not yet approved' }),
  abilities: Type.Object({ read: Type.Boolean(), confirm: Type.Boolean() }),
});

export const ServiceLogReply = Type.Object({
  regionId: Type.String(),
  regionName: Type.String(),
  month: Type.String(),
  asOf: Type.String({ description: "The day the month's facts are read at: its last day, or today" }),
  services: Type.Array(ServiceLogItemReply),
});
