import { DomainError } from '../../core/common/domain-error';
import type { EligibilitySettings } from '../../core/eligibility/eligibility-settings';
import { parseEligibilitySettings } from '../../core/eligibility/parse-settings';
import { hasPermission } from '../../core/people/roles';
import { recordAudit } from '../../data/repositories/audit.repository';
import { saveSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import type { UseCaseContext } from '../context';
import { redetermineStoredChildren, type RedeterminationSummary } from './redetermine-stored-children';
import { stateEligibilitySettings } from './state-eligibility-settings';

export interface SettingsChange {
  settings: EligibilitySettings;
  redetermined: RedeterminationSummary;
  seconds: number;
}

/**
 * A state administrator changes the eligibility settings; every stored child is then
 * re-determined with them (the change is audited with the counts it made).
 */
export async function changeEligibilitySettings(
  ctx: UseCaseContext,
  input: unknown,
  onProgress?: (done: RedeterminationSummary) => void,
): Promise<SettingsChange> {
  if (!hasPermission(ctx.actor.role, 'eligibility.settings'))
    throw new DomainError('forbidden', 'Only a state administrator changes the eligibility settings.');
  const settings = parseEligibilitySettings(input);
  const before = await stateEligibilitySettings(ctx.db);
  const started = Date.now();
  await saveSetting(ctx.db, STATE_SETTING_KEYS.eligibility, settings);
  // The re-determination writes in batches of its own transactions (a state's whole caseload),
  // so the audit event, which carries its counts, is written when it is done.
  const redetermined = await redetermineStoredChildren(ctx.db, settings, onProgress);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'update',
    entityType: 'eligibility_settings',
    entityId: STATE_SETTING_KEYS.eligibility,
    regionId: null,
    before,
    after: { settings, redetermined },
  });
  return { settings, redetermined, seconds: (Date.now() - started) / 1000 };
}
