import { DomainError } from '../../core/common/domain-error';
import type { Db } from '../../data/db';
import { createSession } from '../../data/repositories/sessions.repository';
import { hashPassword, verifyPassword } from '../users/password';

/** After this many failed sign-ins in a row the account is locked for LOCKOUT_MINUTES. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

/**
 * A hash of a random password, checked when the email is unknown so that an unknown email
 * takes as long as a wrong password and timing does not reveal who has an account.
 */
let decoyHash: Promise<string> | undefined;

/** Check an email and password and open a session; wrong credentials and locks are DomainErrors. */
export async function signIn(
  db: Db,
  credentials: { email: string; password: string },
  now: Date,
): Promise<{ token: string; csrfToken: string; userId: string }> {
  const email = credentials.email.trim().toLowerCase();
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'failed_sign_ins', 'locked_until', 'is_active'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user || !user.is_active) {
    decoyHash ??= hashPassword(`decoy-${Math.random()}`);
    await verifyPassword(await decoyHash, credentials.password);
    throw new DomainError('unauthenticated', 'The email or password is not right.');
  }
  if (user.locked_until && new Date(user.locked_until) > now) {
    throw new DomainError(
      'locked',
      `Too many failed sign-ins: try again after ${LOCKOUT_MINUTES} minutes, or ask an administrator.`,
    );
  }
  if (!(await verifyPassword(user.password_hash, credentials.password))) {
    const failures = user.failed_sign_ins + 1;
    const locks = failures >= MAX_FAILED_SIGN_INS;
    await db
      .updateTable('users')
      .set({
        failed_sign_ins: locks ? 0 : failures,
        locked_until: locks ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null,
      })
      .where('id', '=', user.id)
      .execute();
    throw new DomainError('unauthenticated', 'The email or password is not right.');
  }
  await db
    .updateTable('users')
    .set({ failed_sign_ins: 0, locked_until: null })
    .where('id', '=', user.id)
    .execute();
  const session = await createSession(db, user.id, now);
  return { ...session, userId: user.id };
}
