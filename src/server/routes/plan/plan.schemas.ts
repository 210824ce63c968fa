import { Type, type TSchema } from '@sinclair/typebox';
import {
  MAX_CODE_LENGTH,
  MAX_MPOS,
  MAX_NEED_AREA_NAME_LENGTH,
  MAX_NEED_AREAS,
  MAX_PLAN_NAME_LENGTH,
  MAX_PLAN_NOTES_LENGTH,
  MAX_PLAN_TEXT_LENGTH,
  MAX_STRATEGIES,
  PLAN_STATUSES,
  STRATEGY_IMPLEMENTERS,
} from '../../../core/services/plan-version';
import { ASSESSED_SUBJECTS, SERVICE_TERMS } from '../../../core/services/service-records';
import { Literals, Nullable } from '../../schemas';

/** Null or `schema` in a body: null first, or the coercing validator would read null as "" or 0. */
const NullOr = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

const Code = (description: string) => Type.String({ maxLength: MAX_CODE_LENGTH, description });
const Text = (max: number, description: string) => Type.String({ maxLength: max, description });

const Status = Literals(PLAN_STATUSES, 'draft (being written), adopted (in force) or superseded');
const Term = Literals(SERVICE_TERMS, 'RSY (regular school year), SUMMER or INTERSESSION');
const Implementer = Literals(STRATEGY_IMPLEMENTERS, 'Who must carry it out: region, district or either');

const NeedArea = Type.Object(
  {
    code: Code('The code MPOs and strategies refer to: ELA, MATH, SR…'),
    nameEn: Text(MAX_NEED_AREA_NAME_LENGTH, 'Name in English'),
    nameEs: Text(MAX_NEED_AREA_NAME_LENGTH, 'Name in Spanish'),
  },
  { additionalProperties: false },
);

const Strategy = Type.Object(
  {
    number: Code('The strategy’s number, unique in the version: 1.1'),
    needArea: Code('The need area’s code'),
    textEn: Text(MAX_PLAN_TEXT_LENGTH, 'The strategy in English'),
    textEs: Text(MAX_PLAN_TEXT_LENGTH, 'The strategy in Spanish'),
    implementer: Implementer,
    epcVerified: Type.Boolean({ description: 'Whether an Education Programs Consultant verifies it' }),
  },
  { additionalProperties: false },
);

const mpoStatementFields = {
  statementEn: Text(MAX_PLAN_TEXT_LENGTH, 'The objective as the plan states it, in English'),
  statementEs: Text(MAX_PLAN_TEXT_LENGTH, 'The objective as the plan states it, in Spanish'),
  terms: Type.Array(Term, { maxItems: SERVICE_TERMS.length, description: 'The terms it applies to' }),
};

const mpoRuleFields = {
  number: Code('The MPO’s number as the plan writes it: 1.0; unique in the version'),
  area: Code('The need area’s code'),
  minHours: NullOr(
    Type.Number({ minimum: 0, maximum: 10000, description: 'Minimum attended hours; null = none' }),
  ),
  target: Type.Number({
    minimum: 0,
    maximum: 100,
    description: 'Percentage of tested children who must grow',
  }),
  minN: Type.Integer({
    minimum: 0,
    maximum: 1_000_000,
    description: 'Below this many tested children the status is insufficient',
  }),
};

/** What a save sends: the rule's fields loosely typed, so the core names the field at fault in words. */
const MpoInput = Type.Object(
  {
    ...mpoRuleFields,
    population: Type.Object(
      {
        kind: Literals(['belowProficient', 'age'] as const, 'Who the MPO measures'),
        subject: Type.Optional(Literals(ASSESSED_SUBJECTS, 'belowProficient: the assessed subject')),
        maxLevel: Type.Optional(
          Type.Integer({ description: 'belowProficient: the highest level counted, 1–4' }),
        ),
        minAge: Type.Optional(Type.Integer({ description: 'age: youngest age in whole years' })),
        maxAge: Type.Optional(Type.Integer({ description: 'age: oldest age in whole years' })),
      },
      { additionalProperties: false },
    ),
    growth: Type.Object(
      {
        kind: Literals(
          ['anyGain', 'points', 'percentOfRange', 'reach'] as const,
          'When a post test shows growth',
        ),
        points: Type.Optional(Type.Number({ description: 'points: the least improvement' })),
        percent: Type.Optional(
          Type.Number({ description: 'percentOfRange: the least improvement, % of the range' }),
        ),
        score: Type.Optional(Type.Number({ description: 'reach: the score to reach' })),
      },
      { additionalProperties: false },
    ),
    ...mpoStatementFields,
  },
  { additionalProperties: false },
);

