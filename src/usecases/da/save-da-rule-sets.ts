import { DomainError } from '../../core/common/domain-error';
import { hasPermission } from '../../core/people/roles';
import { recordAudit } from '../../data/repositories/audit.repository';
import { upsertRuleSet } from '../../data/repositories/da-rule-sets.repository';
import type { UseCaseContext } from '../context';
import { parseRuleSetsOrRefuse } from './da-rule-sets-in-force';
import { listDaRuleSets, type RuleSetListing } from './list-da-rule-sets';

/** A state administrator adds or overrides rule sets without a code change; audited. */
export async function saveDaRuleSets(ctx: UseCaseContext, json: unknown): Promise<RuleSetListing[]> {
  if (!hasPermission(ctx.actor.role, 'da.manage'))
    throw new DomainError('forbidden', 'Only a state administrator changes rule sets.');
  const sets = parseRuleSetsOrRefuse(json, 'definition');
  await ctx.db.transaction().execute(async (trx) => {
    for (const set of sets) {
      await upsertRuleSet(trx, { id: set.id, definition: set, source: 'web', updatedBy: ctx.actor.userId });
      await recordAudit(trx, ctx.actor, {
        action: 'update',
        entityType: 'da_rule_set',
        entityId: set.id,
        regionId: null,
        after: set,
      });
    }
  });
  return listDaRuleSets(ctx);
}
