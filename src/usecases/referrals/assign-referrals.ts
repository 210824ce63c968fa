import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { isEligibleAssignee, referralPolicy } from '../../core/recruitment/referral.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  assignReferralsTo,
  findAssigneeCandidate,
  findReferralsInScope,
} from '../../data/repositories/referrals.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { referralAccessOf } from './present-referral';

/** An I&R manager assigns (or, with null, unassigns) referrals of their region to a recruiter of it; audited. */
export async function assignReferrals(
  ctx: UseCaseContext,
  input: { referralIds: string[]; recruiterId: string | null },
): Promise<{ assigned: number }> {
  requirePermission(ctx, 'referral.assign');
  return ctx.db.transaction().execute(async (trx) => {
    const referrals = await findReferralsInScope(trx, accessScopeOf(ctx.actor), input.referralIds);
    if (
      referrals.length !== new Set(input.referralIds).size ||
      referrals.some((referral) => !referralPolicy.can(ctx.actor, 'assign', referralAccessOf(referral)))
    )
      throw DomainError.invalidField('referralIds', 'some referrals are not in your region');
    if (input.recruiterId) {
      const recruiter = await findAssigneeCandidate(trx, input.recruiterId);
      const eligible =
        recruiter !== undefined &&
        referrals.every((referral) =>
          isEligibleAssignee(
            { role: recruiter.role, regionId: recruiter.region_id, isActive: recruiter.is_active },
            referral.region_id,
          ),
        );
      if (!eligible)
        throw DomainError.invalidField('recruiterId', 'must be an active recruiter of the referrals’ region');
    }
    await assignReferralsTo(
      trx,
      referrals.map((referral) => referral.id),
      input.recruiterId,
    );
    for (const referral of referrals) {
      await recordAudit(trx, ctx.actor, {
        action: 'update',
        entityType: 'referral',
        entityId: referral.id,
        regionId: referral.region_id,
        before: { assignedTo: referral.assigned_to },
        after: { assignedTo: input.recruiterId },
      });
    }
    return { assigned: referrals.length };
  });
}
