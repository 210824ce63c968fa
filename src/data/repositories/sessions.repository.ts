import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db';

/** Sessions live in the database so several app servers can share them. */
export const SESSION_IDLE_HOURS = 8;

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Create a session; returns the token for the cookie and the CSRF token. */
export async function createSession(db: Db, userId: string, now: Date): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      id: digest(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: new Date(now.getTime() + SESSION_IDLE_HOURS * 3_600_000),
      last_seen_at: now,
    })
    .execute();
  return { token, csrfToken };
}

export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  userId: string;
  email: string;
  role: string;
  regionId: string | null;
  districtId: string | null;
  /** The user must choose a new password before anything else (users.must_change_password). */
  mustChangePassword: boolean;
  lastSeenAt: Date;
}

/** The live session of a cookie token, or undefined when absent, expired or the user inactive. */
export async function findSession(db: Db, token: string, now: Date): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'sessions.last_seen_at as lastSeenAt',
      'users.id as userId',
      'users.email',
      'users.role',
      'users.region_id as regionId',
      'users.district_id as districtId',
      'users.must_change_password as mustChangePassword',
    ])
    .where('sessions.id', '=', digest(token))
    .where('sessions.expires_at', '>', now)
    .where('users.is_active', '=', true)
    .executeTakeFirst();
  return row;
}

/**
 * Slide the session's expiry forward. Written at most once a minute per session, so a busy
 * page does not turn every read into a write.
 */
export async function touchSession(db: Db, session: SessionUser, now: Date): Promise<void> {
  if (now.getTime() - new Date(session.lastSeenAt).getTime() < 60_000) return;
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: new Date(now.getTime() + SESSION_IDLE_HOURS * 3_600_000) })
    .where('id', '=', session.sessionId)
    .execute();
}

/** End a session (sign out). */
export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', digest(token)).execute();
}

/** Remove expired sessions; returns how many. */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** End every session of a user but one (after a password change, other devices sign in again). */
export async function deleteOtherSessions(db: Db, userId: string, keepSessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepSessionId).execute();
}

/** End every session of a user (deactivated, or their password reset by an administrator). */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
