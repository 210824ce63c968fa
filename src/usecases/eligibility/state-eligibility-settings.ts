import { DomainError } from '../../core/common/domain-error';
import {
  CALIFORNIA_ELIGIBILITY_SETTINGS,
  type EligibilitySettings,
} from '../../core/eligibility/eligibility-settings';
import { parseEligibilitySettings } from '../../core/eligibility/parse-settings';
import { hasPermission } from '../../core/people/roles';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import type { UseCaseContext } from '../context';
import { redetermineStoredChildren, type RedeterminationSummary } from './redetermine-stored-children';

const KEY = 'eligibility_settings';

/** The state's eligibility settings: California's unless a state administrator changed them. */
export async function stateEligibilitySettings(db: Db): Promise<EligibilitySettings> {
  const row = await db.selectFrom('app_state').select('value').where('key', '=', KEY).executeTakeFirst();
  return row ? parseEligibilitySettings(row.value) : CALIFORNIA_ELIGIBILITY_SETTINGS;
}

export async function getEligibilitySettings(ctx: UseCaseContext): Promise<EligibilitySettings> {
  if (!hasPermission(ctx.actor.role, 'eligibility.determine'))
    throw new DomainError('forbidden', 'Your role cannot read the eligibility settings.');
  return stateEligibilitySettings(ctx.db);
}

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
  const value = JSON.stringify(settings);
  await ctx.db
    .insertInto('app_state')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
  const redetermined = await redetermineStoredChildren(ctx.db, settings, onProgress);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'update',
    entityType: 'eligibility_settings',
    entityId: KEY,
    regionId: null,
    before,
    after: { settings, redetermined },
  });
  return { settings, redetermined, seconds: (Date.now() - started) / 1000 };
}
