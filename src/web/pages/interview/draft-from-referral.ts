import type { Referral } from '../referrals/referral-types';
import { emptyChild, emptyDraft, type InterviewDraft } from './interview-draft';

/**
 * An interview started from a family contact: the referred child and the family's name and
 * phone carried over, so the recruiter does not type them again.
 */
export function draftFromReferral(referral: Referral, interviewDate: string): InterviewDraft {
  const draft = emptyDraft(interviewDate);
  draft.familyName = [referral.lastSurname, referral.secondSurname].filter(Boolean).join(' ');
  draft.phone = referral.phone ?? '';
  draft.referralAsRead = { assignedTo: referral.assignedTo?.id ?? null, status: referral.status };
  const child = emptyChild(draft);
  draft.children.push({
    ...child,
    firstName: referral.firstName,
    middleName: referral.middleName ?? '',
    lastSurname: referral.lastSurname,
    secondSurname: referral.secondSurname ?? '',
    birthDate: referral.birthDate,
    existingChildId: referral.matchedChildId,
  });
  return draft;
}
