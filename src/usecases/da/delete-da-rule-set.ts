import { DomainError } from '../../core/common/domain-error';
import { hasPermission } from '../../core/people/roles';
import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteRuleSetRow, findStoredRuleSet } from '../../data/repositories/da-rule-sets.repository';
import type { UseCaseContext } from '../context';
import { staleRuleSet } from './save-da-rule-sets';

/**
 * Remove a state rule set at the version read; an override of California's gives California's
 * back. A 409 when it was saved since, and nothing is removed. Audited.
 */
export async function deleteDaRuleSet(ctx: UseCaseContext, id: string, versionRead: number): Promise<void> {
  if (!hasPermission(ctx.actor.role, 'da.manage'))
    throw new DomainError('forbidden', 'Only a state administrator changes rule sets.');
  await ctx.db.transaction().execute(async (trx) => {
    const definition = await deleteRuleSetRow(trx, id, versionRead);
    if (definition === undefined) {
      if ((await findStoredRuleSet(trx, id)) === undefined)
        throw new DomainError('not_found', `No state rule set ${id}.`);
      throw staleRuleSet(id);
    }
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'da_rule_set',
      entityId: id,
      regionId: null,
      before: definition,
    });
  });
}
