import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { coePolicy } from '../../core/recruitment/coe.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertCoe } from '../../data/repositories/coes.repository';
import { findBySubmissionKey } from '../../data/repositories/submission-keys.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { stateEligibilitySettings } from '../eligibility/state-eligibility-settings';
import {
  checkChildLinks,
  checkDraftDates,
  checkFamily,
  checkReferralAndDistrict,
  coeChildRows,
  refuseRecordsChangedSinceRead,
  type CoeDraft,
} from './coe-draft';
import type { CoeRecord } from './coe-record';
import { determineInterview } from './determine-interview';
import { getCoe } from './get-coe';
import { refuseClosedCoeYears } from '../monitoring/data-close-guard';

/**
 * Prepare a COE from an interview: run the engine, store the interview, its determination
 * and the links to Ciclo children, as a draft of the signed-in recruiter; audited.
 */
export async function createCoe(
  ctx: UseCaseContext,
  draft: CoeDraft,
  today: CalendarDate,
): Promise<CoeRecord> {
  requirePermission(ctx, 'coe.prepare');
  checkDraftDates(draft);
  const { interview, determination } = determineInterview(
    draft.interview,
    await stateEligibilitySettings(ctx.db),
  );
  const id = await ctx.db.transaction().execute(async (trx) => {
    const key = draft.submissionKey ?? null;
    // ID7.3: made before for this key (its reply was lost): the same COE again
    const made = key === null ? undefined : await findBySubmissionKey(trx, 'coes', key);
    if (made) return made;
    await refuseClosedCoeYears(trx, interview.interviewDate);
    await checkChildLinks(ctx, trx, interview, draft.children, draft.regionId, today);
    await checkFamily(ctx, trx, draft.familyId, draft.regionId);
    const origin = await checkReferralAndDistrict(ctx, trx, draft.regionId, draft, interview);
    // DR1.3: a district recruiter makes COEs of their own district only.
    if (
      !coePolicy.can(ctx.actor, 'create', {
        regionId: draft.regionId,
        districtId: origin.districtId,
        status: 'draft',
        recruiterId: ctx.actor.userId,
      })
    )
      throw DomainError.invalidField('districtId', 'is not a district you prepare COEs in');
    await refuseRecordsChangedSinceRead(ctx, trx, draft);
    const coeId = await insertCoe(
      trx,
      {
        region_id: draft.regionId,
        family_id: draft.familyId,
        interview: JSON.stringify(interview),
        determination: JSON.stringify(determination),
        interview_date: interview.interviewDate,
        residency_date: draft.residencyDate,
        qualifying_work: draft.qualifyingWork?.trim() || null,
        comments: draft.comments?.trim() || null,
        recruiter_id: ctx.actor.userId,
        referral_id: origin.referralId,
        district_id: origin.districtId,
        submission_key: key,
      },
      coeChildRows(determination, interview, draft.children),
    );
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'coe',
      entityId: coeId,
      regionId: draft.regionId,
      after: { status: 'draft', interviewDate: interview.interviewDate, ...origin },
    });
    return coeId;
  });
  return getCoe(ctx, id);
}
