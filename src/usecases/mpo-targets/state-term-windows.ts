import {
  CALIFORNIA_TERM_WINDOWS,
  parseTermWindows,
  type TermWindows,
} from '../../core/services/target-list-terms';
import type { Db } from '../../data/db';
import { findStoredSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';

/** When each term runs: California's windows unless a state administrator changed them. */
export async function stateTermWindows(db: Db): Promise<TermWindows> {
  const stored = await findStoredSetting(db, STATE_SETTING_KEYS.termWindows);
  return stored === undefined ? CALIFORNIA_TERM_WINDOWS : parseTermWindows(stored);
}
