import type { ChildFacts } from '../../core/children/child-rules';
import type { CalendarDate } from '../../core/common/calendar-date';
import type { QualityWarning } from '../../core/recruitment/coe-quality-warnings';
import type { DeterminationFacts, InterviewFacts } from '../../core/recruitment/coe-types';
import type { CoeStatus } from '../../core/recruitment/coe-workflow';

/** How an interview child is tied to a Ciclo child: an existing record, or facts for a new one. */
export interface CoeChildLink {
  interviewChildId: string;
  childId: string | null;
  newChild: ChildFacts | null;
  /** The version of the existing child the interview read when it linked it (ID9.1). */
  childVersion?: number | undefined;
}

/** A COE as the API presents it. */
export interface CoeRecord {
  id: string;
  regionId: string;
  familyId: string | null;
  referralId: string | null;
  district: { id: string; name: string } | null;
  status: CoeStatus;
  interview: InterviewFacts;
  determination: DeterminationFacts;
  interviewDate: CalendarDate;
  residencyDate: CalendarDate | null;
  qualifyingWork: string | null;
  comments: string | null;
  signature: {
    kind: 'drawn' | 'paper';
    signerName: string;
    signedOn: CalendarDate;
    hasImage: boolean;
  } | null;
  /** When a correction removed the signature, which must be given again (IR2.1); null otherwise. */
  signatureClearedAt: string | null;
  recruiter: { id: string; displayName: string } | null;
  submittedAt: string | null;
  reviewer: { id: string; displayName: string } | null;
  reviewedAt: string | null;
  reviewComments: string | null;
  version: number;
  children: Array<{
    interviewChildId: string;
    childId: string | null;
    /** The facts of a child Ciclo does not know yet (created on approval); null for an existing child. */
    newChild: ChildFacts | null;
    displayName: string;
    eligible: boolean;
    qad: CalendarDate | null;
    eligibilityEndDate: CalendarDate | null;
    endReason: string | null;
    basis: string | null;
    relation: string | null;
    workerMoveDate: CalendarDate | null;
    movedWithWorker: boolean;
    priorCoe: boolean;
  }>;
  reviews: Array<{
    decision: 'approve' | 'return';
    comments: string | null;
    reviewerName: string | null;
    createdAt: string;
  }>;
  warnings: QualityWarning[];
  abilities: { canEdit: boolean; canSubmit: boolean; canReview: boolean };
}
