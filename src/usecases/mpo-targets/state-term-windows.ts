import {
  CALIFORNIA_TERM_WINDOWS,
  parseTermWindows,
  type TermWindows,
} from '../../core/services/target-list-terms';
import type { Db } from '../../data/db';
import { readVersionedSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';

/** When each term runs and the setting's version: California's windows unless a state administrator changed them. */
export function versionedTermWindows(db: Db) {
  return readVersionedSetting(db, STATE_SETTING_KEYS.termWindows, CALIFORNIA_TERM_WINDOWS, parseTermWindows);
}

/** When each term runs: California's windows unless a state administrator changed them. */
export async function stateTermWindows(db: Db): Promise<TermWindows> {
  return (await versionedTermWindows(db)).setting;
}
