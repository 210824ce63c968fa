import type { ServiceTerm } from '../../core/services/service-records';
import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import type { RegionRow } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { reportMpoOutcomes } from '../services/report-mpo-outcomes';
import { outcomesRegion } from './outcomes-region';
import { planSummaryOf, presentMpos, type MpoView, type PlanSummary } from './present-mpos';

/** The MPO page: the figures of a region (or the state) as they stand, per period and term. */
export interface MpoOutcomesView {
  period: string;
  term: ServiceTerm | null;
  region: RegionRow | null;
  plan: PlanSummary | null;
  mpos: MpoView[];
}

/**
 * The MPO figures as results arrive: the MPO report of a period (the region's, or the state's
 * for state-scope readers), optionally of one term, each MPO with its statement, rule,
 * drop-off and findings.
 */
export async function getMpoOutcomes(
  ctx: UseCaseContext,
  options: { period: string; regionId?: string | undefined; term?: ServiceTerm | undefined },
): Promise<MpoOutcomesView> {
  requirePermission(ctx, 'report.read');
  const region = await outcomesRegion(ctx, options.regionId);
  const report = await reportMpoOutcomes(ctx, {
    period: options.period,
    regionNumber: region?.number,
    term: options.term,
  });
  const plan = await findAdoptedPlan(ctx.db);
  return {
    period: report.period,
    term: options.term ?? null,
    region,
    plan: planSummaryOf(plan),
    mpos: await presentMpos(ctx.db, plan, report.mpos),
  };
}
