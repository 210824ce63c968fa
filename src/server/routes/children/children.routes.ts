import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { createChild } from '../../../usecases/children/create-child';
import { deleteChild } from '../../../usecases/children/delete-child';
import { findChildren } from '../../../usecases/children/find-children';
import { getChild } from '../../../usecases/children/get-child';
import { updateChild } from '../../../usecases/children/update-child';
import { todayInState } from '../../../usecases/clock';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, ListOf, STANDARD_ERRORS } from '../../schemas';
import {
  ChildReply,
  ChildSummary,
  CreateChildBody,
  FindChildrenQuery,
  UpdateChildBody,
} from './children.schemas';

/** Children: search, read, create, update, delete — within the caller's scope. */
export const childrenRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/children',
    {
      config: { access: 'child.read' },
      schema: {
        summary: 'Search children',
        description:
          'Children in your scope whose names contain every word of `q` (accents ignored), or whose student number or SSID is `q`.',
        tags: ['children'],
        querystring: FindChildrenQuery,
        response: { 200: ListOf(ChildSummary), ...STANDARD_ERRORS },
      },
    },
    async (request) => findChildren({ db, actor: actorOf(request) }, request.query),
  );
  api.get(
    '/children/:id',
    {
      config: { access: 'child.read' },
      schema: {
        summary: 'Get a child',
        description: 'A child with family and enrollments; 404 outside your scope.',
        tags: ['children'],
        params: IdParams,
        response: { 200: ChildReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getChild({ db, actor: actorOf(request) }, request.params.id),
  );
  api.post(
    '/children',
    {
      config: { access: 'child.write' },
      schema: {
        summary: 'Create a child',
        description: 'Adds a child to a region you work in; audited.',
        tags: ['children'],
        body: CreateChildBody,
        response: { 201: ChildReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const child = await createChild(
        { db, actor: actorOf(request) },
        {
          regionId: body.regionId,
          familyId: body.familyId ?? null,
          firstName: body.firstName,
          middleName: body.middleName ?? null,
          lastSurname: body.lastSurname,
          secondSurname: body.secondSurname ?? null,
          generationCodeSuffix: body.generationCodeSuffix ?? null,
          birthDate: body.birthDate,
          birthCity: body.birthCity ?? null,
          birthState: body.birthState ?? null,
          birthCountry: body.birthCountry,
          sex: body.sex,
          statewideStudentId: body.statewideStudentId ?? null,
          msixId: body.msixId ?? null,
          englishLearner: body.englishLearner ?? false,
          disability: body.disability ?? false,
        },
        todayInState(),
      );
      return reply.status(201).send(child);
    },
  );
  api.patch(
    '/children/:id',
    {
      config: { access: 'child.write' },
      schema: {
        summary: 'Update a child',
        description: 'Changes the given facts; `version` must match (409 otherwise); audited.',
        tags: ['children'],
        params: IdParams,
        body: UpdateChildBody,
        response: { 200: ChildReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) =>
      updateChild({ db, actor: actorOf(request) }, request.params.id, request.body, todayInState()),
  );
  api.delete(
    '/children/:id',
    {
      config: { access: 'child.delete' },
      schema: {
        summary: 'Delete a child',
        description: 'Removes a child and their enrollments; the audit log keeps the record.',
        tags: ['children'],
        params: IdParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteChild({ db, actor: actorOf(request) }, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
