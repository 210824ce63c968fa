import { DomainError } from '../common/domain-error';

/**
 * The life of a certificate of eligibility (COE): the recruiter drafts it, the parent or
 * guardian signs, the recruiter submits it, a designated reviewer approves it or returns it
 * with comments; a returned COE goes back to the recruiter to correct and submit again.
 */
export const COE_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type CoeStatus = (typeof COE_STATUSES)[number];

export type CoeAction = 'edit' | 'submit' | 'approve' | 'return';

const ALLOWED_FROM: Record<CoeAction, readonly CoeStatus[]> = {
  edit: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
};

/** Whether `action` may be taken on a COE in `status`. */
export function canTakeCoeAction(status: CoeStatus, action: CoeAction): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** What a COE needs before it can be submitted. */
export interface CoeReadiness {
  status: CoeStatus;
  eligibleChildCount: number;
  isSigned: boolean;
  residencyDate: string | null;
  qualifyingWork: string | null;
}

/**
 * Check that a COE may be submitted, naming every missing piece: at least one eligible
 * child, the parent's or guardian's signature, the residency date and the qualifying work.
 */
export function assertCanSubmit(coe: CoeReadiness): void {
  if (!canTakeCoeAction(coe.status, 'submit'))
    throw new DomainError('conflict', `A ${coe.status} COE cannot be submitted.`);
  const problems = [];
  if (coe.eligibleChildCount === 0)
    problems.push({ field: 'children', message: 'no child is eligible on this interview' });
  if (!coe.isSigned) problems.push({ field: 'signature', message: 'the parent or guardian has not signed' });
  if (!coe.residencyDate) problems.push({ field: 'residencyDate', message: 'is required' });
  if (!coe.qualifyingWork?.trim()) problems.push({ field: 'qualifyingWork', message: 'is required' });
  if (problems.length > 0) {
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  }
}

/**
 * Check a reviewer's decision. A reviewer never approves a COE they prepared themselves
 * (separation of duties), and a return must say what to correct.
 */
export function assertCanReview(
  coe: { status: CoeStatus; recruiterId: string | null },
  review: { reviewerId: string | null; decision: 'approve' | 'return'; comments: string },
): void {
  if (!canTakeCoeAction(coe.status, review.decision))
    throw new DomainError('conflict', `A ${coe.status} COE cannot be reviewed.`);
  if (review.reviewerId !== null && review.reviewerId === coe.recruiterId) {
    throw new DomainError('forbidden', 'You prepared this COE: another designated reviewer must review it.');
  }
  if (review.decision === 'return' && !review.comments.trim()) {
    throw DomainError.invalidField('comments', 'say what the recruiter must correct');
  }
}
