import {
  parseBelowProficientSetting,
  type BelowProficientSetting,
} from '../../core/services/assessment-levels';
import { STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { saveStateSetting } from '../settings/save-state-setting';
import { stateBelowProficientSetting } from './state-below-proficient-setting';

/**
 * A state administrator (who manages the plan) says which levels count as below proficient, at
 * the version read (a `conflict` when someone changed it since); saved and audited in one
 * transaction.
 */
export async function changeBelowProficientSetting(
  ctx: UseCaseContext,
  input: unknown,
  version: number,
): Promise<BelowProficientSetting & { version: number }> {
  requirePermission(ctx, 'plan.manage');
  const setting = parseBelowProficientSetting(input);
  const saved = await saveStateSetting(ctx, {
    key: STATE_SETTING_KEYS.belowProficient,
    entityType: 'services_settings',
    value: setting,
    version,
    readBefore: stateBelowProficientSetting,
  });
  return { ...setting, version: saved };
}
