import { Type } from '@sinclair/typebox';
import {
  APPLICATION_KINDS,
  ENROLLMENT_REASONS,
  FUNDING_RESOURCES,
  SERVICE_COMPONENTS,
  SERVICE_TERMS,
} from '../../../core/services/service-records';
import { CalendarDateSchema, ListOf, Literals, Nullable, Paging, PeriodSchema } from '../../schemas';
import { FileField } from '../../uploads';

const Text = (description: string, maxLength = 200) => Type.String({ maxLength, description });
const OptionalText = (description: string, maxLength = 200) => Nullable(Text(description, maxLength));
/** Instrument scores: numeric(12,2) holds up to ten digits before the point. */
const Score = (description: string) => Type.Number({ minimum: -1e9, maximum: 1e9, description });

const Term = Literals(SERVICE_TERMS, 'RSY (regular school year), SUMMER or INTERSESSION');
const Reason = Literals(ENROLLMENT_REASONS, 'Why the child is enrolled');
const TestKind = Literals(['pre', 'post'] as const, 'Pre or post test');
const Level = Type.Object(
  {
    label: Text('The level’s name', 80),
    from: Score('Lowest score of the level'),
    to: Score('Highest score of the level'),
  },
  { additionalProperties: false },
);

const serviceFields = {
  code: Type.String({ minLength: 1, maxLength: 60, description: "The service's id in the region's records" }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  term: Term,
  site: OptionalText('Where the service takes place'),
  districtId: Nullable(
    Type.String({ format: 'uuid', description: 'The district that provides it; null: the region' }),
  ),
  startDate: CalendarDateSchema('Planned start'),
  endDate: CalendarDateSchema('Planned end'),
  actualStartDate: Nullable(CalendarDateSchema('Actual start')),
  actualEndDate: Nullable(CalendarDateSchema('Actual end')),
  fundingResource: Nullable(Literals(FUNDING_RESOURCES, 'Funding resource')),
  applicationKind: Nullable(Literals(APPLICATION_KINDS, 'The application it comes from')),
  applicationLine: OptionalText('The line of that application'),
  mpos: Type.Array(Type.String({ maxLength: 20 }), { maxItems: 50, description: 'MPO numbers of the plan' }),
  strategies: Type.Array(Type.String({ maxLength: 20 }), {
    maxItems: 50,
    description: 'Strategy numbers of the plan',
  }),
  components: Type.Array(Literals(SERVICE_COMPONENTS, 'Service component'), {
    maxItems: SERVICE_COMPONENTS.length,
  }),
  pdRequired: Type.Boolean({ description: 'Professional development must come first' }),
  instrumentName: OptionalText('The pre/post instrument'),
  instrumentMin: Score('Lowest score of the instrument'),
  instrumentMax: Score('Highest score of the instrument'),
  higherIsBetter: Type.Boolean({ description: 'Whether a higher score is better' }),
  instrumentLevels: Type.Array(Level, { maxItems: 20 }),
  sessionMinutes: Nullable(
    Type.Integer({ minimum: 1, maximum: 600, description: "A session's usual length" }),
  ),
  stateServiceCode: OptionalText("The state's service code", 60),
};

export const CreateServiceBody = Type.Object(
  {
    ...serviceFields,
    regionId: Type.Optional(
      Type.String({ format: 'uuid', description: 'The region it belongs to; yours by default' }),
    ),
  },
  { additionalProperties: false },
);
export const UpdateServiceBody = Type.Object(
  { ...serviceFields, version: Type.Integer({ minimum: 1, description: 'The version you read' }) },
  { additionalProperties: false },
);

export const ServiceReply = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  regionId: Type.String(),
  regionNumber: Type.Integer(),
  regionName: Type.String(),
  districtId: Nullable(Type.String()),
  districtName: Nullable(Type.String()),
  planVersionId: Nullable(Type.String()),
  term: Term,
  site: Nullable(Type.String()),
  startDate: Type.String(),
  endDate: Type.String(),
  actualStartDate: Nullable(Type.String()),
  actualEndDate: Nullable(Type.String()),
  fundingResource: Nullable(Type.String()),
  applicationKind: Nullable(Type.String()),
  applicationLine: Nullable(Type.String()),
  mpos: Type.Array(Type.String()),
  strategies: Type.Array(Type.String()),
  components: Type.Array(Type.String()),
  pdRequired: Type.Boolean(),
  instrumentName: Nullable(Type.String()),
  instrumentMin: Type.Number(),
  instrumentMax: Type.Number(),
  higherIsBetter: Type.Boolean(),
  instrumentLevels: Type.Array(Type.Object({ label: Type.String(), from: Type.Number(), to: Type.Number() })),
  sessionMinutes: Nullable(Type.Integer()),
  stateServiceCode: Nullable(Type.String()),
  enrolled: Type.Integer({ description: 'Children enrolled' }),
  version: Type.Integer(),
  abilities: Type.Object({ read: Type.Boolean(), manage: Type.Boolean(), record: Type.Boolean() }),
});
export const ServicesReply = ListOf(ServiceReply);

export const ServiceDetailReply = Type.Intersect([
  ServiceReply,
  Type.Object({
    activity: Type.Object({
      enrolled: Type.Integer(),
      attendanceRows: Type.Integer(),
      minutes: Type.Integer(),
      hours: Type.Number(),
      sessionDates: Type.Integer({ description: 'Dates attendance was taken' }),
      childrenAttended: Type.Integer(),
      tests: Type.Integer(),
    }),
    mappedStateServiceCode: Nullable(
      Type.String({
        description: "The state code the region's service code map gives its code on its start date",
      }),
    ),
  }),
]);

