import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { addFamilyMember } from '../../../usecases/families/add-family-member';
import { createFamily } from '../../../usecases/families/create-family';
import { getFamily } from '../../../usecases/families/get-family';
import { updateFamily } from '../../../usecases/families/update-family';
import { actorOf } from '../../policies/authenticate';
import { IdParams, Nullable, STANDARD_ERRORS } from '../../schemas';

const Relation = Type.Union(
  [Type.Literal('parent'), Type.Literal('guardian'), Type.Literal('spouse'), Type.Literal('worker')],
  { description: 'Relation to the children' },
);
const MemberBody = Type.Object(
  {
    relation: Relation,
    firstName: Type.String({ minLength: 1, maxLength: 100, description: 'First name, exactly as written' }),
    lastSurname: Type.String({ minLength: 1, maxLength: 100, description: 'First surname' }),
    secondSurname: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'Second surname' }))),
    isQualifyingWorker: Type.Optional(Type.Boolean({ description: 'This person did the qualifying work' })),
  },
  { additionalProperties: false },
);
const contactFields = {
  addressLine: Type.Optional(Nullable(Type.String({ maxLength: 200, description: 'Street address' }))),
  city: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  postalCode: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
  homeLanguage: Type.Optional(
    Nullable(Type.String({ maxLength: 50, description: 'Language spoken at home' })),
  ),
};
const FamilyReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  regionId: Type.String({ format: 'uuid' }),
  familyName: Type.String(),
  addressLine: Nullable(Type.String()),
  city: Nullable(Type.String()),
  postalCode: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  homeLanguage: Nullable(Type.String()),
  members: Type.Array(
    Type.Object({
      id: Type.String(),
      relation: Relation,
      firstName: Type.String(),
      lastSurname: Type.String(),
      secondSurname: Nullable(Type.String()),
      isQualifyingWorker: Type.Boolean(),
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
export const familyRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/families/:id',
    {
      config: { access: 'family.read' },
      schema: {
        summary: 'Get a family',
        description: 'A family with members and children; 404 outside your scope.',
        tags: ['families'],
        params: IdParams,
        response: { 200: FamilyReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getFamily({ db, actor: actorOf(request) }, request.params.id),
  );
  api.post(
    '/families',
    {
      config: { access: 'family.write' },
      schema: {
        summary: 'Create a family',
        description: 'A family with its members, in a region you work in; audited.',
        tags: ['families'],
        body: Type.Object(
          {
            regionId: Type.String({ format: 'uuid', description: 'Region of the family' }),
            familyName: Type.String({ minLength: 1, maxLength: 200, description: 'Name the family goes by' }),
            ...contactFields,
            members: Type.Array(MemberBody, { maxItems: 20 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: FamilyReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createFamily({ db, actor: actorOf(request) }, request.body)),
  );
  api.patch(
    '/families/:id',
    {
      config: { access: 'family.write' },
      schema: {
        summary: 'Update a family',
        description: 'Name and contact details; audited.',
        tags: ['families'],
        params: IdParams,
        body: Type.Object(
          { familyName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), ...contactFields },
          { additionalProperties: false },
        ),
        response: { 200: FamilyReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => updateFamily({ db, actor: actorOf(request) }, request.params.id, request.body),
  );
  api.post(
    '/families/:id/members',
    {
      config: { access: 'family.write' },
      schema: {
        summary: 'Add a family member',
        description: 'A parent, guardian, spouse or worker; audited.',
        tags: ['families'],
        params: IdParams,
        body: MemberBody,
        response: { 201: FamilyReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addFamilyMember({ db, actor: actorOf(request) }, request.params.id, request.body)),
  );
};
