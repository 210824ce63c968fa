import type { EligibilitySettings } from '../../core/eligibility/eligibility-settings';
import { parseEligibilitySettings } from '../../core/eligibility/parse-settings';
import { hasPermission } from '../../core/people/roles';
import { DomainError } from '../../core/common/domain-error';
import type { UseCaseContext } from '../context';
import { countRedeterminations, type RedeterminationSummary } from './redetermine-stored-children';

export interface SettingsPreview {
  settings: EligibilitySettings;
  /** What saving these settings would change: the same counts a save replies with. */
  redetermined: RedeterminationSummary;
}

/**
 * Before saving, a state administrator sees how many stored children new eligibility settings
 * would re-determine: the save's own re-determination, run without writing anything (a read,
 * so not audited).
 */
export async function previewEligibilitySettings(
  ctx: UseCaseContext,
  input: unknown,
): Promise<SettingsPreview> {
  if (!hasPermission(ctx.actor.role, 'eligibility.settings'))
    throw new DomainError('forbidden', 'Only a state administrator changes the eligibility settings.');
  const settings = parseEligibilitySettings(input);
  return { settings, redetermined: await countRedeterminations(ctx.db, settings) };
}
