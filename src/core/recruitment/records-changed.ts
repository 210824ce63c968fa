import type { FieldProblem } from '../common/domain-error';
import type { ReferralStatus } from './family-contact';

/**
 * ID9: an interview can take days in the field, offline. What it read of Ciclo's records when
 * it began (the version of each child it linked, who the referral was with) is sent with the
 * COE; a record someone else changed meanwhile is named, and the recruiter sees both versions
 * and decides before the COE is made. Nothing is overwritten silently.
 */

/** A Ciclo child the interview linked: the version it read (unknown for older drafts) and the version now. */
export interface LinkedChildVersions {
  /** The field of the link in the request, e.g. `children[1].childId`. */
  field: string;
  versionRead: number | undefined;
  versionNow: number;
}

export interface ReferralAsRead {
  assignedTo: string | null;
  status: ReferralStatus;
}

/** The referral's status once a COE answered it, or someone closed it. */
const ANSWERED: readonly ReferralStatus[] = ['interviewed', 'closed'];

/**
 * ID9.1 A linked child whose version differs from the one the interview read was changed by
 * someone else since. ID9.2 A referral given to another recruiter than the one submitting, or
 * answered or closed, since the interview read it. A change the submitter made themselves
 * (logging a contact on their own referral) is not a conflict. Each change as a problem on the
 * request's field, in the order of the request.
 */
export function recordsChangedSinceRead(input: {
  children: LinkedChildVersions[];
  referral?: { read: ReferralAsRead; now: ReferralAsRead } | undefined;
  submitter: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = input.children
    .filter((child) => child.versionRead !== undefined && child.versionRead !== child.versionNow)
    .map((child) => ({
      field: child.field,
      message: "was changed by someone else since the interview linked it: compare the child's facts",
    }));
  const referral = input.referral;
  if (!referral) return problems;
  const { read, now } = referral;
  if (now.assignedTo !== read.assignedTo && now.assignedTo !== null && now.assignedTo !== input.submitter)
    problems.push({
      field: 'referralId',
      message: 'was given to another recruiter since the interview began',
    });
  else if (ANSWERED.includes(now.status) && !ANSWERED.includes(read.status))
    problems.push({ field: 'referralId', message: 'was answered or closed since the interview began' });
  return problems;
}
