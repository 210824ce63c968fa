import { Type } from '@sinclair/typebox';
import { Nullable } from '../../schemas';

const Relation = Type.Union(
  [Type.Literal('parent'), Type.Literal('guardian'), Type.Literal('spouse'), Type.Literal('worker')],
  { description: 'Relation to the children' },
);
export const MemberSex = Nullable(
  Type.Union([Type.Literal('female'), Type.Literal('male')], {
    description:
      'Recorded so MSIX is sent the male and the female parent’s names (elements 16–19); null when not recorded',
  }),
);
export const MemberBody = Type.Object(
  {
    relation: Relation,
    firstName: Type.String({ minLength: 1, maxLength: 100, description: 'First name, exactly as written' }),
    lastSurname: Type.String({ minLength: 1, maxLength: 100, description: 'First surname' }),
    secondSurname: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'Second surname' }))),
    isQualifyingWorker: Type.Optional(Type.Boolean({ description: 'This person did the qualifying work' })),
    sex: Type.Optional(MemberSex),
  },
  { additionalProperties: false },
);
export const contactFields = {
  addressLine: Type.Optional(Nullable(Type.String({ maxLength: 200, description: 'Street address' }))),
  city: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  postalCode: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
  homeLanguage: Type.Optional(
    Nullable(Type.String({ maxLength: 50, description: 'Language spoken at home' })),
  ),
};
/** A member's sex set or corrected, at the family's version read. */
export const MemberSexBody = Type.Object(
  {
    sex: MemberSex,
    version: Type.Integer({
      minimum: 1,
      description: 'The family’s version you read (409 when it changed since)',
    }),
  },
  { additionalProperties: false },
);
export const MemberParams = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The family' }),
  memberId: Type.String({ format: 'uuid', description: 'The family member' }),
});
/** An edit of the name or contact details, at the version read. */
export const UpdateFamilyBody = Type.Object(
  {
    familyName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    ...contactFields,
    version: Type.Integer({ minimum: 1, description: 'The version you read (409 when it changed since)' }),
  },
  { additionalProperties: false },
);

export const FamilyReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  regionId: Type.String({ format: 'uuid' }),
  districtId: Nullable(
    Type.String({
      format: 'uuid',
      description:
        'The school district the family was recorded for (a district recruiter’s); null for a region’s family',
    }),
  ),
  familyName: Type.String(),
  addressLine: Nullable(Type.String()),
  city: Nullable(Type.String()),
  postalCode: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  homeLanguage: Nullable(Type.String()),
  version: Type.Integer({
    description: 'Send it back to change the name or contact details (409 when it changed)',
  }),
  members: Type.Array(
    Type.Object({
      id: Type.String(),
      relation: Relation,
      firstName: Type.String(),
      lastSurname: Type.String(),
      secondSurname: Nullable(Type.String()),
      isQualifyingWorker: Type.Boolean(),
      sex: MemberSex,
    }),
  ),
  children: Type.Array(
    Type.Object({
      id: Type.String(),
      firstName: Type.String(),
      lastSurname: Type.String(),
      secondSurname: Nullable(Type.String()),
      birthDate: Type.String(),
      studentNumber: Type.String(),
    }),
    {
      description:
        'The children of the family you may read (district staff: those enrolled in your district)',
    },
  ),
  abilities: Type.Object(
    {
      canEdit: Type.Boolean({ description: 'You may change the family’s name and contact details' }),
      canAddMember: Type.Boolean({ description: 'You may add a parent, guardian, spouse or worker' }),
    },
    { description: 'What you may do with this family, from its access policy' },
  ),
});

/** Families and their parents, guardians, spouses and workers. */
