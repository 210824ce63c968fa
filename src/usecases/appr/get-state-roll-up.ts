import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { parsePeriod } from '../../core/recruitment/performance-period';
import { stateRollUpOf, type RollUpRegion, type StatusCounts } from '../../core/services/appr';
import { apprPolicy } from '../../core/services/appr.policy';
import { apprReviewDates } from '../../data/repositories/appr.repository';
import { listRegionsInScope } from '../../data/repositories/regions.repository';
import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { planSummaryOf, presentMpos, type MpoView, type PlanSummary } from '../mpo-outcomes/present-mpos';
import { reportMpoOutcomesOfRegions } from '../services/report-mpo-outcomes';

/** The state's roll-up as the page shows it. */
export interface StateRollUpView {
  period: string;
  plan: PlanSummary | null;
  /** Per MPO, the state's own figures (each child once) and the subgrantees by status. */
  mpos: Array<MpoView & { subgrantees: StatusCounts }>;
  /** Every subgrantee's status on every MPO, and when it saved its review. */
  regions: Array<RollUpRegion & { reviewSavedAt: string | null }>;
}

/** Every subgrantee × MPO status of a period beside the state's figures, for state-scope readers. */
export async function getStateRollUp(
  ctx: UseCaseContext,
  options: { period: string },
): Promise<StateRollUpView> {
  requirePermission(ctx, 'report.read');
  const period = parsePeriod(options.period, 'period').name;
  authorize(apprPolicy, ctx.actor, 'read', { regionId: null }, 'No state roll-up in your scope.');
  const plan = await findAdoptedPlan(ctx.db);
  const regions = await listRegionsInScope(ctx.db, accessScopeOf(ctx.actor));
  const reports = await reportMpoOutcomesOfRegions(ctx, {
    period,
    regionIds: regions.map((region) => region.id),
  });
  const state = await presentMpos(ctx.db, plan, reports.state.mpos);
  const rollUp = stateRollUpOf(
    period,
    state,
    regions.map((region) => ({
      regionId: region.id,
      regionNumber: region.number,
      regionName: region.name,
      outcomes: reports.regions.get(region.id)!,
    })),
  );
  const reviewed = await apprReviewDates(ctx.db, period);
  return {
    period,
    plan: planSummaryOf(plan),
    mpos: rollUp.mpos.map((line, index) => ({ ...state[index]!, subgrantees: line.subgrantees })),
    regions: rollUp.regions.map((region) => ({
      ...region,
      reviewSavedAt: reviewed.get(region.regionId)?.toISOString() ?? null,
    })),
  };
}
