/**
 * The eligibility interview and its determination, as JSON schemas (the formats of
 * docs/rules/coe-and-interview-format.md). One definition serves the engine's validation,
 * the API's request/response schemas and the OpenAPI document.
 */
import { Type, type Static } from '@sinclair/typebox';

export const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
const DateString = Type.String({ pattern: DATE_PATTERN, description: 'A calendar date, YYYY-MM-DD.' });
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
const Id = Type.String({ pattern: ID_PATTERN });
const CountryCode = Type.String({ pattern: '^[A-Z]{2}$' });
const Sector = Type.Union([Type.Literal('agricultural'), Type.Literal('fishing')]);
const strict = { additionalProperties: false } as const;

export const EligibilitySettingsSchema = Type.Object(
  {
    soonAfterDays: Type.Optional(Type.Integer({ minimum: 0 })),
    toJoinMaxMonths: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
    precedeMaxMonths: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
    recentHistoryMinMoves: Type.Optional(Type.Integer({ minimum: 1 })),
    recentHistoryLookbackMonths: Type.Optional(Type.Integer({ minimum: 1 })),
    singleDistrictStates: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }))),
    feb29Anniversary: Type.Optional(Type.Union([Type.Literal('feb-28'), Type.Literal('mar-1')])),
  },
  strict,
);

const PriorQualifyingMoveSchema = Type.Object(
  { date: DateString, sector: Sector, description: Type.Optional(Type.String()) },
  strict,
);

const WorkerSchema = Type.Object(
  {
    id: Id,
    name: Type.Optional(Type.String()),
    priorQualifyingMoves: Type.Optional(Type.Array(PriorQualifyingMoveSchema)),
  },
  strict,
);

const RelationSchema = Type.Union([
  Type.Literal('parent'),
  Type.Literal('guardian'),
  Type.Literal('spouse'),
  Type.Literal('other'),
]);

const ChildSchema = Type.Object(
  {
    id: Id,
    name: Type.Optional(Type.String()),
    birthDate: DateString,
    isWorker: Type.Optional(Type.Boolean()),
    priorQualifyingMoves: Type.Optional(Type.Array(PriorQualifyingMoveSchema)),
    workers: Type.Optional(Type.Array(Type.Object({ worker: Id, relation: RelationSchema }, strict))),
    completion: Type.Optional(
      Type.Object(
        {
          type: Type.Union([Type.Literal('diploma'), Type.Literal('hse')]),
          date: DateString,
          country: Type.Optional(CountryCode),
          stillEntitledUnderStateLaw: Type.Optional(Type.Boolean()),
        },
        strict,
      ),
    ),
    priorQad: Type.Optional(DateString),
  },
  strict,
);

const PlaceSchema = Type.Object(
  {
    residence: Type.String({ minLength: 1 }),
    schoolDistrict: Type.Optional(Type.String({ minLength: 1 })),
    administrativeArea: Type.Optional(Type.String()),
    city: Type.Optional(Type.String()),
    state: Type.Optional(Type.String()),
    country: Type.Optional(CountryCode),
  },
  strict,
);

const WorkSchema = Type.Object(
  {
    worker: Id,
    outcome: Type.Union([Type.Literal('obtained'), Type.Literal('sought')]),
    sector: Type.Union([Type.Literal('agricultural'), Type.Literal('fishing'), Type.Literal('other')]),
    employment: Type.Optional(
      Type.Union([
        Type.Literal('seasonal'),
        Type.Literal('temporary'),
        Type.Literal('permanent'),
        Type.Literal('personal-subsistence'),
      ]),
    ),
    startDate: Type.Optional(DateString),
    isNew: Type.Optional(Type.Boolean()),
    expectedDurationMonths: Type.Optional(Type.Number({ minimum: 0 })),
    description: Type.Optional(Type.String()),
  },
  strict,
);

const LinkSchema = Type.Object(
  {
    child: Id,
    type: Type.Union([Type.Literal('to-join'), Type.Literal('precede')]),
    worker: Id,
    workerMove: Id,
  },
  strict,
);

