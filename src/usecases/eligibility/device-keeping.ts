import {
  CALIFORNIA_DEVICE_KEEPING,
  parseDeviceKeeping,
  type DeviceKeeping,
} from '../../core/common/device-keeping';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findStoredSetting,
  saveSetting,
  STATE_SETTING_KEYS,
} from '../../data/repositories/state-settings.repository';
import { requirePermission, type UseCaseContext } from '../context';

/** How long a device keeps children's records (ID5.1): California's unless a state administrator changed it. */
export async function stateDeviceKeeping(db: Db): Promise<DeviceKeeping> {
  const stored = await findStoredSetting(db, STATE_SETTING_KEYS.deviceKeeping);
  return stored === undefined ? CALIFORNIA_DEVICE_KEEPING : parseDeviceKeeping(stored);
}

/** The keeping period, for those who take interviews on a device. */
export async function getDeviceKeeping(ctx: UseCaseContext): Promise<DeviceKeeping> {
  requirePermission(ctx, 'eligibility.determine');
  return stateDeviceKeeping(ctx.db);
}

/** A state administrator changes the keeping period; saved and audited with the period before. */
export async function changeDeviceKeeping(ctx: UseCaseContext, input: unknown): Promise<DeviceKeeping> {
  requirePermission(ctx, 'eligibility.settings');
  const keeping = parseDeviceKeeping(input);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await stateDeviceKeeping(trx);
    await saveSetting(trx, STATE_SETTING_KEYS.deviceKeeping, keeping);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'eligibility_settings',
      entityId: STATE_SETTING_KEYS.deviceKeeping,
      regionId: null,
      before,
      after: keeping,
    });
  });
  return keeping;
}
