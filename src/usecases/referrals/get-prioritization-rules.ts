import type { RuleSet } from '../../core/recruitment/prioritization';
import { requirePermission, type UseCaseContext } from '../context';
import { contactQueueRegion } from './contact-queue-region';
import { ruleSetOfRegion } from './region-rule-sets';

/** A region's prioritization rules (Region 3's by default). */
export async function getPrioritizationRules(
  ctx: UseCaseContext,
  regionId: string | undefined,
): Promise<RuleSet & { regionId: string; isDefault: boolean }> {
  requirePermission(ctx, 'referral.read');
  const id = await contactQueueRegion(ctx, regionId, 'read');
  return { regionId: id, ...(await ruleSetOfRegion(ctx.db, id)) };
}
