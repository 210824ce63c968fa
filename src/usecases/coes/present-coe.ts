import type { ChildFacts } from '../../core/children/child-rules';
import { accessScopeOf } from '../../core/people/access-scope';
import { findQualityWarnings } from '../../core/recruitment/coe-quality-warnings';
import type { DeterminationFacts, InterviewFacts } from '../../core/recruitment/coe-types';
import { coePolicy } from '../../core/recruitment/coe.policy';
import {
  listCoeChildrenWithNames,
  listCoeReviews,
  type DbCoe,
} from '../../data/repositories/coes.repository';
import type { UseCaseContext } from '../context';
import type { CoeRecord } from './coe-record';
import { coeSubjectOf } from './load-coe';

/** A COE as the API presents it: children, reviews, quality warnings and the actor's abilities. */
export async function presentCoe(ctx: UseCaseContext, coe: DbCoe): Promise<CoeRecord> {
  const scope = accessScopeOf(ctx.actor);
  const [children, reviews] = await Promise.all([
    listCoeChildrenWithNames(ctx.db, scope, coe.id),
    listCoeReviews(ctx.db, scope, coe.id),
  ]);
  const interview = coe.interview as InterviewFacts;
  const determination = coe.determination as DeterminationFacts;
  const abilities = coePolicy.abilitiesOf(ctx.actor, coeSubjectOf(coe));
  return {
    id: coe.id,
    regionId: coe.region_id,
    familyId: coe.family_id,
    referralId: coe.referral_id,
    district: coe.district_id && coe.district_name ? { id: coe.district_id, name: coe.district_name } : null,
    status: coe.status,
    interview,
    determination,
    interviewDate: coe.interview_date,
    residencyDate: coe.residency_date,
    qualifyingWork: coe.qualifying_work,
    comments: coe.comments,
    signature:
      coe.signature_kind && coe.signer_name && coe.signed_on
        ? {
            kind: coe.signature_kind,
            signerName: coe.signer_name,
            signedOn: coe.signed_on,
            hasImage: Boolean(coe.signature_image),
          }
        : null,
    signatureClearedAt:
      !coe.signature_kind && coe.signature_cleared_at
        ? new Date(coe.signature_cleared_at).toISOString()
        : null,
    recruiter: personOf(coe.recruiter_id, coe.recruiter_name),
    submittedAt: coe.submitted_at ? new Date(coe.submitted_at).toISOString() : null,
    reviewer: personOf(coe.reviewer_id, coe.reviewer_name),
    reviewedAt: coe.reviewed_at ? new Date(coe.reviewed_at).toISOString() : null,
    reviewComments: coe.review_comments,
    version: coe.version,
    children: children.map((c) => {
      const facts = c.child_facts as ChildFacts | null;
      const names = c.first_name
        ? [c.first_name, c.last_surname, c.second_surname]
        : [facts?.firstName, facts?.lastSurname, facts?.secondSurname];
      return {
        interviewChildId: c.interview_child_id,
        childId: c.child_id,
        newChild: c.child_id ? null : facts,
        displayName: names.filter(Boolean).join(' ') || c.interview_child_id,
        eligible: c.eligible,
        qad: c.qad,
        eligibilityEndDate: c.eligibility_end_date,
        endReason: c.end_reason,
        basis: c.basis,
        relation: c.relation,
        workerMoveDate: c.worker_move_date,
        movedWithWorker: c.moved_with_worker,
        priorCoe: c.prior_coe,
      };
    }),
    reviews: reviews.map((r) => ({
      decision: r.decision,
      comments: r.comments,
      reviewerName: r.display_name,
      createdAt: new Date(r.created_at).toISOString(),
    })),
    warnings: findQualityWarnings(interview, determination, { residencyDate: coe.residency_date }),
    abilities: { canEdit: abilities.edit, canSubmit: abilities.submit, canReview: abilities.review },
  };
}

function personOf(id: string | null, displayName: string | null) {
  return id && displayName !== null ? { id, displayName } : null;
}
