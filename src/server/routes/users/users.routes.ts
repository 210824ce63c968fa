import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { createUser } from '../../../usecases/users/create-user';
import { listUsers } from '../../../usecases/users/list-users';
import { resetUserPassword } from '../../../usecases/users/reset-user-password';
import { updateUser } from '../../../usecases/users/update-user';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  CreateUserBody,
  CreateUserReply,
  ResetPasswordBody,
  UpdateUserBody,
  UserListReply,
  UserReply,
} from './users.schemas';

/** Users and their roles. */
export const userRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const tags = ['users'];
  api.get(
    '/users',
    {
      config: { access: 'user.read' },
      schema: {
        summary: 'List users',
        description: "Users in your scope, with a state consultant's assigned regions.",
        tags,
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
        tags,
        body: CreateUserBody,
        response: { 201: CreateUserReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ id: await createUser({ db, actor: actorOf(request) }, request.body) }),
  );
  api.patch(
    '/users/:id',
    {
      config: { access: 'user.manage' },
      schema: {
        summary: 'Change a user',
        description:
          'Name, email, language, role and scope, or deactivate (isActive false: their sessions end) and reactivate; at the version read (409 when stale). You cannot deactivate yourself or change your own role.',
        tags,
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => updateUser({ db, actor: actorOf(request) }, request.params.id, request.body),
  );
  api.post(
    '/users/:id/password-reset',
    {
      config: { access: 'user.manage' },
      schema: {
        summary: "Reset a user's password",
        description:
          'Sets a password you give the user; they must choose a new one at the next sign-in, and their sessions end.',
        tags,
        params: IdParams,
        body: ResetPasswordBody,
        response: { 200: UserReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => resetUserPassword({ db, actor: actorOf(request) }, request.params.id, request.body),
  );
};
