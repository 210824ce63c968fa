import type { CalendarDate } from '../../core/common/calendar-date';
import { adoptionChanges } from '../../core/services/plan-version';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  adoptPlanDraftIfVersion,
  listAdoptedPlanVersions,
  lockPlanAdoption,
  supersedePlanVersions,
} from '../../data/repositories/plan.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { auditSupersessions } from './audit-supersessions';
import { getPlanVersion } from './get-plan-version';
import { loadPlanVersionFor, stalePlanVersion } from './load-plan-version';
import type { PlanVersionRecord } from './plan-version-record';

/**
 * Adopt a draft as the plan in force from `today`; the version adopted before is superseded
 * (services delivered under it keep it). Audited: the adoption and each supersession.
 */
export async function adoptPlanDraft(
  ctx: UseCaseContext,
  id: string,
  version: number,
  today: CalendarDate,
): Promise<PlanVersionRecord> {
  requirePermission(ctx, 'plan.manage');
  await ctx.db.transaction().execute(async (trx) => {
    await lockPlanAdoption(trx);
    const draft = await loadPlanVersionFor(ctx, trx, id, 'adopt');
    const { supersede } = adoptionChanges(
      [...(await listAdoptedPlanVersions(trx)), { id: draft.id, status: draft.status }],
      draft.id,
    );
    if (!(await adoptPlanDraftIfVersion(trx, id, version, today))) throw stalePlanVersion();
    await supersedePlanVersions(trx, supersede);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'plan_version',
      entityId: id,
      regionId: null,
      before: { status: 'draft', version },
      after: { status: 'adopted', adoptedOn: today, version: version + 1, supersedes: supersede },
    });
    await auditSupersessions(trx, ctx.actor, supersede, id);
  });
  return getPlanVersion(ctx, id);
}
