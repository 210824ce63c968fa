/**
 * The family contact log: each attempt to reach a referred family, its type and outcome.
 * Some outcomes lead straight into the eligibility interview; some close the referral.
 */
export const CONTACT_ATTEMPT_TYPES = [
  'phone',
  'text-message',
  'home-visit',
  'school-visit',
  'community-event',
  'employer-site',
  'other',
] as const;
export type ContactAttemptType = (typeof CONTACT_ATTEMPT_TYPES)[number];

export const CONTACT_OUTCOMES = [
  'no-answer',
  'left-message',
  'wrong-number',
  'call-back-later',
  'interview-scheduled',
  'interviewed',
  'not-eligible',
  'declined',
  'moved-away',
] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** Outcomes after which the recruiter goes on to the eligibility interview with the family's data. */
export const OUTCOMES_LEADING_TO_INTERVIEW: ReadonlySet<ContactOutcome> = new Set([
  'interview-scheduled',
  'interviewed',
]);

export const REFERRAL_STATUSES = ['pending', 'in-progress', 'interviewed', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Outcomes of an attempt that did not reach the family: a follow-up is still owed. */
export const OUTCOMES_NOT_REACHING_FAMILY: ReadonlySet<ContactOutcome> = new Set([
  'no-answer',
  'left-message',
  'wrong-number',
]);

/**
 * The referral's status after a contact with `outcome`. An attempt that did not reach the
 * family leaves the referral open (in progress, still counted as pending for the quota) and
 * never reopens one already interviewed or closed.
 */
export function statusAfterContact(
  outcome: ContactOutcome,
  current: ReferralStatus = 'pending',
): ReferralStatus {
  if (OUTCOMES_NOT_REACHING_FAMILY.has(outcome) && (current === 'interviewed' || current === 'closed'))
    return current;
  switch (outcome) {
    case 'interviewed':
      return 'interviewed';
    case 'not-eligible':
    case 'declined':
    case 'moved-away':
      return 'closed';
    default:
      return 'in-progress';
  }
}
