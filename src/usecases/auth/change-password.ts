import { DomainError } from '../../core/common/domain-error';
import { findPasswordProblems } from '../../core/people/password-policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteOtherSessions } from '../../data/repositories/sessions.repository';
import { findPasswordOwner, updateUserAccountAtVersion } from '../../data/repositories/users.repository';
import type { UseCaseContext } from '../context';
import { hashPassword, verifyPassword } from '../users/password';
import { staleUser } from '../users/update-user';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  /** The session the change is made from: it stays open, the user's other sessions end. */
  sessionId: string;
}

/**
 * The signed-in user chooses a new password: the current one must be right, the new one must
 * pass the password policy and differ from the current one. Clears the must-change flag (the
 * first sign-in of a user whose password someone else chose), ends the user's other sessions,
 * and is audited without any password or hash. Saved at the version the current password was
 * checked at: when the account changed meanwhile (an administrator reset the password, another
 * change of the user's own), it answers 409 rather than replace a password it did not check.
 */
export async function changePassword(ctx: UseCaseContext, change: PasswordChange): Promise<void> {
  const userId = ctx.actor.userId;
  if (!userId) throw new DomainError('forbidden', 'Only a signed-in user changes their password.');
  const owner = await findPasswordOwner(ctx.db, userId);
  if (!owner) throw new DomainError('not_found', 'User not found.');
  if (!(await verifyPassword(owner.password_hash, change.currentPassword)))
    throw DomainError.invalidField('currentPassword', 'is not your current password');
  if (change.newPassword === change.currentPassword)
    throw DomainError.invalidField('newPassword', 'must differ from the current password');
  const problems = findPasswordProblems(change.newPassword, {
    email: owner.email,
    displayName: owner.display_name,
  });
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.map((message) => `newPassword: ${message}`).join('; '),
      problems.map((message) => ({ field: 'newPassword', message })),
    );
  const passwordHash = await hashPassword(change.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    const saved = await updateUserAccountAtVersion(trx, userId, owner.version, {
      password_hash: passwordHash,
      must_change_password: false,
    });
    if (!saved) throw staleUser();
    await deleteOtherSessions(trx, userId, change.sessionId);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'user',
      entityId: userId,
      regionId: owner.region_id,
      before: { mustChangePassword: owner.must_change_password },
      after: { mustChangePassword: false, passwordChanged: true },
    });
  });
}
