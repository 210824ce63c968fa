import type { Determination, Interview } from '../../../core/eligibility/interview-schema';

export type CoeStatus = 'draft' | 'submitted' | 'returned' | 'approved';

/** A COE as GET /api/coes/:id returns it. */
export interface CoeDetail {
  id: string;
  regionId: string;
  familyId: string | null;
  status: CoeStatus;
  interview: Interview;
  determination: Determination;
  interviewDate: string;
  residencyDate: string | null;
  qualifyingWork: string | null;
  comments: string | null;
  signature: { kind: 'drawn' | 'paper'; signerName: string; signedOn: string; hasImage: boolean } | null;
  recruiter: { id: string; displayName: string } | null;
  submittedAt: string | null;
  reviewer: { id: string; displayName: string } | null;
  reviewedAt: string | null;
  reviewComments: string | null;
  version: number;
  children: {
    interviewChildId: string;
    childId: string | null;
    newChild: Record<string, unknown> | null;
    displayName: string;
    eligible: boolean;
    qad: string | null;
    eligibilityEndDate: string | null;
    basis: string | null;
  }[];
  reviews: {
    decision: 'approve' | 'return';
    comments: string | null;
    reviewerName: string | null;
    createdAt: string;
  }[];
  warnings: { code: string; child: string | null; values: Record<string, string | number> }[];
  abilities: { canEdit: boolean; canSubmit: boolean; canReview: boolean };
}

export interface CoeListItem {
  id: string;
  status: CoeStatus;
  interviewDate: string;
  regionId: string;
  familyName: string | null;
  childCount: number;
  eligibleCount: number;
  recruiterName: string | null;
  submittedAt: string | null;
}

export const STATUS_COLORS: Record<CoeStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'yellow',
  approved: 'teal',
};
