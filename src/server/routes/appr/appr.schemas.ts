import { Type } from '@sinclair/typebox';
import { REVIEW_MAX_LENGTH } from '../../../core/services/appr';
import { SERVICE_TERMS } from '../../../core/services/service-records';
import { Literals, Nullable } from '../../schemas';
import {
  MpoStatusSchema,
  MpoViewSchema,
  Period,
  PlanSummarySchema,
  RegionSummary,
} from '../mpo-outcomes/mpo-outcomes.schemas';

export const ApprParams = Type.Object({
  regionId: Type.String({ format: 'uuid', description: 'The subgrantee (region)' }),
  period: Period,
});

export const StateRollUpParams = Type.Object({ period: Period });

export const ApprFileQuery = Type.Object({
  lang: Type.Optional(
    Type.Union([Type.Literal('en'), Type.Literal('es')], {
      default: 'en',
      description: 'Language of the file',
    }),
  ),
});

const Answer = (description: string) => Type.String({ maxLength: REVIEW_MAX_LENGTH, description });

export const SaveApprReviewBody = Type.Object({
  version: Type.Integer({ minimum: 0, description: 'The version read; 0 for a first review' }),
  challenges: Answer('Challenges'),
  practices: Answer('Practices that address them'),
  goals: Answer('Goals for the new school year'),
});

const Participation = Type.Object({
  terms: Type.Array(
    Type.Object({
      term: Literals(SERVICE_TERMS, 'The term'),
      childrenServed: Type.Integer(),
      enrollments: Type.Integer(),
      attendedHours: Type.Number(),
    }),
  ),
  childrenServed: Type.Integer({ description: 'Each child once over every term' }),
  enrollments: Type.Integer(),
  attendedHours: Type.Number(),
});

const SavedFigures = Type.Object(
  {
    mpos: Type.Array(
      Type.Object({
        mpo: Type.String(),
        served: Type.Integer(),
        inPopulation: Type.Integer(),
        dosageMet: Type.Integer(),
        tested: Type.Integer(),
        grew: Type.Integer(),
        pct: Nullable(Type.Number()),
        target: Type.Number(),
        status: Type.String(),
      }),
    ),
    participation: Participation,
  },
  { description: 'The figures the review was saved with' },
);

export const ApprReply = Type.Object({
  region: RegionSummary,
  period: Type.String(),
  plan: PlanSummarySchema,
  mpos: Type.Array(MpoViewSchema),
  participation: Participation,
  review: Type.Object({
    challenges: Type.String(),
    practices: Type.String(),
    goals: Type.String(),
    version: Type.Integer({ description: '0 before the first save' }),
    savedAt: Nullable(Type.String()),
    savedBy: Nullable(Type.String()),
    figures: Nullable(SavedFigures),
  }),
  abilities: Type.Object({ review: Type.Boolean() }),
});

export const StateRollUpReply = Type.Object({
  period: Type.String(),
  plan: PlanSummarySchema,
  mpos: Type.Array(
    Type.Composite([
      MpoViewSchema,
      Type.Object({
        subgrantees: Type.Object(
          { met: Type.Integer(), notMet: Type.Integer(), insufficient: Type.Integer() },
          { description: 'How many subgrantees are in each status' },
        ),
      }),
    ]),
  ),
  regions: Type.Array(
    Type.Object({
      regionId: Type.String(),
      regionNumber: Type.Integer(),
      regionName: Type.String(),
      reviewSavedAt: Nullable(Type.String()),
      mpos: Type.Array(
        Type.Object({
          mpo: Type.String(),
          tested: Type.Integer(),
          grew: Type.Integer(),
          pct: Nullable(Type.Number()),
          status: MpoStatusSchema,
        }),
      ),
    }),
  ),
});
