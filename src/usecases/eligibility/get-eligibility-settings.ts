import { DomainError } from '../../core/common/domain-error';
import type { EligibilitySettings } from '../../core/eligibility/eligibility-settings';
import { hasPermission } from '../../core/people/roles';
import type { UseCaseContext } from '../context';
import { stateEligibilitySettings } from './state-eligibility-settings';

/** The state's eligibility settings, for those who determine eligibility. */
export async function getEligibilitySettings(ctx: UseCaseContext): Promise<EligibilitySettings> {
  if (!hasPermission(ctx.actor.role, 'eligibility.determine'))
    throw new DomainError('forbidden', 'Your role cannot read the eligibility settings.');
  return stateEligibilitySettings(ctx.db);
}
