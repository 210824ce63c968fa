import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { buildRegion, buildUser, TEST_PASSWORD } from '../factories';
import { signInAs } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';
import { signInFailuresKey } from '../../src/data/repositories/sign-in-failures.repository';
import { MAX_FAILED_SIGN_INS } from '../../src/usecases/auth/sign-in';

describe.each(TEST_DATABASES)('sign-in and sessions on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(database);
  });
  afterAll(() => t.close());

  const signIn = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });

  it('signs in with an HttpOnly SameSite cookie and returns the user with permissions', async () => {
    const region = await buildRegion(t.handle.db);
    const user = await buildUser(t.handle.db, { role: 'recruiter', regionId: region.id });
    const response = await signIn(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'ciclo_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = response.json();
    expect(body.user).toMatchObject({
      email: user.email,
      role: 'recruiter',
      regionNumber: region.number,
      language: 'en',
    });
    expect(body.user.permissions).toContain('child.write');
    expect(body.user.permissions).not.toContain('audit.read');
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    const wrong = await signIn(user.email, 'not the password');
    const unknown = await signIn('nobody@example.org', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  /** Sign in from a client address of its own, so each test has its own rate-limit budget. */
  const signInFrom = (source: string, email: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password },
      remoteAddress: source,
    });

  it(`locks the account from one address after ${MAX_FAILED_SIGN_INS} failures in a row, even for the right password`, async () => {
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1)
      expect((await signInFrom('198.51.100.1', user.email, 'wrong password!')).statusCode).toBe(401);
    const locked = await signInFrom('198.51.100.1', user.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.id).toBe('locked');
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['actor_label', 'action', 'after'])
      .where('entity_type', '=', 'user')
      .where('entity_id', '=', user.id)
      .execute();
    expect(audit).toEqual([
      {
        actor_label: 'system',
        action: 'update',
        after: expect.objectContaining({ failedSignIns: MAX_FAILED_SIGN_INS }),
      },
    ]);
    expect(new Date((audit[0]!.after as { lockedUntil: string }).lockedUntil).getTime()).toBeGreaterThan(
      Date.now(),
    );
  });

  it('does not lock the owner out from another address', async () => {
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1)
      expect((await signInFrom('198.51.100.2', user.email, 'wrong password!')).statusCode).toBe(401);
    expect((await signInFrom('198.51.100.2', user.email, TEST_PASSWORD)).statusCode).toBe(423);
    expect((await signInFrom('198.51.100.3', user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('answers an unknown email exactly like a known one, before and after the lock', async () => {
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    const unknown = `nobody.${user.email}`;
    for (let i = 0; i <= MAX_FAILED_SIGN_INS; i += 1) {
      const known = await signInFrom('198.51.100.4', user.email, 'wrong password!');
      const absent = await signInFrom('198.51.100.4', unknown, 'wrong password!');
      expect(absent.statusCode).toBe(known.statusCode);
      expect(absent.json()).toEqual(known.json());
      expect(known.statusCode).toBe(i < MAX_FAILED_SIGN_INS ? 401 : 423);
    }
  });

  it('checks no more than the allowed guesses when many arrive at once', async () => {
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => signInFrom('198.51.100.5', user.email, 'wrong password!')),
    );
    const statuses = replies.map((reply) => reply.statusCode).sort();
    expect(statuses.filter((status) => status === 401)).toHaveLength(MAX_FAILED_SIGN_INS);
    expect(statuses.filter((status) => status === 423)).toHaveLength(20 - MAX_FAILED_SIGN_INS);
    expect((await signInFrom('198.51.100.5', user.email, TEST_PASSWORD)).statusCode).toBe(423);
  });

  it('deletes expired sessions and stale failure counters when someone signs in', async () => {
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    const expiredId = `expired-${Math.random().toString(36).slice(2)}`;
    await t.handle.db
      .insertInto('sessions')
      .values({
        id: expiredId,
        user_id: user.id,
        csrf_token: 'x',
        expires_at: new Date(Date.now() - 60_000),
        last_seen_at: new Date(Date.now() - 9 * 3_600_000),
      })
      .execute();
    const staleKey = signInFailuresKey(`stale.${user.email}`, '198.51.100.99');
    await t.handle.db
      .insertInto('sign_in_failures')
      .values({ key: staleKey, attempts: 3, last_at: new Date(Date.now() - 60 * 60_000), locked_until: null })
      .execute();
    expect((await signInFrom('198.51.100.6', user.email, TEST_PASSWORD)).statusCode).toBe(200);
    const left = await t.handle.db.selectFrom('sessions').select('id').where('id', '=', expiredId).execute();
    expect(left).toEqual([]);
    const stale = await t.handle.db
      .selectFrom('sign_in_failures')
      .select('key')
      .where('key', '=', staleKey)
      .execute();
    expect(stale).toEqual([]);
    const live = await t.handle.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(live).toHaveLength(1);
  });

  it('signs out: the session no longer works', async () => {
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    const session = await signInAs(t.app, user.email);
    expect((await session.request('GET', '/api/auth/me')).status).toBe(200);
    expect((await session.request('POST', '/api/auth/sign-out')).status).toBe(204);
    expect((await session.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('keeps the language per user', async () => {
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    const session = await signInAs(t.app, user.email);
    const changed = await session.request('PATCH', '/api/auth/me', { language: 'es' });
    expect(changed.body.user.language).toBe('es');
    const again = await signInAs(t.app, user.email);
    expect((await again.request('GET', '/api/auth/me')).body.user.language).toBe('es');
    expect((await session.request('PATCH', '/api/auth/me', { language: 'fr' })).status).toBe(400);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['actor_label', 'action', 'before', 'after'])
      .where('entity_type', '=', 'user')
      .where('entity_id', '=', user.id)
      .execute();
    expect(audit).toEqual([
      { actor_label: user.email, action: 'update', before: { language: 'en' }, after: { language: 'es' } },
    ]);
  });

  it('shares sessions between app servers on one database', async () => {
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    const session = await signInAs(t.app, user.email);
    const second = await buildApp({
      db: t.handle.db,
      config: { secureCookies: false, logLevel: 'silent' },
      logger: false,
      webRoot: '/nonexistent',
    });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'ciclo_session')!.value;
    const onSecond = await second.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { ciclo_session: cookie },
    });
    expect(onSecond.statusCode).toBe(200);
    await second.close();
    expect(session.csrfToken).toBeTruthy();
  });

  it('sends security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-frame-options']).toBeDefined();
  });
});

