import type { BelowProficientSetting } from '../../core/services/assessment-levels';
import { requirePermission, type UseCaseContext } from '../context';
import { versionedBelowProficientSetting } from './state-below-proficient-setting';

/** Which levels count as below proficient, for anyone who reads the plan, with the version to save a change at. */
export async function getBelowProficientSetting(
  ctx: UseCaseContext,
): Promise<BelowProficientSetting & { version: number }> {
  requirePermission(ctx, 'plan.read');
  const { setting, version } = await versionedBelowProficientSetting(ctx.db);
  return { ...setting, version };
}
