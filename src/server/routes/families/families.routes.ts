import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { addFamilyMember } from '../../../usecases/families/add-family-member';
import { createFamily } from '../../../usecases/families/create-family';
import { getFamily } from '../../../usecases/families/get-family';
import { setMemberSex } from '../../../usecases/families/set-member-sex';
import { updateFamily } from '../../../usecases/families/update-family';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, Nullable, STANDARD_ERRORS, SubmissionKey } from '../../schemas';
import {
  contactFields,
  FamilyReply,
  MemberBody,
  MemberParams,
  MemberSexBody,
  UpdateFamilyBody,
} from './families.schemas';

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
        description:
          'A family with its members, in a region you work in (a district recruiter: for their own district); audited.',
        tags: ['families'],
        body: Type.Object(
          {
            regionId: Type.String({ format: 'uuid', description: 'Region of the family' }),
            districtId: Type.Optional(
              Nullable(
                Type.String({
                  format: 'uuid',
                  description:
                    'The school district the family is recorded for: a district of the region; a district recruiter’s own district, which is the default for them',
                }),
              ),
            ),
            familyName: Type.String({ minLength: 1, maxLength: 200, description: 'Name the family goes by' }),
            ...contactFields,
            members: Type.Array(MemberBody, { maxItems: 20 }),
            submissionKey: SubmissionKey,
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
        description:
          'Name and contact details, at the version read (409 when someone changed the family since); audited.',
        tags: ['families'],
        params: IdParams,
        body: UpdateFamilyBody,
        response: { 200: FamilyReply, ...STANDARD_ERRORS, 409: ErrorReply },
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
        description:
          'A parent, guardian, spouse or worker; audited. Adding changes nothing already there, so it needs no version.',
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
  api.put(
    '/families/:id/members/:memberId/sex',
    {
      config: { access: 'family.write' },
      schema: {
        summary: 'Set a family member’s sex',
        description:
          'Whose names MSIX receives as the male and the female parent; null when not recorded. At the family’s version read (409 when someone changed the family since); audited.',
        tags: ['families'],
        params: MemberParams,
        body: MemberSexBody,
        response: { 200: FamilyReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) =>
      setMemberSex({ db, actor: actorOf(request) }, request.params.id, request.params.memberId, request.body),
  );
};
