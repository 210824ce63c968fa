import { DomainError } from '../../core/common/domain-error';
import { priorityOverrideProblems } from '../../core/recruitment/prioritization';
import { recordAudit } from '../../data/repositories/audit.repository';
import { setReferralPriorityOverride } from '../../data/repositories/referrals.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getReferral, loadReferralFor } from './get-referral';
import type { ReferralSummary } from './present-referral';

/**
 * A manager sets (or, with `priority` null, removes) their own priority for a referral, with
 * the reason; the rules' priority and reasons stay beside it. At `version` (409 when stale);
 * audited.
 */
export async function overrideReferralPriority(
  ctx: UseCaseContext,
  id: string,
  input: { priority: number | null; reason?: string | null | undefined; version: number },
): Promise<ReferralSummary> {
  requirePermission(ctx, 'referral.assign');
  const override =
    input.priority === null || input.priority === 0
      ? null
      : { priority: input.priority, reason: (input.reason ?? '').trim() };
  const problems = override ? priorityOverrideProblems(override) : [];
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  await ctx.db.transaction().execute(async (trx) => {
    const referral = await loadReferralFor(ctx, trx, id, 'override');
    const changed = await setReferralPriorityOverride(trx, id, {
      override,
      by: ctx.actor.userId,
      version: input.version,
    });
    if (!changed)
      throw new DomainError('conflict', 'The referral was changed by someone else; reload it and try again.');
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'referral',
      entityId: id,
      regionId: referral.region_id,
      childId: referral.matched_child_id,
      before: {
        priority: referral.priority,
        priorityOverride: referral.priority_override,
        reason: referral.priority_override_reason,
      },
      after: {
        priority: override?.priority ?? referral.rules_priority ?? referral.priority,
        priorityOverride: override?.priority ?? null,
        reason: override?.reason ?? null,
      },
    });
  });
  return getReferral(ctx, id);
}
