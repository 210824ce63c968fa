import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import {
  ruleSetProblems,
  type PrioritizationRule,
  type RuleSet,
} from '../../core/recruitment/prioritization';
import { recordAudit } from '../../data/repositories/audit.repository';
import { saveRuleSetOfRegion } from '../../data/repositories/prioritization-rule-sets.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { contactQueueRegion } from './contact-queue-region';
import { ruleSetOfRegion } from './region-rule-sets';
import { rerankOpenReferrals } from './rerank-referrals';

/** Save the region's rules and re-rank every open referral of the region with them; audited. */
export async function savePrioritizationRules(
  ctx: UseCaseContext,
  input: RuleSet & { regionId?: string | undefined },
  today: CalendarDate,
): Promise<RuleSet & { regionId: string; isDefault: boolean; reranked: number }> {
  requirePermission(ctx, 'referral.assign');
  const regionId = await contactQueueRegion(ctx, input.regionId, 'write');
  const ruleSet: RuleSet = {
    lowestPriority: input.lowestPriority,
    rules: input.rules.map((rule: PrioritizationRule) => ({ ...rule })),
  };
  const problems = ruleSetProblems(ruleSet);
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  const reranked = await ctx.db.transaction().execute(async (trx) => {
    const before = await ruleSetOfRegion(trx, regionId);
    await saveRuleSetOfRegion(trx, regionId, ruleSet, ctx.actor.userId);
    const reranked = await rerankOpenReferrals(trx, accessScopeOf(ctx.actor), today, { regionId, ruleSet });
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'referral',
      entityId: `rules:${regionId}`,
      regionId,
      before: { lowestPriority: before.lowestPriority, rules: before.rules },
      after: ruleSet,
    });
    return reranked;
  });
  return { regionId, ...ruleSet, isDefault: false, reranked };
}
