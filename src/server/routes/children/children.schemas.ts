import { Type } from '@sinclair/typebox';
import { MAX_NAME_LENGTH, SEXES } from '../../../core/children/child-rules';
import { MATCH_REASONS } from '../../../core/children/likely-matches';
import { CalendarDateSchema, Nullable, Paging } from '../../schemas';

const NamePart = (description: string) =>
  Type.String({ maxLength: MAX_NAME_LENGTH, description: `${description}, exactly as written` });
const OptionalText = (description: string) =>
  Type.Optional(Nullable(Type.String({ maxLength: MAX_NAME_LENGTH, description })));
const Sex = Type.Union(
  SEXES.map((s) => Type.Literal(s)),
  { description: 'Sex as recorded on the COE' },
);

const EnglishLearnerText =
  'An English learner: the child counts report it as English Learner Status (not given: false)';
const DisabilityText =
  'A child with a disability under IDEA: the child counts report it as Disability Status (not given: false)';

export const ChildSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  studentNumber: Type.String({ description: 'State-unique migrant student number' }),
  firstName: Type.String(),
  middleName: Nullable(Type.String()),
  lastSurname: Type.String({ description: 'First (paternal) surname' }),
  secondSurname: Nullable(Type.String({ description: 'Second (maternal) surname' })),
  birthDate: Type.String({ description: 'YYYY-MM-DD' }),
  regionId: Type.String({ format: 'uuid' }),
  regionNumber: Type.Integer(),
  familyId: Nullable(Type.String({ format: 'uuid' })),
});

const Enrollment = Type.Object({
  id: Type.String({ format: 'uuid' }),
  districtId: Type.String({ format: 'uuid' }),
  districtName: Type.String(),
  schoolId: Nullable(Type.String({ format: 'uuid' })),
  schoolName: Nullable(Type.String()),
  enrollmentDate: Type.String({ description: 'YYYY-MM-DD' }),
  exitDate: Nullable(Type.String({ description: 'YYYY-MM-DD' })),
  residencyDate: Nullable(
    Type.String({ description: 'Date the child began residing in the district (YYYY-MM-DD)' }),
  ),
  gradeLevel: Nullable(Type.String()),
});

export const ChildReply = Type.Intersect([
  ChildSummary,
  Type.Object({
    statewideStudentId: Nullable(Type.String({ description: 'Statewide student identifier (SSID)' })),
    msixId: Nullable(Type.String({ description: 'MSIX Identification Number, 12 digits' })),
    generationCodeSuffix: Nullable(Type.String()),
    birthCity: Nullable(Type.String()),
    birthState: Nullable(Type.String()),
    birthCountry: Type.String({ description: 'ISO 3166-1 alpha-2' }),
    sex: Sex,
    englishLearner: Type.Boolean({ description: EnglishLearnerText }),
    disability: Type.Boolean({ description: DisabilityText }),
    version: Type.Integer({ description: 'Send back when updating, to detect concurrent edits' }),
    family: Nullable(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        familyName: Type.String(),
        phone: Nullable(Type.String()),
        members: Type.Array(
          Type.Object({
            id: Type.String({ format: 'uuid' }),
            relation: Type.String(),
            firstName: Type.String(),
            lastSurname: Type.String(),
            secondSurname: Nullable(Type.String()),
            isQualifyingWorker: Type.Boolean(),
          }),
        ),
      }),
    ),
    enrollments: Type.Array(Enrollment),
    abilities: Type.Object(
      { canEdit: Type.Boolean(), canDelete: Type.Boolean(), canReconcile: Type.Boolean() },
      { description: 'What you may do with this child' },
    ),
  }),
]);

export const FindChildrenQuery = Type.Object({
  q: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'Name words (accents and order do not matter) or a student number / SSID',
    }),
  ),
  regionId: Type.Optional(Type.String({ format: 'uuid', description: 'Only this region' })),
  ...Paging,
});

const childFactFields = {
  firstName: NamePart('First name'),
  middleName: OptionalText('Middle name'),
  lastSurname: NamePart('First (paternal) surname'),
  secondSurname: OptionalText('Second (maternal) surname'),
  generationCodeSuffix: OptionalText('Jr., III…'),
  birthDate: CalendarDateSchema('Birth date'),
  birthCity: OptionalText('City of birth'),
  birthState: OptionalText('State or province of birth'),
  birthCountry: Type.String({
    minLength: 2,
    maxLength: 2,
    description: 'Country of birth, ISO 3166-1 alpha-2 (US, MX, GT…)',
  }),
  sex: Sex,
  statewideStudentId: Type.Optional(
    Nullable(Type.String({ maxLength: 10, description: 'Statewide student identifier (SSID), 10 digits' })),
  ),
  msixId: Type.Optional(
    Nullable(
      Type.String({ maxLength: 12, description: 'MSIX Identification Number, 12 digits (given by MSIX)' }),
    ),
  ),
  englishLearner: Type.Optional(Type.Boolean({ description: EnglishLearnerText })),
  disability: Type.Optional(Type.Boolean({ description: DisabilityText })),
};

export const CreateChildBody = Type.Object(
  {
    regionId: Type.String({ format: 'uuid', description: 'Region the child is recruited in' }),
    familyId: Type.Optional(
      Nullable(Type.String({ format: 'uuid', description: 'Family the child belongs to' })),
    ),
    ...childFactFields,
  },
  { additionalProperties: false },
);

export const UpdateChildBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read' }),
    ...Type.Partial(Type.Object(childFactFields)).properties,
  },
  { additionalProperties: false },
);

export const LikelyMatchesQuery = Type.Object({
  firstName: Type.String({ minLength: 1, maxLength: MAX_NAME_LENGTH, description: 'First name as entered' }),
  lastSurname: Type.String({
    minLength: 1,
    maxLength: MAX_NAME_LENGTH,
    description: 'First (paternal) surname as entered',
  }),
  secondSurname: Type.Optional(
    Type.String({ maxLength: MAX_NAME_LENGTH, description: 'Second (maternal) surname as entered' }),
  ),
  birthDate: CalendarDateSchema('Birth date as entered'),
});

const MatchReason = Type.Union(
  MATCH_REASONS.map((r) => Type.Literal(r)),
  { description: 'Why this child matches' },
);

/** Children in scope who are likely the child being entered, each with why. */
export const LikelyMatchesReply = Type.Object({
  items: Type.Array(
    Type.Intersect([
      ChildSummary,
      Type.Object({
        score: Type.Integer({
          minimum: 0,
          maximum: 100,
          description: 'How alike (100 = same name and birth date as written)',
        }),
        reasons: Type.Array(MatchReason),
        version: Type.Integer({ description: 'The version an interview linking this child keeps (ID9.1)' }),
      }),
    ]),
  ),
});
