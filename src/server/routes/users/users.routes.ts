import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { ROLES } from '../../../core/people/roles';
import { createUser } from '../../../usecases/users/create-user';
import { listUsers } from '../../../usecases/users/list-users';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, Nullable, STANDARD_ERRORS } from '../../schemas';

const Role = Type.Union(
  ROLES.map((r) => Type.Literal(r)),
  { description: 'Role of the user' },
);

/** Users and their roles. */
export const userRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/users',
    {
      config: { access: 'user.read' },
      schema: {
        summary: 'List users',
        description: 'Users in your scope.',
        tags: ['users'],
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                email: Type.String(),
                displayName: Type.String(),
                role: Role,
                regionNumber: Nullable(Type.Integer()),
                districtName: Nullable(Type.String()),
                isActive: Type.Boolean(),
              }),
            ),
          }),
          ...STANDARD_ERRORS,
        },
      },
    },
    async (request) => ({ items: await listUsers({ db, actor: actorOf(request) }) }),
  );
  api.post(
    '/users',
    {
      config: { access: 'user.manage' },
      schema: {
        summary: 'Create a user',
        description: 'State administrators create users with a role and scope.',
        tags: ['users'],
        body: Type.Object(
          {
            email: Type.String({ maxLength: 320, description: 'Sign-in email' }),
            displayName: Type.String({ maxLength: 200 }),
            password: Type.String({ maxLength: 1024, description: 'At least 12 characters' }),
            role: Role,
            regionNumber: Type.Optional(
              Nullable(Type.Integer({ description: 'Region number, for region roles' })),
            ),
            districtCdsCode: Type.Optional(
              Nullable(Type.String({ description: 'District CDS code, for district staff' })),
            ),
            assignedRegionNumbers: Type.Optional(
              Type.Array(Type.Integer(), { description: 'Regions a state consultant reads' }),
            ),
            language: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('es')])),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String() }), ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ id: await createUser({ db, actor: actorOf(request) }, request.body) }),
  );
};
