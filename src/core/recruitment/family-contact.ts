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

/** The referral's status after a contact with `outcome`. */
export function statusAfterContact(outcome: ContactOutcome): ReferralStatus {
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
