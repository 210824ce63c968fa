import { validateChildFacts, type ChildFacts } from '../../core/children/child-rules';
import type { CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { coePolicy } from '../../core/recruitment/coe.policy';
import {
  enrollmentOnApproval,
  familyMoveOnApproval,
  referralsClosedByApproval,
  type ChildOnApproval,
} from '../../core/recruitment/coe-approval';
import { assertCanReview, type CoeStatus } from '../../core/recruitment/coe-workflow';
import { referralKey } from '../../core/recruitment/referral';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findChildRow,
  insertChildEligibility,
  moveChildToFamily,
} from '../../data/repositories/children.repository';
import { insertEnrollment, listEnrollmentDatesOfChild } from '../../data/repositories/enrollments.repository';
import {
  closeReferralsByCoe,
  listReferralsOfApprovalInScope,
} from '../../data/repositories/referrals.repository';
import type { DbChild } from '../../data/tables';
import {
  insertCoeReview,
  linkCoeChild,
  listCoeChildRows,
  updateCoeIfVersion,
  type DbCoe,
} from '../../data/repositories/coes.repository';
import { createChildRecord } from '../children/create-child-record';
import { decidePriorCoeOnApproval } from './prior-coe-on-approval';
import type { UseCaseContext } from '../context';
import type { CoeRecord } from './coe-record';
import { getCoe } from './get-coe';
import { COE_NOT_FOUND, coeSubjectOf, loadReadableCoe, staleCoeVersion } from './load-coe';
import { refuseClosedCoeYears } from '../monitoring/data-close-guard';

/**
 * A designated reviewer approves a submitted COE or returns it with comments; audited.
 * Approval creates the records of new children (through the children module), moves the
 * children into the family and the district of the interview, decides each eligible child's
 * prior COE from their records (IR3), writes their eligibility (QAD, end of eligibility,
 * basis, SQM) and closes the referrals the COE answers,
 * in the same transaction. Two reviewers deciding at once: the database takes the first
 * decision and the second gets `conflict`.
 */
export async function reviewCoe(
  ctx: UseCaseContext,
  id: string,
  review: { decision: 'approve' | 'return'; comments: string },
  today: CalendarDate,
): Promise<CoeRecord> {
  await ctx.db.transaction().execute(async (trx) => {
    const coe = await loadReadableCoe(ctx, trx, id);
    assertCanReview(
      { status: coe.status, recruiterId: coe.recruiter_id },
      { reviewerId: ctx.actor.userId, decision: review.decision, comments: review.comments },
    );
    authorize(coePolicy, ctx.actor, 'review', coeSubjectOf(coe), COE_NOT_FOUND);
    await refuseClosedCoeYears(trx, coe.interview_date);
    const status: CoeStatus = review.decision === 'approve' ? 'approved' : 'returned';
    const comments = review.comments.trim() || null;
    const changed = await updateCoeIfVersion(trx, id, coe.version, {
      status,
      reviewer_id: ctx.actor.userId,
      reviewed_at: new Date(),
      review_comments: comments,
    });
    if (!changed) throw staleCoeVersion();
    await insertCoeReview(trx, {
      coeId: id,
      reviewerId: ctx.actor.userId,
      decision: review.decision,
      comments,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'coe',
      entityId: id,
      regionId: coe.region_id,
      before: { status: coe.status },
      after: { status, comments: review.comments },
    });
    if (review.decision === 'approve') await recordApprovedEligibility(ctx, trx, coe, today);
  });
  return getCoe(ctx, id);
}

/**
 * On approval: create new children, move every child into the COE's family (IR1.3) and enroll
 * them in the district of the interview (IR1.4), decide their prior COE (IR3) and record
 * their eligibility, and close the
 * referrals the COE answers (IR1.1, IR1.2). Each changed record is audited.
 */
