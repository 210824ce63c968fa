import {
  CALIFORNIA_BELOW_PROFICIENT,
  parseBelowProficientSetting,
  type BelowProficientSetting,
} from '../../core/services/assessment-levels';
import type { Db } from '../../data/db';
import { readVersionedSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';

/** The levels that count as below proficient and their version: California's unless a state administrator changed them. */
export function versionedBelowProficientSetting(db: Db) {
  return readVersionedSetting(
    db,
    STATE_SETTING_KEYS.belowProficient,
    CALIFORNIA_BELOW_PROFICIENT,
    parseBelowProficientSetting,
  );
}

/** The levels that count as below proficient: California's unless a state administrator changed them. */
export async function stateBelowProficientSetting(db: Db): Promise<BelowProficientSetting> {
  return (await versionedBelowProficientSetting(db)).setting;
}
