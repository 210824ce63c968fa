import type { UseCaseContext } from '../context';
import { loadReadablePlanVersion } from './load-plan-version';
import { presentPlanVersion, type PlanVersionRecord } from './plan-version-record';

/** One version with its need areas, MPOs and strategies. */
export async function getPlanVersion(ctx: UseCaseContext, id: string): Promise<PlanVersionRecord> {
  return presentPlanVersion(ctx.db, ctx.actor, await loadReadablePlanVersion(ctx, ctx.db, id));
}
