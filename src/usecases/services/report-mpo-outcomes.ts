import { accessScopeOf } from '../../core/people/access-scope';
import { parsePeriod } from '../../core/recruitment/performance-period';
import { outcomeOf } from '../../core/services/mpo-rules';
import type { Mpo, MpoFunnel, MpoOutcome, MpoReport, ServiceTerm } from '../../core/services/service-records';
import { mpoFunnels, mpoFunnelsByRegion } from '../../data/repositories/mpo-outcomes.repository';
import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { reportRegion, reportScopeName } from './report-region';

const NO_ONE = { served: 0, inPopulation: 0, dosageMet: 0, tested: 0, grew: 0 };

/**
 * The MPO outcomes of one performance period (contract services/FORMAT.md "The report"): every
 * MPO of the adopted plan in the plan's order, for the state or one region, optionally one
 * term. The counts come from the database (mpoFunnels); the percentage and status from the
 * core's rules.
 */
export async function reportMpoOutcomes(
  ctx: UseCaseContext,
  options: { period: string; regionNumber?: number | undefined; term?: ServiceTerm | undefined },
): Promise<MpoReport> {
  requirePermission(ctx, 'report.read');
  const period = parsePeriod(options.period, 'period');
  const region = await reportRegion(ctx, options.regionNumber);
  const mpos = (await findAdoptedPlan(ctx.db))?.mpos ?? [];
  const funnels = await mpoFunnels(ctx.db, {
    mpos,
    period,
    regionId: region?.id,
    term: options.term,
    scope: accessScopeOf(ctx.actor),
  });
  return {
    scope: reportScopeName(region),
    period: period.name,
    mpos: outcomesOf(mpos, funnels),
  };
}

const outcomesOf = (mpos: readonly Mpo[], funnels: Map<string, MpoFunnel> | undefined) =>
  mpos.map((mpo) => outcomeOf(mpo, funnels?.get(mpo.number) ?? NO_ONE));

/**
 * The state's report of a period and each region's (keyed by region id), computed in one pass
 * over the records instead of one report per region: what the APPR roll-up shows.
 */
export async function reportMpoOutcomesOfRegions(
  ctx: UseCaseContext,
  options: { period: string; regionIds: readonly string[] },
): Promise<{ state: MpoReport; regions: Map<string, MpoOutcome[]> }> {
  requirePermission(ctx, 'report.read');
  const period = parsePeriod(options.period, 'period');
  const mpos = (await findAdoptedPlan(ctx.db))?.mpos ?? [];
  const funnels = await mpoFunnelsByRegion(ctx.db, { mpos, period, scope: accessScopeOf(ctx.actor) });
  return {
    state: { scope: reportScopeName(null), period: period.name, mpos: outcomesOf(mpos, funnels.all) },
    regions: new Map(options.regionIds.map((id) => [id, outcomesOf(mpos, funnels.regions.get(id))])),
  };
}
