import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { createUser } from '../../../usecases/users/create-user';
import { listUsers } from '../../../usecases/users/list-users';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, STANDARD_ERRORS } from '../../schemas';
import { CreateUserBody, CreateUserReply, UserListReply } from './users.schemas';

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
          200: UserListReply,
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
        body: CreateUserBody,
        response: { 201: CreateUserReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ id: await createUser({ db, actor: actorOf(request) }, request.body) }),
  );
};
