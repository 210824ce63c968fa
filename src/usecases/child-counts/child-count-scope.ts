import { authorize } from '../../core/people/policy';
import { parsePeriod, type PerformancePeriod } from '../../core/recruitment/performance-period';
import { childCountPolicy } from '../../core/services/child-count.policy';
import type { ChildCountQuery } from '../../data/repositories/child-count.repository';
import type { RegionRow } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { reportRegion, reportScopeName } from '../services/report-region';

/** Which counts a request reads: the period, and the state's or one region's. */
export interface ChildCountScope {
  period: PerformancePeriod;
  region: RegionRow | null;
  /** `state` or `region 5` */
  scope: string;
  query: ChildCountQuery;
}

/**
 * The counts asked for, once the actor may read them (childCountPolicy): the numbered region,
 * or without a number the state for state readers and the actor's own region for region staff.
 */
export async function childCountScope(
  ctx: UseCaseContext,
  options: { period: string; regionNumber?: number | undefined },
): Promise<ChildCountScope> {
  requirePermission(ctx, 'report.read');
  const period = parsePeriod(options.period, 'period');
  const region = await reportRegion(ctx, options.regionNumber);
  authorize(
    childCountPolicy,
    ctx.actor,
    'read',
    { regionId: region?.id ?? null },
    'No such counts in your scope.',
  );
  return { period, region, scope: reportScopeName(region), query: { period, regionId: region?.id } };
}
