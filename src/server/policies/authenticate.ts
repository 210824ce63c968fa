import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../core/common/domain-error';
import type { Actor } from '../../core/people/access-scope';
import { hasPermission, type Permission } from '../../core/people/roles';
import type { Db } from '../../data/db';
import {
  findSession,
  SESSION_IDLE_HOURS,
  touchSession,
  type SessionUser,
} from '../../data/repositories/sessions.repository';
import { loadActor } from '../../usecases/auth/load-actor';

export const SESSION_COOKIE = 'ciclo_session';
export const CSRF_HEADER = 'x-csrf-token';

/** The session cookie: HttpOnly, same-site, for as long as a session stays idle. */
export function sessionCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge: SESSION_IDLE_HOURS * 3600 };
}

/** What a route needs: a permission, any signed-in user, or nothing (public). */
export type RouteAccess = Permission | 'signed_in' | 'public';

/** One row of the route table: how each /api route is reached, for the authorization tests. */
export interface RouteAccessEntry {
  method: string;
  url: string;
  access: RouteAccess;
  hasBody: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteAccessEntry[];
  }
  interface FastifyContextConfig {
    /** Every /api route declares who may call it (STYLE §7); routes without one fail at startup. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor?: Actor;
    session?: SessionUser;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a user who must choose a new password may reach before they have (the rest answers 403). */
const BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/me', '/api/auth/sign-out', '/api/auth/password']);
export const CHOOSE_PASSWORD_FIRST = 'Choose a new password before anything else.';

/**
 * The policy layer: every /api route is authenticated from the session cookie, checked
 * against CSRF for state-changing methods, and authorized by role before its handler or
 * even its input validation runs. Scope (which records) is checked by the use cases.
 */
export function registerAuthentication(app: FastifyInstance, db: Db): void {
  const routeTable: RouteAccessEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule.`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routeTable.push({ method, url: route.url, access, hasBody: Boolean(route.schema?.body) });
    }
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const token = request.cookies[SESSION_COOKIE];
    const now = new Date();
    const session = token ? await findSession(db, token, now) : undefined;
    if (!session) throw new DomainError('unauthenticated', 'Sign in to continue.');
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) {
      throw new DomainError('forbidden', `The request lacks a valid ${CSRF_HEADER} header.`);
    }
    if (session.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(request.routeOptions.url ?? '')) {
      throw new DomainError('forbidden', CHOOSE_PASSWORD_FIRST);
    }
    await touchSession(db, session, now);
    request.session = session;
    request.actor = await loadActor(db, session);
    if (access !== 'signed_in' && !hasPermission(request.actor.role, access)) {
      throw new DomainError('forbidden', 'Your role does not allow this.');
    }
  });
}

/** The authenticated actor of a request; an assertion for handlers of non-public routes. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'Sign in to continue.');
  return request.actor;
}
