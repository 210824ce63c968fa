import { DomainError } from '../../core/common/domain-error';
import type { Actor } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { createSession } from '../../data/repositories/sessions.repository';
import { findSignInCredentials, updateSignInFailures } from '../../data/repositories/users.repository';
import { hashPassword, verifyPassword } from '../users/password';

/** After this many failed sign-ins in a row the account is locked for LOCKOUT_MINUTES. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

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

/** Check an email and password and open a session; wrong credentials and locks are DomainErrors. A lock is audited. */
export async function signIn(
  db: Db,
  credentials: { email: string; password: string },
  now: Date,
): Promise<{ token: string; csrfToken: string; userId: string }> {
  const email = credentials.email.trim().toLowerCase();
  const user = await findSignInCredentials(db, email);
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
    if (failures < MAX_FAILED_SIGN_INS) {
      await updateSignInFailures(db, user.id, { failedSignIns: failures, lockedUntil: null });
    } else {
      const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
      await db.transaction().execute(async (trx) => {
        await updateSignInFailures(trx, user.id, { failedSignIns: 0, lockedUntil });
        await recordAudit(trx, SYSTEM_ACTOR, {
          action: 'update',
          entityType: 'user',
          entityId: user.id,
          regionId: user.region_id,
          before: {
            lockedUntil: user.locked_until ? new Date(user.locked_until).toISOString() : null,
            failedSignIns: user.failed_sign_ins,
          },
          after: { lockedUntil: lockedUntil.toISOString(), failedSignIns: 0 },
        });
      });
    }
    throw new DomainError('unauthenticated', 'The email or password is not right.');
  }
  if (user.failed_sign_ins > 0 || user.locked_until)
    await updateSignInFailures(db, user.id, { failedSignIns: 0, lockedUntil: null });
  const session = await createSession(db, user.id, now);
  return { ...session, userId: user.id };
}
