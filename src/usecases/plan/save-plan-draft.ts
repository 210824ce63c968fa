import { checkPlanContent, checkPlanLabel } from '../../core/services/plan-version';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  planContentOf,
  replacePlanContent,
  updatePlanDraftIfVersion,
} from '../../data/repositories/plan.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getPlanVersion } from './get-plan-version';
import { loadPlanVersionFor, stalePlanVersion } from './load-plan-version';
import { planVersionLabelOf, type PlanVersionRecord } from './plan-version-record';

export interface PlanDraftDocument {
  /** The version the editor read: a save over someone else's is refused (409, field `version`). */
  version: number;
  name: string;
  notes?: string | null | undefined;
  /** Whether the values are still demo values, labelled as such on every page. */
  demo: boolean;
  needAreas: unknown;
  mpos: unknown;
  strategies: unknown;
}

/** Save a draft's whole content over what it held; audited with before and after. */
export async function savePlanDraft(
  ctx: UseCaseContext,
  id: string,
  document: PlanDraftDocument,
): Promise<PlanVersionRecord> {
  requirePermission(ctx, 'plan.manage');
  const label = checkPlanLabel(document.name, document.notes ?? null);
  const content = checkPlanContent(document);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadPlanVersionFor(ctx, trx, id, 'edit');
    const beforeContent = await planContentOf(trx, id);
    const changed = await updatePlanDraftIfVersion(trx, id, document.version, {
      ...label,
      demo: document.demo,
    });
    if (!changed) throw stalePlanVersion();
    await replacePlanContent(trx, id, content);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'plan_version',
      entityId: id,
      regionId: null,
      before: { ...planVersionLabelOf(before), ...beforeContent },
      after: { ...label, demo: document.demo, version: document.version + 1, ...content },
    });
  });
  return getPlanVersion(ctx, id);
}
