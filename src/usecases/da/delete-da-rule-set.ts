import { DomainError } from '../../core/common/domain-error';
import { hasPermission } from '../../core/people/roles';
import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteRuleSetRow } from '../../data/repositories/da-rule-sets.repository';
import type { UseCaseContext } from '../context';

/** Remove a state rule set; an override of California's gives California's back. Audited. */
export async function deleteDaRuleSet(ctx: UseCaseContext, id: string): Promise<void> {
  if (!hasPermission(ctx.actor.role, 'da.manage'))
    throw new DomainError('forbidden', 'Only a state administrator changes rule sets.');
  await ctx.db.transaction().execute(async (trx) => {
    const definition = await deleteRuleSetRow(trx, id);
    if (definition === undefined) throw new DomainError('not_found', `No state rule set ${id}.`);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'da_rule_set',
      entityId: id,
      regionId: null,
      before: definition,
    });
  });
}
