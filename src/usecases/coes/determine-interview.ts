import { determineEligibility } from '../../core/eligibility/determine-eligibility';
import type { DeterminationFacts, InterviewFacts } from '../../core/recruitment/coe-types';

/**
 * Run the eligibility engine on an interview as received (validated by the engine, which
 * names the field at fault), returning the interview and its determination.
 */
export function determineInterview(input: unknown): { interview: InterviewFacts; determination: DeterminationFacts } {
  const determination = determineEligibility(input as never) as unknown as DeterminationFacts;
  return { interview: input as InterviewFacts, determination };
}
