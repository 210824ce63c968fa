import { DomainError } from '../../core/common/domain-error';
import type { Actor } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { createSession, deleteExpiredSessions } from '../../data/repositories/sessions.repository';
import {
  clearSignInFailures,
  countSignInAttempt,
  deleteStaleSignInFailures,
  lockSignInFailures,
  signInFailuresKey,
} from '../../data/repositories/sign-in-failures.repository';
import { findSignInCredentials } from '../../data/repositories/users.repository';
import { hashPassword, verifyPassword } from '../users/password';

/**
 * After this many failed sign-ins in a row for one email from one source address, that email
 * is locked from that address for LOCKOUT_MINUTES (failures older than that are forgotten).
 */
export const MAX_FAILED_SIGN_INS = 5;
const LOCKOUT_MINUTES = 15;

const WRONG_CREDENTIALS = 'The email or password is not right.';
const LOCKED = `Too many failed sign-ins: try again after ${LOCKOUT_MINUTES} minutes, or ask an administrator.`;

/** Who locks an account after too many failed sign-ins, as the audit log shows it. */
const SYSTEM_ACTOR: Actor = {
  userId: null,
  role: 'state_admin',
  regionId: null,
  districtId: null,
  assignedRegionIds: [],
  label: 'system',
};

/**
 * A hash of a random password, checked when the email is unknown so that an unknown email
 * takes as long as a wrong password and timing does not reveal who has an account.
 */
let decoyHash: Promise<string> | undefined;

export interface SignInCredentials {
  email: string;
  password: string;
  /** The client's address (the request's, or the one a trusted proxy forwarded). */
  source: string;
}

/**
 * Check an email and password and open a session; wrong credentials and locks are DomainErrors.
 * Unknown and known emails are counted, locked and answered alike; a lock of a known account
 * is audited. Signing in also deletes expired sessions and stale failure counters.
 */
export async function signIn(
  db: Db,
  credentials: SignInCredentials,
  now: Date,
): Promise<{ token: string; csrfToken: string; userId: string }> {
  const email = credentials.email.trim().toLowerCase();
  const failuresKey = signInFailuresKey(email, credentials.source);
  // Counted before the password is checked, so that concurrent guesses past the limit are
  // refused rather than all checked against a count each of them read before the others wrote.
  const attempt = await countSignInAttempt(db, failuresKey, now, LOCKOUT_MINUTES);
  if (attempt > MAX_FAILED_SIGN_INS) throw new DomainError('locked', LOCKED);

  const user = await findSignInCredentials(db, email);
  const knownUser = user?.is_active ? user : undefined;
  let isRight = false;
  if (knownUser) {
    isRight = await verifyPassword(knownUser.password_hash, credentials.password);
  } else {
    decoyHash ??= hashPassword(`decoy-${Math.random()}`);
    await verifyPassword(await decoyHash, credentials.password);
  }
  if (!knownUser || !isRight) {
    if (attempt === MAX_FAILED_SIGN_INS) {
      const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
      await db.transaction().execute(async (trx) => {
        await lockSignInFailures(trx, failuresKey, lockedUntil);
        if (knownUser) {
          await recordAudit(trx, SYSTEM_ACTOR, {
            action: 'update',
            entityType: 'user',
            entityId: knownUser.id,
            regionId: knownUser.region_id,
            before: { lockedUntil: null },
            after: { lockedUntil: lockedUntil.toISOString(), failedSignIns: MAX_FAILED_SIGN_INS },
          });
        }
      });
    }
    throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
  }

  await clearSignInFailures(db, failuresKey);
  await deleteExpiredSessions(db, now);
  await deleteStaleSignInFailures(db, now, LOCKOUT_MINUTES);
  const session = await createSession(db, knownUser.id, now);
  return { ...session, userId: knownUser.id };
}
