import {
  CALIFORNIA_PFS_SETTINGS,
  parsePfsSettings,
  type PfsSettings,
} from '../../core/services/priority-for-services';
import type { Db } from '../../data/db';
import { readVersionedSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';

/** The state's Priority for Services criteria and their version: California's unless a state administrator changed them. */
export function versionedPfsSettings(db: Db) {
  return readVersionedSetting(
    db,
    STATE_SETTING_KEYS.priorityForServices,
    CALIFORNIA_PFS_SETTINGS,
    parsePfsSettings,
  );
}

/** The state's Priority for Services criteria: California's unless a state administrator changed them. */
export async function statePfsSettings(db: Db): Promise<PfsSettings> {
  return (await versionedPfsSettings(db)).setting;
}