export const ServicesQuery = Type.Object({
  period: Type.Optional(PeriodSchema('A performance period')),
  term: Type.Optional(Term),
  regionId: Type.Optional(Type.String({ format: 'uuid' })),
  districtId: Type.Optional(Type.String({ format: 'uuid', description: 'The providing district' })),
  ...Paging,
});

export const ServiceParams = Type.Object({
  serviceId: Type.String({ format: 'uuid', description: 'The service' }),
});
export const DeleteServiceQuery = Type.Object({
  version: Type.Integer({ minimum: 1, description: 'The version you read' }),
});

export const EnrollBody = Type.Object(
  {
    studentId: Type.String({ minLength: 1, maxLength: 40, description: 'The state student number' }),
    enrolledOn: CalendarDateSchema('Enrollment date'),
    reason: Reason,
  },
  { additionalProperties: false },
);
export const EnrollReply = Type.Object({
  enrollmentId: Type.Integer(),
  studentId: Type.String(),
  enrolledOn: Type.String(),
  reason: Reason,
});
const ScoreOn = Nullable(Type.Object({ testId: Type.Integer(), score: Type.Number(), date: Type.String() }));
export const EnrollmentsReply = Type.Object({
  items: Type.Array(
    Type.Object({
      enrollmentId: Type.Integer(),
      studentId: Type.String(),
      childId: Nullable(Type.String()),
      name: Nullable(Type.String({ description: "The child's name when Ciclo knows the child" })),
      enrolledOn: Type.String(),
      reason: Nullable(Reason),
      minutes: Type.Integer(),
      hours: Type.Number(),
      sessions: Type.Integer(),
      pre: ScoreOn,
      post: ScoreOn,
      tests: Type.Array(
        Type.Object({
          id: Type.Integer(),
          kind: TestKind,
          date: Type.String(),
          score: Type.Number(),
        }),
      ),
    }),
  ),
});
export const EnrollmentParams = Type.Object({
  serviceId: Type.String({ format: 'uuid' }),
  enrollmentId: Type.Integer({ minimum: 1 }),
});

export const SheetParams = Type.Object({
  serviceId: Type.String({ format: 'uuid' }),
  date: CalendarDateSchema('The date of the sheet'),
});
export const SaveSheetBody = Type.Object(
  {
    present: Type.Array(
      Type.Object(
        {
          studentId: Type.String({ minLength: 1, maxLength: 40 }),
          minutes: Type.Integer({ minimum: 1, maximum: 600, description: 'Minutes attended' }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 2000, description: 'The children present; every other child enrolled was absent' },
    ),
    revision: Type.String({
      minLength: 1,
      maxLength: 64,
      description:
        'The revision of the sheet as read: a sheet saved by someone else since is refused with 409',
    }),
  },
  { additionalProperties: false },
);
export const SheetReply = Type.Object({
  serviceId: Type.String(),
  serviceName: Type.String(),
  date: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  sessionMinutes: Nullable(Type.Integer()),
  canRecord: Type.Boolean(),
  takenOn: Type.Array(Type.Object({ date: Type.String(), present: Type.Integer() })),
  revision: Type.String({ description: 'Changes whenever the sheet of this date is saved' }),
  children: Type.Array(
    Type.Object({
      enrollmentId: Type.Integer(),
      studentId: Type.String(),
      name: Nullable(Type.String()),
      enrolledOn: Type.String(),
      minutes: Nullable(Type.Integer({ description: 'null: absent' })),
    }),
  ),
});

export const ImportFileBody = Type.Object(
  { file: FileField('A .csv (UTF-8) or .xlsx file (its first sheet)') },
  { additionalProperties: false },
);
export const AttendanceImportReply = Type.Object({
  rows: Type.Integer(),
  children: Type.Integer(),
  dates: Type.Integer(),
  minutes: Type.Integer(),
});
export const TestImportReply = Type.Object({
  rows: Type.Integer(),
  children: Type.Integer(),
  pre: Type.Integer(),
  post: Type.Integer(),
});

export const TestBody = Type.Object(
  {
    studentId: Type.String({ minLength: 1, maxLength: 40 }),
    kind: TestKind,
    date: CalendarDateSchema('Test date'),
    score: Score('The score, at most two decimals'),
  },
  { additionalProperties: false },
);
export const TestReply = Type.Object({ testId: Type.Integer() });
export const TestParams = Type.Object({
  serviceId: Type.String({ format: 'uuid' }),
  testId: Type.Integer({ minimum: 1 }),
});

const Mapping = Type.Object({
  localCode: Type.String(),
  stateCode: Type.String(),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
});
export const CodeMapQuery = Type.Object({ regionId: Type.Optional(Type.String({ format: 'uuid' })) });
export const CodeMapReply = Type.Object({
  regionId: Type.String(),
  canManage: Type.Boolean(),
  items: Type.Array(Mapping),
});
export const CodeMappingReply = Mapping;
export const AddCodeMappingBody = Type.Object(
  {
    regionId: Type.Optional(Type.String({ format: 'uuid' })),
    localCode: Type.String({ minLength: 1, maxLength: 60, description: "The region's code" }),
    stateCode: Type.String({ minLength: 1, maxLength: 60, description: "The state's service code" }),
    validFrom: CalendarDateSchema('First day the mapping applies'),
    validTo: Nullable(CalendarDateSchema('Last day it applies')),
  },
  { additionalProperties: false },
);
export const EndCodeMappingBody = Type.Object(
  {
    regionId: Type.Optional(Type.String({ format: 'uuid' })),
    localCode: Type.String({ minLength: 1, maxLength: 60 }),
    validFrom: CalendarDateSchema('The mapping’s first day'),
    validTo: CalendarDateSchema('Its last day'),
  },
  { additionalProperties: false },
);
