import type { FastifyInstance, InjectOptions } from 'fastify';
import { ROLES, type Role } from '../../src/core/people/roles';
import { TEST_PASSWORD } from '../factories';

export interface HttpSession {
  request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: any }>;
  csrfToken: string;
  /** The session cookie, for requests made by hand with app.inject. */
  cookies: Record<string, string>;
}

/** Sign in through the real route and return a session that sends the cookie and CSRF token. */
export async function signInAs(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<HttpSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed for ${email}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'ciclo_session');
  if (!cookie) throw new Error('no session cookie');
  const { csrfToken } = response.json() as { csrfToken: string };
  return {
    csrfToken,
    cookies: { ciclo_session: cookie.value },
    async request(method, url, body) {
      const reply = await app.inject({
        method,
        url,
        cookies: { ciclo_session: cookie.value },
        headers: { 'x-csrf-token': csrfToken },
        ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      });
      let parsed: unknown = null;
      try {
        parsed = reply.body ? reply.json() : null;
      } catch {
        parsed = reply.body;
      }
      return { status: reply.statusCode, body: parsed };
    },
  };
}

/** A signed-in session for each role, from the staff `buildRegionWithStaff` made. */
export async function signInEveryRole(
  app: FastifyInstance,
  users: Record<Role, { email: string }>,
): Promise<Record<Role, HttpSession>> {
  return Object.fromEntries(
    await Promise.all(ROLES.map(async (role) => [role, await signInAs(app, users[role].email)])),
  ) as Record<Role, HttpSession>;
}
