import { findPasswordProblems } from '../../core/people/password-policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteSessionsOfUser } from '../../data/repositories/sessions.repository';
import {
  findUserProfile,
  listAssignedRegionNumbersOf,
  updateUserAccountAtVersion,
} from '../../data/repositories/users.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { presentUser, type UserSummary } from './list-users';
import { hashPassword } from './password';
import { loadManagedAccount, staleUser } from './update-user';
import { throwProblems } from './user-scope';

/**
 * Give an account a password the administrator chose and tells the user (docs/rules/users.md
 * UA2.3): the user must choose a new one at the next sign-in, and every session of theirs ends.
 * Audited without the password.
 */
export async function resetUserPassword(
  ctx: UseCaseContext,
  userId: string,
  options: { version: number; password: string },
): Promise<UserSummary> {
  requirePermission(ctx, 'user.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const current = await loadManagedAccount({ ...ctx, db: trx }, userId);
    throwProblems(
      findPasswordProblems(options.password, {
        email: current.email,
        displayName: current.display_name,
      }).map((message) => ({ field: 'password', message })),
    );
    const saved = await updateUserAccountAtVersion(trx, userId, options.version, {
      password_hash: await hashPassword(options.password),
      must_change_password: true,
    });
    if (!saved) throw staleUser();
    await deleteSessionsOfUser(trx, userId);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'user',
      entityId: userId,
      regionId: current.region_id,
      before: { mustChangePassword: current.must_change_password },
      after: { passwordReset: true, mustChangePassword: true },
    });
    const assigned = (await listAssignedRegionNumbersOf(trx, [userId])).get(userId) ?? [];
    return presentUser(ctx.actor, (await findUserProfile(trx, userId))!, assigned);
  });
}
