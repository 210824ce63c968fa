import {
  CALIFORNIA_ELIGIBILITY_SETTINGS,
  type EligibilitySettings,
} from '../../core/eligibility/eligibility-settings';
import { parseEligibilitySettings } from '../../core/eligibility/parse-settings';
import type { Db } from '../../data/db';
import { readVersionedSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';

/** The state's eligibility settings and their version: California's unless a state administrator changed them. */
export function versionedEligibilitySettings(db: Db) {
  return readVersionedSetting(
    db,
    STATE_SETTING_KEYS.eligibility,
    CALIFORNIA_ELIGIBILITY_SETTINGS,
    parseEligibilitySettings,
  );
}

/** The state's eligibility settings: California's unless a state administrator changed them. */
export async function stateEligibilitySettings(db: Db): Promise<EligibilitySettings> {
  return (await versionedEligibilitySettings(db)).setting;
}