const MoveSchema = Type.Object(
  {
    id: Id,
    date: DateString,
    from: PlaceSchema,
    to: PlaceSchema,
    movers: Type.Array(Id, { minItems: 1, description: 'Everyone who made this move together (each once).' }),
    economicNecessity: Type.Boolean(),
    links: Type.Optional(Type.Array(LinkSchema)),
    work: Type.Optional(Type.Array(WorkSchema)),
    largeDistrictFishing: Type.Optional(
      Type.Object(
        {
          districtAreaSqMi: Type.Number({ minimum: 0 }),
          distanceMiles: Type.Number({ minimum: 0 }),
          toTemporaryResidence: Type.Boolean(),
          toEngageInFishing: Type.Boolean(),
        },
        strict,
      ),
    ),
    note: Type.Optional(Type.String()),
  },
  strict,
);

export const InterviewSchema = Type.Object(
  {
    interviewDate: DateString,
    state: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    settings: Type.Optional(EligibilitySettingsSchema),
    workers: Type.Optional(Type.Array(WorkerSchema)),
    children: Type.Array(ChildSchema, { minItems: 1 }),
    otherMembers: Type.Optional(
      Type.Array(
        Type.Object(
          { id: Id, name: Type.Optional(Type.String()), role: Type.Optional(Type.String()) },
          strict,
        ),
      ),
    ),
    moves: Type.Array(MoveSchema),
  },
  {
    ...strict,
    title: 'EligibilityInterview',
    description: 'The facts a recruiter gathers in one eligibility interview with one family.',
  },
);

export const REASON_CODES = [
  'NO_QUALIFYING_MOVE',
  'NO_ECONOMIC_NECESSITY',
  'NO_RESIDENCE_CHANGE',
  'SAME_SCHOOL_DISTRICT',
  'NOT_TO_US_DISTRICT',
  'NOT_SAME_DESTINATION',
  'TO_JOIN_TOO_LATE',
  'PRECEDE_TOO_EARLY',
  'WORKER_RELATION_NOT_QUALIFYING',
  'NO_ESTABLISHED_WORKER',
  'WORK_NOT_QUALIFYING',
  'WORK_NOT_SOON_AFTER',
  'NO_RECENT_HISTORY',
  'SQM_OUTSIDE_36_MONTHS',
  'ELIGIBILITY_EXPIRED',
  'AGE_22_OR_OLDER',
  'GRADUATED',
  'HSE_OBTAINED',
] as const;

const nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const ChildDeterminationSchema = Type.Object(
  {
    child: Id,
    eligible: Type.Boolean(),
    basis: Type.Union([Type.Literal('qualifying-work'), Type.Literal('sqm'), Type.Null()]),
    relation: Type.Union([
      Type.Literal('with'),
      Type.Literal('to-join'),
      Type.Literal('precede'),
      Type.Literal('as-worker'),
      Type.Null(),
    ]),
    worker: nullable(Id),
    establishingMove: nullable(Id),
    workerMoveDate: nullable(DateString),
    workerMove: nullable(Id),
    qualifyingMove: nullable(Id),
    qad: nullable(DateString),
    eligibilityEndDate: nullable(DateString),
    endReason: Type.Union([
      Type.Literal('36-months'),
      Type.Literal('age-22'),
      Type.Literal('graduation'),
      Type.Literal('hse'),
      Type.Null(),
    ]),
    newCoeRequired: Type.Boolean(),
    reasons: Type.Array(Type.Union(REASON_CODES.map((code) => Type.Literal(code)))),
    trace: Type.Array(Type.String()),
  },
  strict,
);

export const DeterminationSchema = Type.Object(
  { children: Type.Array(ChildDeterminationSchema) },
  { ...strict, title: 'EligibilityDetermination' },
);

export type Interview = Static<typeof InterviewSchema>;
export type InterviewChild = Interview['children'][number];
export type InterviewMove = Interview['moves'][number];
export type InterviewPlace = InterviewMove['from'];
export type InterviewWork = NonNullable<InterviewMove['work']>[number];
export type InterviewLink = NonNullable<InterviewMove['links']>[number];
export type PriorQualifyingMove = Static<typeof PriorQualifyingMoveSchema>;
export type WorkerRelation = Static<typeof RelationSchema>;
export type ReasonCode = (typeof REASON_CODES)[number];
export type ChildDetermination = Static<typeof ChildDeterminationSchema>;
export type Determination = Static<typeof DeterminationSchema>;
