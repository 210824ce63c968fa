import {
  CALIFORNIA_DEVICE_KEEPING,
  parseDeviceKeeping,
  type DeviceKeeping,
} from '../../core/common/device-keeping';
import type { Db } from '../../data/db';
import { readVersionedSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { saveStateSetting } from '../settings/save-state-setting';

/** The keeping period with the version to save a change at. */
export type VersionedDeviceKeeping = DeviceKeeping & { version: number };

/** How long a device keeps children's records (ID5.1) and the setting's version: California's unless a state administrator changed it. */
export async function versionedDeviceKeeping(db: Db): Promise<VersionedDeviceKeeping> {
  const { setting, version } = await readDeviceKeeping(db);
  return { ...setting, version };
}

function readDeviceKeeping(db: Db) {
  return readVersionedSetting(
    db,
    STATE_SETTING_KEYS.deviceKeeping,
    CALIFORNIA_DEVICE_KEEPING,
    parseDeviceKeeping,
  );
}

/** How long a device keeps children's records (ID5.1): California's unless a state administrator changed it. */
export async function stateDeviceKeeping(db: Db): Promise<DeviceKeeping> {
  return (await readDeviceKeeping(db)).setting;
}

/** The keeping period, for those who take interviews on a device. */
export async function getDeviceKeeping(ctx: UseCaseContext): Promise<VersionedDeviceKeeping> {
  requirePermission(ctx, 'eligibility.determine');
  return versionedDeviceKeeping(ctx.db);
}

/**
 * A state administrator changes the keeping period at the version read (a `conflict` when
 * someone changed it since); saved and audited with the period before, in one transaction.
 */
export async function changeDeviceKeeping(
  ctx: UseCaseContext,
  input: unknown,
  version: number,
): Promise<VersionedDeviceKeeping> {
  requirePermission(ctx, 'eligibility.settings');
  const keeping = parseDeviceKeeping(input);
  const saved = await saveStateSetting(ctx, {
    key: STATE_SETTING_KEYS.deviceKeeping,
    entityType: 'eligibility_settings',
    value: keeping,
    version,
    readBefore: stateDeviceKeeping,
  });
  return { ...keeping, version: saved };
}
