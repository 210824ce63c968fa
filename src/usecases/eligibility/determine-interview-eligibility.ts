import { determineEligibility } from '../../core/eligibility/determine-eligibility';
import type { Interview } from '../../core/eligibility/interview-schema';
import type { UseCaseContext } from '../context';
import { requirePermission } from '../context';
import { stateEligibilitySettings } from './state-eligibility-settings';

/** The engine's determination of an interview with the state's settings, its trace in `language`; nothing is stored. */
export async function determineInterviewEligibility(
  ctx: UseCaseContext,
  interview: Interview,
  language: 'en' | 'es',
) {
  requirePermission(ctx, 'eligibility.determine');
  return determineEligibility(interview, { language, settings: await stateEligibilitySettings(ctx.db) });
}