describe('the client address sign-in limits count', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(TEST_DATABASES[0]!);
  });
  afterAll(() => t.close());

  const signInVia = (app: FastifyInstance, forwardedFor: string, email: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: 'wrong password!' },
      remoteAddress: '10.0.0.7',
      headers: { 'x-forwarded-for': forwardedFor },
    });

  it('is not taken from X-Forwarded-For unless a proxy is trusted: rotating it does not lift the rate limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      const reply = await signInVia(t.app, `203.0.113.${i + 1}`, `rotating.${i}@example.org`);
      statuses.push(reply.statusCode);
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('is taken from X-Forwarded-For sent by a trusted proxy', async () => {
    const behindProxy = await buildApp({
      db: t.handle.db,
      config: { secureCookies: false, logLevel: 'silent', trustProxy: ['10.0.0.0/8'] },
      logger: false,
      webRoot: '/nonexistent',
    });
    const user = await buildUser(t.handle.db, { role: 'state_admin' });
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1)
      expect((await signInVia(behindProxy, '203.0.113.200', user.email)).statusCode).toBe(401);
    expect((await signInVia(behindProxy, '203.0.113.200', user.email)).statusCode).toBe(423);
    expect((await signInVia(behindProxy, '203.0.113.201', user.email)).statusCode).toBe(401);
    await behindProxy.close();
  });
});
