import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { coePolicy } from '../../core/recruitment/coe.policy';
import { signedFactsChanged, type SignedFacts } from '../../core/recruitment/coe-signature';
import { canTakeCoeAction } from '../../core/recruitment/coe-workflow';
import { recordAudit } from '../../data/repositories/audit.repository';
import { accessScopeOf } from '../../core/people/access-scope';
import {
  listCoeChildRows,
  replaceCoeChildren,
  updateCoeIfVersion,
  type DbCoe,
  type DbCoeChild,
} from '../../data/repositories/coes.repository';
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
import { refuseClosedCoeYears } from '../monitoring/data-close-guard';

/**
 * Replace a draft's interview, links and COE data elements; re-runs the engine; audited. A
 * change of what the parent's signature attests removes the signature (IR2.1).
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
    await refuseClosedCoeYears(trx, coe.interview_date, interview.interviewDate);
    await checkChildLinks(ctx, trx, interview, draft.children, coe.region_id, today);
    await checkFamily(ctx, trx, draft.familyId, coe.region_id);
    // Without a district named, the COE keeps its own (or finds the interview's, IR1.5).
    const districtId = await checkDistrict(
      trx,
      coe.region_id,
      draft.districtId === undefined ? coe.district_id : draft.districtId,
      interview,
    );
    // DR1.3: a COE is not moved out of the districts the actor prepares COEs in.
    authorize(coePolicy, ctx.actor, 'edit', { ...coeSubjectOf(coe), districtId }, COE_NOT_FOUND);
    const children = coeChildRows(determination, interview, draft.children);
    // IR2.1: a parent signs what the certificate says; a change of that asks for a new signature.
    const clearSignature =
      coe.signature_kind !== null &&
      signedFactsChanged(signedFactsOf(coe, await listCoeChildRows(trx, accessScopeOf(ctx.actor), id)), {
        interview,
        familyId: draft.familyId,
        residencyDate: draft.residencyDate,
        qualifyingWork: draft.qualifyingWork,
        children: children.map((c) => ({
          interviewChildId: c.interview_child_id,
          childId: c.child_id ?? null,
          newChild: typeof c.child_facts === 'string' ? JSON.parse(c.child_facts) : (c.child_facts ?? null),
        })),
      });
    const changed = await updateCoeIfVersion(trx, id, draft.version, {
      family_id: draft.familyId,
      interview: JSON.stringify(interview),
      determination: JSON.stringify(determination),
      interview_date: interview.interviewDate,
      residency_date: draft.residencyDate,
      qualifying_work: draft.qualifyingWork?.trim() || null,
      comments: draft.comments?.trim() || null,
      district_id: districtId,
      ...(clearSignature
        ? {
            signature_kind: null,
            signature_image: null,
            signer_name: null,
            signed_on: null,
            signature_cleared_at: new Date(),
          }
        : {}),
    });
    if (!changed) throw staleCoeVersion();
    await replaceCoeChildren(trx, id, children);
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
        ...(clearSignature ? { signerName: coe.signer_name, signedOn: coe.signed_on } : {}),
      },
      after: {
        interview,
        residencyDate: draft.residencyDate,
        qualifyingWork: draft.qualifyingWork,
        districtId,
        ...(clearSignature ? { signerName: null, signatureCleared: true } : {}),
      },
    });
  });
  return getCoe(ctx, id);
}

/** What the stored COE's signature attests (IR2.1). */
function signedFactsOf(coe: DbCoe, children: DbCoeChild[]): SignedFacts {
  return {
    interview: coe.interview,
    familyId: coe.family_id,
    residencyDate: coe.residency_date,
    qualifyingWork: coe.qualifying_work,
    children: children.map((c) => ({
      interviewChildId: c.interview_child_id,
      childId: c.child_id,
      newChild: c.child_facts,
    })),
  };
}
