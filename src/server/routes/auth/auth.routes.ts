import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { changePassword } from '../../../usecases/auth/change-password';
import { getMe } from '../../../usecases/auth/get-me';
import { setLanguage } from '../../../usecases/auth/set-language';
import { signIn } from '../../../usecases/auth/sign-in';
import { signOut } from '../../../usecases/auth/sign-out';
import { actorOf, SESSION_COOKIE, sessionCookieOptions } from '../../policies/authenticate';
import { ErrorReply } from '../../schemas';
import { ChangePasswordBody, SessionReply, SignInBody, UpdateMeBody } from './auth.schemas';

/** Sign-in, sign-out and the signed-in user's profile. */
export const authRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db, config }) => {
  const cookieOptions = sessionCookieOptions(config.secureCookies);

  api.post(
    '/auth/sign-in',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Sign in',
        description:
          'Checks the email and password and opens a session (an HttpOnly cookie). Five failures in a row for one email from one ' +
          'client address lock that email from that address for 15 minutes; unknown emails are answered alike.',
        tags: ['auth'],
        security: [],
        body: SignInBody,
        response: { 200: SessionReply, 400: ErrorReply, 401: ErrorReply, 423: ErrorReply, 429: ErrorReply },
      },
    },
    async (request, reply) => {
      const session = await signIn(db, { ...request.body, source: request.ip }, new Date());
      void reply.setCookie(SESSION_COOKIE, session.token, cookieOptions);
      return { user: await getMe(db, session.userId), csrfToken: session.csrfToken };
    },
  );

  api.post(
    '/auth/sign-out',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Sign out',
        description: 'Ends the session.',
        tags: ['auth'],
        response: { 204: { type: 'null' }, 401: ErrorReply, 403: ErrorReply },
      },
    },
    async (request, reply) => {
      await signOut(db, request.cookies[SESSION_COOKIE]);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  api.get(
    '/auth/me',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'The signed-in user',
        description: 'The user of the session, their permissions and the CSRF token.',
        tags: ['auth'],
        response: { 200: SessionReply, 401: ErrorReply },
      },
    },
    async (request) => ({
      user: await getMe(db, actorOf(request).userId ?? ''),
      csrfToken: request.session?.csrfToken ?? '',
    }),
  );

  api.patch(
    '/auth/me',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Update my preferences',
        description: 'Saves the language of the app for this user.',
        tags: ['auth'],
        body: UpdateMeBody,
        response: { 200: SessionReply, 400: ErrorReply, 401: ErrorReply, 403: ErrorReply },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await setLanguage({ db, actor }, request.body.language);
      return { user: await getMe(db, actor.userId ?? ''), csrfToken: request.session?.csrfToken ?? '' };
    },
  );

  api.post(
    '/auth/password',
    {
      config: { access: 'signed_in', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        summary: 'Change my password',
        description:
          'Checks the current password and saves a new one (at least 12 characters, not a common or trivial one, not ' +
          "the email or name). Clears the must-change flag set when someone else chose the password; the user's " +
          'other sessions end. Audited.',
        tags: ['auth'],
        body: ChangePasswordBody,
        response: { 200: SessionReply, 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 429: ErrorReply },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await changePassword({ db, actor }, { ...request.body, sessionId: request.session?.sessionId ?? '' });
      return { user: await getMe(db, actor.userId ?? ''), csrfToken: request.session?.csrfToken ?? '' };
    },
  );
};
