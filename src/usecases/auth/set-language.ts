import { DomainError } from '../../core/common/domain-error';
import { findUserLanguage, updateUserLanguage } from '../../data/repositories/users.repository';
import { recordAudit } from '../../data/repositories/audit.repository';
import type { UseCaseContext } from '../context';

/** Save the signed-in user's language; audited. */
export async function setLanguage(ctx: UseCaseContext, language: 'en' | 'es'): Promise<void> {
  const userId = ctx.actor.userId;
  if (!userId) throw new DomainError('not_found', 'User not found.');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findUserLanguage(trx, userId);
    if (before === undefined) throw new DomainError('not_found', 'User not found.');
    if (before === language) return;
    await updateUserLanguage(trx, userId, language);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'user',
      entityId: userId,
      regionId: ctx.actor.regionId,
      before: { language: before },
      after: { language },
    });
  });
}
