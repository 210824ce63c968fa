import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getPlanVersion } from './get-plan-version';
import type { PlanVersionRecord } from './plan-version-record';

/** The plan in force, or null before the state has adopted one. */
export async function getAdoptedPlan(ctx: UseCaseContext): Promise<PlanVersionRecord | null> {
  requirePermission(ctx, 'plan.read');
  const adopted = await findAdoptedPlan(ctx.db);
  return adopted ? getPlanVersion(ctx, adopted.id) : null;
}
