import {
  CALIFORNIA_ELIGIBILITY_SETTINGS,
  type EligibilitySettings,
} from '../../core/eligibility/eligibility-settings';
import { parseEligibilitySettings } from '../../core/eligibility/parse-settings';
import type { Db } from '../../data/db';
import { findStoredEligibilitySettings } from '../../data/repositories/eligibility-settings.repository';

/** The state's eligibility settings: California's unless a state administrator changed them. */
export async function stateEligibilitySettings(db: Db): Promise<EligibilitySettings> {
  const stored = await findStoredEligibilitySettings(db);
  return stored === undefined ? CALIFORNIA_ELIGIBILITY_SETTINGS : parseEligibilitySettings(stored);
}
