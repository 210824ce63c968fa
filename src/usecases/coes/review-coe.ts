import { validateChildFacts, type ChildFacts } from '../../core/children/child-rules';
import type { CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { coePolicy } from '../../core/recruitment/coe.policy';
import { assertCanReview, type CoeStatus } from '../../core/recruitment/coe-workflow';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertChildEligibility, setChildFamilyIfNone } from '../../data/repositories/children.repository';
import {
  insertCoeReview,
  linkCoeChild,
  listCoeChildRows,
  updateCoeIfVersion,
  type DbCoe,
} from '../../data/repositories/coes.repository';
import { createChildRecord } from '../children/create-child-record';
import type { UseCaseContext } from '../context';
import type { CoeRecord } from './coe-record';
import { getCoe } from './get-coe';
import { COE_NOT_FOUND, coeSubjectOf, loadReadableCoe, staleCoeVersion } from './load-coe';

/**
 * A designated reviewer approves a submitted COE or returns it with comments; audited.
 * Approval creates the records of new children (through the children module), links the
 * family, and writes each eligible child's eligibility (QAD, end of eligibility, basis, SQM)
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

/** On approval: create new children, link them to the family, and record their eligibility. */
async function recordApprovedEligibility(
  ctx: UseCaseContext,
  trx: Db,
  coe: DbCoe,
  today: CalendarDate,
): Promise<void> {
  for (const row of await listCoeChildRows(trx, accessScopeOf(ctx.actor), coe.id)) {
    let childId = row.child_id;
    if (!childId && row.child_facts) {
      const created = await createChildRecord(trx, ctx.actor, {
        facts: validateChildFacts(row.child_facts as unknown as ChildFacts, today),
        regionId: coe.region_id,
        familyId: coe.family_id,
        source: `coe ${coe.id}`,
      });
      childId = created.id;
      await linkCoeChild(trx, row.id, childId);
    } else if (childId && coe.family_id && (await setChildFamilyIfNone(trx, childId, coe.family_id))) {
      await recordAudit(trx, ctx.actor, {
        action: 'update',
        entityType: 'child',
        entityId: childId,
        regionId: coe.region_id,
        childId,
        before: { family_id: null },
        after: { family_id: coe.family_id, source: `coe ${coe.id}` },
      });
    }
    if (!childId || !row.eligible || !row.qad) continue;
    const eligibility = await insertChildEligibility(trx, {
      child_id: childId,
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
      childId,
      after: eligibility,
    });
  }
}
