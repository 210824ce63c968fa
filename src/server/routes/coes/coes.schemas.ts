import { Type } from '@sinclair/typebox';
import { COE_STATUSES } from '../../../core/recruitment/coe-workflow';
import { REFERRAL_STATUSES } from '../../../core/recruitment/family-contact';
import { CalendarDateSchema, Nullable, Paging, SubmissionKey } from '../../schemas';
import { CreateChildBody } from '../children/children.schemas';

const Status = Type.Union(
  COE_STATUSES.map((s) => Type.Literal(s)),
  { description: 'draft → submitted → approved, or returned to the recruiter' },
);

const { regionId: _regionId, familyId: _familyId, ...newChildFields } = CreateChildBody.properties;

const ChildLink = Type.Object(
  {
    interviewChildId: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'The child id inside the interview (children[].id)',
    }),
    childId: Type.Optional(
      Nullable(
        Type.String({ format: 'uuid', description: 'An existing Ciclo child (after the duplicate check)' }),
      ),
    ),
    newChild: Type.Optional(
      Nullable(
        Type.Object(newChildFields, {
          additionalProperties: false,
          description: 'A child Ciclo does not know yet; created on approval',
        }),
      ),
    ),
    childVersion: Type.Optional(
      Type.Integer({
        minimum: 1,
        description:
          'The version of the existing child the interview read when it linked it: if someone changed the child since, 409 names this link (ID9.1)',
      }),
    ),
  },
  { additionalProperties: false },
);

const draftFields = {
  familyId: Type.Optional(Nullable(Type.String({ format: 'uuid', description: 'The family interviewed' }))),
  interview: Type.Object(
    {},
    {
      additionalProperties: true,
      description: 'The interview, as the eligibility contract input (FORMAT.md)',
    },
  ),
  children: Type.Array(ChildLink, {
    maxItems: 20,
    description: 'Links from interview children to Ciclo children',
  }),
  residencyDate: Type.Optional(
    Nullable(CalendarDateSchema('Date the children began residing in the district')),
  ),
  qualifyingWork: Type.Optional(
    Nullable(Type.String({ maxLength: 500, description: 'The qualifying work, as written on the COE' })),
  ),
  comments: Type.Optional(
    Nullable(Type.String({ maxLength: 4000, description: 'Comments section of the COE' })),
  ),
  districtId: Type.Optional(
    Nullable(
      Type.String({
        format: 'uuid',
        description:
          'The school district of the interview, where the children are enrolled on approval; by default the referral’s, else the district of the latest move by name',
      }),
    ),
  ),
};

export const CreateCoeBody = Type.Object(
  {
    regionId: Type.String({ format: 'uuid', description: 'Region preparing the COE' }),
    submissionKey: SubmissionKey,
    referralId: Type.Optional(
      Nullable(
        Type.String({
          format: 'uuid',
          description: 'The referral the interview was started from: closed when the COE is approved',
        }),
      ),
    ),
    referralAsRead: Type.Optional(
      Type.Object(
        {
          assignedTo: Nullable(Type.String({ format: 'uuid' })),
          status: Type.Union(REFERRAL_STATUSES.map((s) => Type.Literal(s))),
        },
        {
          additionalProperties: false,
          description:
            'Who the referral was with, and its status, when the interview began: if it went to another recruiter or was answered since, 409 names `referralId` (ID9.2)',
        },
      ),
    ),
    ...draftFields,
  },
  { additionalProperties: false },
);
export const UpdateCoeBody = Type.Object(
  { version: Type.Integer({ minimum: 1, description: 'The version you read' }), ...draftFields },
  { additionalProperties: false },
);

export const SignCoeBody = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('drawn'),
      imageDataUrl: Type.String({
        maxLength: 2_000_000,
        description: 'The signature drawn on the screen, as a PNG data URL',
      }),
      signerName: Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Name of the parent or guardian who signed',
      }),
      signedOn: CalendarDateSchema('Date signed'),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('paper'),
      signerName: Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Name of the parent or guardian who signed',
      }),
      signedOn: CalendarDateSchema('Date signed on paper'),
    },
    { additionalProperties: false },
  ),
]);

