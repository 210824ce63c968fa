import { hasPermission } from '../../core/people/roles';
import type { PlanStatus } from '../../core/services/plan-version';
import { listPlanVersionRows } from '../../data/repositories/plan.repository';
import { requirePermission, type UseCaseContext } from '../context';

export interface PlanVersionSummary {
  id: string;
  name: string;
  status: PlanStatus;
  adoptedOn: string | null;
  demo: boolean;
  version: number;
  updatedAt: string;
  needAreaCount: number;
  mpoCount: number;
  strategyCount: number;
}

/** Every version of the plan (the one in force first), and whether the actor may start a draft. */
export async function listPlanVersions(
  ctx: UseCaseContext,
): Promise<{ items: PlanVersionSummary[]; canCreate: boolean }> {
  requirePermission(ctx, 'plan.read');
  const rows = await listPlanVersionRows(ctx.db);
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      status: row.status,
      adoptedOn: row.adopted_on,
      demo: row.demo,
      version: row.version,
      updatedAt: row.updated_at.toISOString(),
      needAreaCount: row.needAreaCount,
      mpoCount: row.mpoCount,
      strategyCount: row.strategyCount,
    })),
    canCreate: hasPermission(ctx.actor.role, 'plan.manage'),
  };
}
