import {
  parseBelowProficientSetting,
  type BelowProficientSetting,
} from '../../core/services/assessment-levels';
import { recordAudit } from '../../data/repositories/audit.repository';
import { saveSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import { requirePermission, type UseCaseContext } from '../context';
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
  return ctx.db.transaction().execute(async (trx) => {
    const before = await stateBelowProficientSetting(trx);
    const saved = await saveSetting(trx, STATE_SETTING_KEYS.belowProficient, setting, version);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'services_settings',
      entityId: STATE_SETTING_KEYS.belowProficient,
      regionId: null,
      before,
      after: setting,
    });
    return { ...setting, version: saved };
  });
}
