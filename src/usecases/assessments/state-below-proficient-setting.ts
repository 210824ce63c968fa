import {
  CALIFORNIA_BELOW_PROFICIENT,
  parseBelowProficientSetting,
  type BelowProficientSetting,
} from '../../core/services/assessment-levels';
import type { Db } from '../../data/db';
import { findStoredSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';

/** The levels that count as below proficient: California's unless a state administrator changed them. */
export async function stateBelowProficientSetting(db: Db): Promise<BelowProficientSetting> {
  const stored = await findStoredSetting(db, STATE_SETTING_KEYS.belowProficient);
  return stored === undefined ? CALIFORNIA_BELOW_PROFICIENT : parseBelowProficientSetting(stored);
}
