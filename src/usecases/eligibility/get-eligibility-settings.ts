import { DomainError } from '../../core/common/domain-error';
import type { EligibilitySettings } from '../../core/eligibility/eligibility-settings';
import { hasPermission } from '../../core/people/roles';
import type { UseCaseContext } from '../context';
import { versionedEligibilitySettings } from './state-eligibility-settings';

/** The state's eligibility settings, for those who determine eligibility, with the version to save a change at. */
export async function getEligibilitySettings(
  ctx: UseCaseContext,
): Promise<EligibilitySettings & { version: number }> {
  if (!hasPermission(ctx.actor.role, 'eligibility.determine'))
    throw new DomainError('forbidden', 'Your role cannot read the eligibility settings.');
  const { setting, version } = await versionedEligibilitySettings(ctx.db);
  return { ...setting, version };
}
