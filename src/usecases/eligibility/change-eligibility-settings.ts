import { DomainError } from '../../core/common/domain-error';
import type { EligibilitySettings } from '../../core/eligibility/eligibility-settings';
import { parseEligibilitySettings } from '../../core/eligibility/parse-settings';
import { hasPermission } from '../../core/people/roles';
import { STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import type { UseCaseContext } from '../context';
import { saveStateSetting } from '../settings/save-state-setting';
import { redetermineStoredChildren, type RedeterminationSummary } from './redetermine-stored-children';
import { stateEligibilitySettings } from './state-eligibility-settings';

export interface SettingsChange {
  settings: EligibilitySettings;
  /** The version the settings were saved at: the next change is saved at it. */
  version: number;
  redetermined: RedeterminationSummary;
  seconds: number;
}

/**
 * A state administrator changes the eligibility settings at the version read (a `conflict`
 * when someone changed them since); the settings and the audit event are saved in one
 * transaction, then every stored child is re-determined with them.
 */
export async function changeEligibilitySettings(
  ctx: UseCaseContext,
  input: unknown,
  version: number,
  onProgress?: (done: RedeterminationSummary) => void,
): Promise<SettingsChange> {
  if (!hasPermission(ctx.actor.role, 'eligibility.settings'))
    throw new DomainError('forbidden', 'Only a state administrator changes the eligibility settings.');
  const settings = parseEligibilitySettings(input);
  const started = Date.now();
  // The version is checked and raised before the re-determination starts, so a second save made
  // at the version read before this one is refused at once, while this one is still running.
  const saved = await saveStateSetting(ctx, {
    key: STATE_SETTING_KEYS.eligibility,
    entityType: 'eligibility_settings',
    value: settings,
    version,
    readBefore: stateEligibilitySettings,
  });
  // The re-determination writes in batches of its own transactions (a state's whole caseload).
  const redetermined = await redetermineStoredChildren(ctx.db, settings, saved, onProgress);
  return { settings, version: saved, redetermined, seconds: (Date.now() - started) / 1000 };
}
