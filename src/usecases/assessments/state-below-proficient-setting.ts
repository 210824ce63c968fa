import {
  CALIFORNIA_BELOW_PROFICIENT,
  parseBelowProficientSetting,
  type BelowProficientSetting,
} from '../../core/services/assessment-levels';
import type { Db } from '../../data/db';
import {
  findStoredServicesSetting,
  SERVICES_SETTING_KEYS,
} from '../../data/repositories/services-settings.repository';

/** The levels that count as below proficient: California's unless a state administrator changed them. */
export async function stateBelowProficientSetting(db: Db): Promise<BelowProficientSetting> {
  const stored = await findStoredServicesSetting(db, SERVICES_SETTING_KEYS.belowProficient);
  return stored === undefined ? CALIFORNIA_BELOW_PROFICIENT : parseBelowProficientSetting(stored);
}
