import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { coePolicy } from '../../core/recruitment/coe.policy';
import { canTakeCoeAction } from '../../core/recruitment/coe-workflow';
import { recordAudit } from '../../data/repositories/audit.repository';
import { replaceCoeChildren, updateCoeIfVersion } from '../../data/repositories/coes.repository';
import type { UseCaseContext } from '../context';
import { stateEligibilitySettings } from '../eligibility/state-eligibility-settings';
import {
  checkChildLinks,
  checkDistrict,
  checkDraftDates,
  checkFamily,
  coeChildRows,
  type CoeDraft,
} from './coe-draft';
import type { CoeRecord } from './coe-record';
import { determineInterview } from './determine-interview';
import { getCoe } from './get-coe';
import { COE_NOT_FOUND, coeSubjectOf, loadReadableCoe, staleCoeVersion } from './load-coe';

/**
 * Replace a draft's interview, links and COE data elements; re-runs the engine; audited.
 * `version` must be the version the recruiter saw: the database changes the COE only at
 * that version (STYLE §14).
 */
export async function updateCoe(
  ctx: UseCaseContext,
  id: string,
  draft: Omit<CoeDraft, 'regionId' | 'referralId'> & { version: number },
  today: CalendarDate,
): Promise<CoeRecord> {
  checkDraftDates(draft);
  const { interview, determination } = determineInterview(
    draft.interview,
    await stateEligibilitySettings(ctx.db),
  );
  await ctx.db.transaction().execute(async (trx) => {
    const coe = await loadReadableCoe(ctx, trx, id);
    if (!canTakeCoeAction(coe.status, 'edit'))
      throw new DomainError('conflict', `A ${coe.status} COE cannot be changed.`);
    authorize(coePolicy, ctx.actor, 'edit', coeSubjectOf(coe), COE_NOT_FOUND);
    await checkChildLinks(ctx, trx, interview, draft.children, coe.region_id, today);
    await checkFamily(ctx, trx, draft.familyId, coe.region_id);
    // Without a district named, the COE keeps its own (or finds the interview's, IR1.5).
    const districtId = await checkDistrict(
      trx,
      coe.region_id,
      draft.districtId === undefined ? coe.district_id : draft.districtId,
      interview,
    );
    const changed = await updateCoeIfVersion(trx, id, draft.version, {
      family_id: draft.familyId,
      interview: JSON.stringify(interview),
      determination: JSON.stringify(determination),
      interview_date: interview.interviewDate,
      residency_date: draft.residencyDate,
      qualifying_work: draft.qualifyingWork?.trim() || null,
      comments: draft.comments?.trim() || null,
      district_id: districtId,
    });
    if (!changed) throw staleCoeVersion();
    await replaceCoeChildren(trx, id, coeChildRows(determination, interview, draft.children));
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'coe',
      entityId: id,
      regionId: coe.region_id,
      before: {
        interview: coe.interview,
        residencyDate: coe.residency_date,
        qualifyingWork: coe.qualifying_work,
        districtId: coe.district_id,
      },
      after: {
        interview,
        residencyDate: draft.residencyDate,
        qualifyingWork: draft.qualifyingWork,
        districtId,
      },
    });
  });
  return getCoe(ctx, id);
}
