import {
  CALIFORNIA_PFS_SETTINGS,
  parsePfsSettings,
  type PfsSettings,
} from '../../core/services/priority-for-services';
import type { Db } from '../../data/db';
import { findStoredSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';

/** The state's Priority for Services criteria: California's unless a state administrator changed them. */
export async function statePfsSettings(db: Db): Promise<PfsSettings> {
  const stored = await findStoredSetting(db, STATE_SETTING_KEYS.priorityForServices);
  return stored === undefined ? CALIFORNIA_PFS_SETTINGS : parsePfsSettings(stored);
}
