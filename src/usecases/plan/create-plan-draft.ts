import { amendmentOf, checkPlanLabel } from '../../core/services/plan-version';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  insertPlanVersion,
  planContentOf,
  replacePlanContent,
} from '../../data/repositories/plan.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getPlanVersion } from './get-plan-version';
import { loadPlanVersionFor } from './load-plan-version';
import type { PlanVersionRecord } from './plan-version-record';

/**
 * Start a draft: empty, or an amendment copied from an adopted or superseded version (which
 * stays as it is: services delivered under it keep it). Audited.
 */
export async function createPlanDraft(
  ctx: UseCaseContext,
  input: { name: string; notes?: string | null | undefined; amendmentOf?: string | null | undefined },
): Promise<PlanVersionRecord> {
  requirePermission(ctx, 'plan.manage');
  const label = checkPlanLabel(input.name, input.notes ?? null);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const source = input.amendmentOf ? await loadPlanVersionFor(ctx, trx, input.amendmentOf, 'amend') : null;
    const content = source
      ? amendmentOf(await planContentOf(trx, source.id))
      : { needAreas: [], mpos: [], strategies: [] };
    const draftId = await insertPlanVersion(trx, { ...label, demo: source?.demo ?? false });
    await replacePlanContent(trx, draftId, content);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'plan_version',
      entityId: draftId,
      regionId: null,
      after: { ...label, status: 'draft', amendmentOf: source?.id ?? null, ...content },
    });
    return draftId;
  });
  return getPlanVersion(ctx, id);
}
