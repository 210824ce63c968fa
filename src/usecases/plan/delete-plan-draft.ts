import { recordAudit } from '../../data/repositories/audit.repository';
import {
  deletePlanDraft as deletePlanDraftRow,
  planContentOf,
} from '../../data/repositories/plan.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadPlanVersionFor, stalePlanVersion } from './load-plan-version';
import { planVersionLabelOf } from './plan-version-record';

/** Delete a draft (an adopted or superseded version is kept for good); the audit log keeps its content. */
export async function deletePlanDraft(ctx: UseCaseContext, id: string): Promise<void> {
  requirePermission(ctx, 'plan.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const draft = await loadPlanVersionFor(ctx, trx, id, 'delete');
    const content = await planContentOf(trx, id);
    if (!(await deletePlanDraftRow(trx, id))) throw stalePlanVersion();
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'plan_version',
      entityId: id,
      regionId: null,
      before: { ...planVersionLabelOf(draft), ...content },
    });
  });
}