async function recordApprovedEligibility(
  ctx: UseCaseContext,
  trx: Db,
  coe: DbCoe,
  today: CalendarDate,
): Promise<void> {
  const scope = accessScopeOf(ctx.actor);
  const approved: ChildOnApproval[] = [];
  for (const row of await listCoeChildRows(trx, scope, coe.id)) {
    const wasLinked = row.child_id !== null;
    let child = row.child_id ? await findChildRow(trx, scope, row.child_id) : undefined;
    if (!child && !row.child_id && row.child_facts) {
      const created = await createChildRecord(trx, ctx.actor, {
        facts: validateChildFacts(row.child_facts as unknown as ChildFacts, today),
        regionId: coe.region_id,
        familyId: coe.family_id,
        source: `coe ${coe.id}`,
      });
      await linkCoeChild(trx, row.id, created.id);
      child = await findChildRow(trx, scope, created.id);
    }
    if (!child) continue;
    approved.push({ childId: child.id, referralKey: referralKey(childNames(child)) });
    await moveIntoFamily(ctx, trx, coe, child);
    await enrollInDistrict(ctx, trx, coe, child);
    if (!row.eligible || !row.qad) continue;
    await decidePriorCoeOnApproval(ctx, trx, coe, row, child, wasLinked);
    const eligibility = await insertChildEligibility(trx, {
      child_id: child.id,
      coe_id: coe.id,
      qad: row.qad,
      eligibility_end_date: row.eligibility_end_date,
      end_reason: row.end_reason,
      basis: row.basis,
      relation: row.relation,
      worker_move_date: row.worker_move_date,
      moved_with_worker: row.moved_with_worker,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'child_eligibility',
      entityId: eligibility.id,
      regionId: coe.region_id,
      childId: child.id,
      after: eligibility,
    });
  }
  await closeAnsweredReferrals(ctx, trx, coe, approved, today);
}

function childNames(child: DbChild) {
  return {
    firstName: child.first_name,
    lastSurname: child.last_surname,
    secondSurname: child.second_surname,
    birthDate: child.birth_date,
  };
}

/** IR1.3: the child joins the family of the interview; audited. */
async function moveIntoFamily(ctx: UseCaseContext, trx: Db, coe: DbCoe, child: DbChild): Promise<void> {
  const move = familyMoveOnApproval(child.family_id, coe.family_id);
  if (!move) return;
  await moveChildToFamily(trx, child.id, move.to);
  await recordAudit(trx, ctx.actor, {
    action: 'update',
    entityType: 'child',
    entityId: child.id,
    regionId: coe.region_id,
    childId: child.id,
    before: { family_id: move.from },
    after: { family_id: move.to, source: `coe ${coe.id}` },
  });
}

/** IR1.4: the child is enrolled in the district of the interview from the residency date; audited. */
async function enrollInDistrict(ctx: UseCaseContext, trx: Db, coe: DbCoe, child: DbChild): Promise<void> {
  const enrollments = await listEnrollmentDatesOfChild(trx, child.id);
  const enrollment = enrollmentOnApproval(
    { districtId: coe.district_id, residencyDate: coe.residency_date, interviewDate: coe.interview_date },
    enrollments.map((e) => ({
      districtId: e.district_id,
      enrollmentDate: e.enrollment_date,
      exitDate: e.exit_date,
    })),
  );
  if (!enrollment) return;
  const row = await insertEnrollment(trx, {
    child_id: child.id,
    district_id: enrollment.districtId,
    enrollment_date: enrollment.enrollmentDate,
    residency_date: enrollment.residencyDate,
  });
  await recordAudit(trx, ctx.actor, {
    action: 'create',
    entityType: 'enrollment',
    entityId: row.id,
    regionId: coe.region_id,
    childId: child.id,
    after: { ...row, source: `coe ${coe.id}` },
  });
}

/** IR1.1, IR1.2: close the COE's referral and its children's other referrals; audited. */
async function closeAnsweredReferrals(
  ctx: UseCaseContext,
  trx: Db,
  coe: DbCoe,
  children: ChildOnApproval[],
  today: CalendarDate,
): Promise<void> {
  const candidates = await listReferralsOfApprovalInScope(trx, accessScopeOf(ctx.actor), coe.region_id, {
    referralId: coe.referral_id,
    childIds: children.map((c) => c.childId),
    referralKeys: children.map((c) => c.referralKey),
  });
  const closing = referralsClosedByApproval(
    coe.referral_id,
    children,
    candidates.map((r) => ({
      id: r.id,
      status: r.status,
      matchedChildId: r.matched_child_id,
      referralKey: r.referral_key,
    })),
  );
  await closeReferralsByCoe(trx, closing, coe.id, today);
  for (const id of closing) {
    const before = candidates.find((r) => r.id === id)!;
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'referral',
      entityId: id,
      regionId: coe.region_id,
      before: { status: before.status },
      after: { status: 'closed', closedByCoeId: coe.id },
    });
  }
}
