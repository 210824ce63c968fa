import { determineEligibility } from '../../core/eligibility/determine-eligibility';
import type { EligibilitySettings } from '../../core/eligibility/eligibility-settings';
import type { DeterminationFacts, InterviewFacts } from '../../core/recruitment/coe-types';

/**
 * Run the eligibility engine, with the state's settings, on an interview as received (validated by the engine, which
 * names the field at fault), returning the interview and its determination.
 */
export function determineInterview(
  input: unknown,
  settings: EligibilitySettings,
): { interview: InterviewFacts; determination: DeterminationFacts } {
  const determination = determineEligibility(input as never, { settings }) as unknown as DeterminationFacts;
  return { interview: input as InterviewFacts, determination };
}