export const ReviewCoeBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('return')], {
      description: 'Approve, or return to the recruiter',
    }),
    comments: Type.String({ maxLength: 4000, description: 'Required when returning: what to correct' }),
  },
  { additionalProperties: false },
);

export const ListCoesQuery = Type.Object({
  status: Type.Optional(Status),
  mine: Type.Optional(Type.Boolean({ description: 'Only COEs I prepared' })),
  family: Type.Optional(
    Type.String({ maxLength: 100, description: 'Words of the family’s name (accents and case aside)' }),
  ),
  recruiter: Type.Optional(Type.String({ maxLength: 100, description: 'Words of the recruiter’s name' })),
  from: Type.Optional(CalendarDateSchema('Interviewed on or after this date')),
  to: Type.Optional(CalendarDateSchema('Interviewed on or before this date')),
  ...Paging,
});

const Warning = Type.Object({
  code: Type.String(),
  child: Nullable(Type.String()),
  values: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});
const Person = Nullable(Type.Object({ id: Type.String(), displayName: Type.String() }));

export const CoeReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  regionId: Type.String(),
  familyId: Nullable(Type.String()),
  referralId: Nullable(Type.String({ description: 'The referral the COE was prepared from' })),
  district: Nullable(
    Type.Object(
      { id: Type.String(), name: Type.String() },
      { description: 'The school district of the interview: the children are enrolled there on approval' },
    ),
  ),
  status: Status,
  interview: Type.Unknown({ description: 'The interview (contract input)' }),
  determination: Type.Unknown({ description: 'The determination with its trace (contract output)' }),
  interviewDate: Type.String(),
  residencyDate: Nullable(Type.String()),
  qualifyingWork: Nullable(Type.String()),
  comments: Nullable(Type.String()),
  signature: Nullable(
    Type.Object({
      kind: Type.Union([Type.Literal('drawn'), Type.Literal('paper')]),
      signerName: Type.String(),
      signedOn: Type.String(),
      hasImage: Type.Boolean({
        description: 'A drawn signature: GET /coes/{id}/signature gives its picture',
      }),
    }),
  ),
  signatureClearedAt: Nullable(
    Type.String({
      description: 'When a correction changed what the signature attested and removed it: sign again',
    }),
  ),
  recruiter: Person,
  submittedAt: Nullable(Type.String()),
  reviewer: Person,
  reviewedAt: Nullable(Type.String()),
  reviewComments: Nullable(Type.String()),
  version: Type.Integer(),
  children: Type.Array(
    Type.Object({
      interviewChildId: Type.String(),
      childId: Nullable(Type.String()),
      newChild: Nullable(
        Type.Object(newChildFields, {
          description: 'The facts of a child Ciclo does not know yet, as sent; null for an existing child',
        }),
      ),
      displayName: Type.String(),
      eligible: Type.Boolean(),
      qad: Nullable(Type.String()),
      eligibilityEndDate: Nullable(Type.String()),
      endReason: Nullable(Type.String()),
      basis: Nullable(Type.String()),
      relation: Nullable(Type.String()),
      workerMoveDate: Nullable(Type.String()),
      movedWithWorker: Type.Boolean(),
      priorCoe: Type.Boolean(),
    }),
  ),
  reviews: Type.Array(
    Type.Object({
      decision: Type.Union([Type.Literal('approve'), Type.Literal('return')]),
      comments: Nullable(Type.String()),
      reviewerName: Nullable(Type.String()),
      createdAt: Type.String(),
    }),
  ),
  warnings: Type.Array(Warning, { description: 'Quality-control warnings for the reviewer' }),
  abilities: Type.Object({ canEdit: Type.Boolean(), canSubmit: Type.Boolean(), canReview: Type.Boolean() }),
});

export const CoeListReply = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      status: Status,
      interviewDate: Type.String(),
      regionId: Type.String(),
      familyName: Nullable(Type.String()),
      childCount: Type.Integer(),
      eligibleCount: Type.Integer(),
      recruiterName: Nullable(Type.String()),
      submittedAt: Nullable(Type.String()),
      warningCount: Type.Integer({ description: 'Quality-control warnings the reviewer will see' }),
    }),
  ),
  total: Type.Integer(),
});
