import { DomainError } from '../../core/common/domain-error';
import { hasPermission } from '../../core/people/roles';
import { recordAudit } from '../../data/repositories/audit.repository';
import { findStoredRuleSet, saveRuleSetAtVersion } from '../../data/repositories/da-rule-sets.repository';
import type { UseCaseContext } from '../context';
import { parseRuleSetsOrRefuse } from './da-rule-sets-in-force';
import { listDaRuleSets, type RuleSetListing } from './list-da-rule-sets';

/** The version each set was read at, by id (0: not stored, California's as shipped or a new id). */
export type RuleSetVersionsRead = Record<string, number>;

/**
 * A state administrator adds or overrides rule sets without a code change, each at the version
 * they read: when any was saved or removed since, nothing is written (409). Audited.
 */
export async function saveDaRuleSets(
  ctx: UseCaseContext,
  json: unknown,
  versionsRead: RuleSetVersionsRead,
): Promise<RuleSetListing[]> {
  if (!hasPermission(ctx.actor.role, 'da.manage'))
    throw new DomainError('forbidden', 'Only a state administrator changes rule sets.');
  const sets = parseRuleSetsOrRefuse(json, 'definition');
  const ids = sets
    .filter((set) => versionsRead[set.id] === undefined)
    .map((set) => set.id)
    .join(', ');
  if (ids !== '')
    throw new DomainError('invalid_input', `versions: give the version you read of ${ids} (0 for a new id)`, [
      { field: 'versions', message: `lacks ${ids}` },
    ]);
  await ctx.db.transaction().execute(async (trx) => {
    for (const set of sets) {
      const before = await findStoredRuleSet(trx, set.id);
      const stored = { id: set.id, definition: set, source: 'web' as const, updatedBy: ctx.actor.userId };
      if (!(await saveRuleSetAtVersion(trx, stored, versionsRead[set.id]!))) throw staleRuleSet(set.id);
      await recordAudit(trx, ctx.actor, {
        action: before === undefined ? 'create' : 'update',
        entityType: 'da_rule_set',
        entityId: set.id,
        regionId: null,
        before: before?.definition ?? null,
        after: set,
      });
    }
  });
  return listDaRuleSets(ctx);
}

/** Someone saved or removed the rule set since it was read. */
export function staleRuleSet(id: string): DomainError {
  return new DomainError(
    'conflict',
    `version: someone else changed rule set ${id} since you opened it; reload the rule sets`,
    [{ field: 'version', message: 'is stale' }],
  );
}
