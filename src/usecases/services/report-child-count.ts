import { parsePeriod } from '../../core/recruitment/performance-period';
import { childCount } from '../../data/repositories/child-count.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { reportRegion, reportScopeName } from './report-region';

/** The federal child count of a performance period, in the contract's shape. */
export interface ChildCountReport {
  scope: string;
  period: string;
  category1: number;
  category2: number;
}

/**
 * Category 1 and Category 2 of the federal child count for one performance period
 * (contract services/FORMAT.md "The federal child counts"), for the state or one region.
 */
export async function reportChildCount(
  ctx: UseCaseContext,
  options: { period: string; regionNumber?: number | undefined },
): Promise<ChildCountReport> {
  requirePermission(ctx, 'report.read');
  const period = parsePeriod(options.period, 'period');
  const region = await reportRegion(ctx, options.regionNumber);
  const counts = await childCount(ctx.db, { period, regionId: region?.id });
  return { scope: reportScopeName(region), period: period.name, ...counts };
}
