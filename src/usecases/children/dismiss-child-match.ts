import { pairKey } from '../../core/children/reconciliation';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertDismissal } from '../../data/repositories/child-identities.repository';
import type { UseCaseContext } from '../context';
import { requirePermission } from '../context';
import { loadChildrenToReconcile } from './reconciliation-common';

/**
 * "Not the same child" (IR5.4): the pair is remembered and never proposed again; audited.
 */
export async function dismissChildMatch(
  ctx: UseCaseContext,
  input: { firstChildId: string; secondChildId: string; reason?: string | undefined },
): Promise<{ dismissed: boolean }> {
  requirePermission(ctx, 'child.reconcile');
  if (input.firstChildId === input.secondChildId)
    throw DomainError.invalidField('secondChildId', 'must be another child than the first');
  return ctx.db.transaction().execute(async (trx) => {
    const [a, b] = await loadChildrenToReconcile(ctx, trx, [input.firstChildId, input.secondChildId]);
    const [firstChildId, secondChildId] = pairKey(a!.id, b!.id).split(':') as [string, string];
    const reason = input.reason?.trim() ?? '';
    const inserted = await insertDismissal(trx, {
      firstChildId,
      secondChildId,
      reason,
      by: ctx.actor.userId,
      byLabel: ctx.actor.label,
    });
    if (inserted)
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'child_match_dismissal',
        entityId: `${firstChildId}:${secondChildId}`,
        regionId: a!.region_id,
        childId: firstChildId,
        after: { firstChildId, secondChildId, reason },
      });
    return { dismissed: true };
  });
}
