import type { BelowProficientSetting } from '../../core/services/assessment-levels';
import { requirePermission, type UseCaseContext } from '../context';
import { stateBelowProficientSetting } from './state-below-proficient-setting';

/** Which levels count as below proficient, for anyone who reads the plan. */
export async function getBelowProficientSetting(ctx: UseCaseContext): Promise<BelowProficientSetting> {
  requirePermission(ctx, 'plan.read');
  return stateBelowProficientSetting(ctx.db);
}