/** Who an MPO measures, as the plan holds it. */
export const MpoPopulation = Type.Union([
  Type.Object({
    kind: Type.Literal('belowProficient'),
    subject: Literals(ASSESSED_SUBJECTS, 'The assessed subject'),
    maxLevel: Type.Integer(),
  }),
  Type.Object({ kind: Type.Literal('age'), minAge: Type.Integer(), maxAge: Type.Integer() }),
]);

const Mpo = Type.Object({
  ...mpoRuleFields,
  population: MpoPopulation,
  growth: Type.Union([
    Type.Object({ kind: Type.Literal('anyGain') }),
    Type.Object({ kind: Type.Literal('points'), points: Type.Number() }),
    Type.Object({ kind: Type.Literal('percentOfRange'), percent: Type.Number() }),
    Type.Object({ kind: Type.Literal('reach'), score: Type.Number() }),
  ]),
  ...mpoStatementFields,
});

const versionLabelFields = {
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  status: Status,
  adoptedOn: Nullable(Type.String({ description: 'YYYY-MM-DD' })),
  demo: Type.Boolean({ description: 'Demo values: every page labels them as such' }),
  version: Type.Integer({ description: 'Send it back with a save or an adoption' }),
  updatedAt: Type.String({ format: 'date-time' }),
};

export const PlanVersionReply = Type.Object({
  ...versionLabelFields,
  notes: Nullable(Type.String()),
  needAreas: Type.Array(NeedArea),
  mpos: Type.Array(Mpo),
  strategies: Type.Array(Strategy),
  abilities: Type.Object({
    read: Type.Boolean(),
    manage: Type.Boolean({ description: 'You manage the plan (the state administrator)' }),
    edit: Type.Boolean(),
    adopt: Type.Boolean(),
    delete: Type.Boolean(),
    amend: Type.Boolean({ description: 'You may start a draft copied from this version' }),
  }),
});

export const PlanVersionListReply = Type.Object({
  items: Type.Array(
    Type.Object({
      ...versionLabelFields,
      needAreaCount: Type.Integer(),
      mpoCount: Type.Integer(),
      strategyCount: Type.Integer(),
    }),
  ),
  canCreate: Type.Boolean({ description: 'You may start a draft' }),
});

export const AdoptedPlanReply = Type.Object({
  plan: Nullable(PlanVersionReply),
});

export const CreatePlanDraftBody = Type.Object(
  {
    name: Text(MAX_PLAN_NAME_LENGTH, 'The version’s name: 2026–27 amendment'),
    notes: Type.Optional(NullOr(Text(MAX_PLAN_NOTES_LENGTH, 'Why this version'))),
    amendmentOf: Type.Optional(
      NullOr(
        Type.String({
          format: 'uuid',
          description: 'Copy the content of this adopted or superseded version',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export const SavePlanDraftBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read; a stale one is refused (409)' }),
    name: Text(MAX_PLAN_NAME_LENGTH, 'The version’s name'),
    notes: Type.Optional(NullOr(Text(MAX_PLAN_NOTES_LENGTH, 'Why this version'))),
    demo: Type.Boolean({ description: 'Whether these are still demo values' }),
    needAreas: Type.Array(NeedArea, { maxItems: MAX_NEED_AREAS }),
    mpos: Type.Array(MpoInput, { maxItems: MAX_MPOS }),
    strategies: Type.Array(Strategy, { maxItems: MAX_STRATEGIES }),
  },
  { additionalProperties: false },
);

export const AdoptPlanDraftBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read; a stale one is refused (409)' }),
  },
  { additionalProperties: false },
);
