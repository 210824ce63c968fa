import {
  CALIFORNIA_ELIGIBILITY_SETTINGS,
  type EligibilitySettings,
} from '../../core/eligibility/eligibility-settings';
import { parseEligibilitySettings } from '../../core/eligibility/parse-settings';
import type { Db } from '../../data/db';
import { findStoredSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';

/** The state's eligibility settings: California's unless a state administrator changed them. */
export async function stateEligibilitySettings(db: Db): Promise<EligibilitySettings> {
  const stored = await findStoredSetting(db, STATE_SETTING_KEYS.eligibility);
  return stored === undefined ? CALIFORNIA_ELIGIBILITY_SETTINGS : parseEligibilitySettings(stored);
}
