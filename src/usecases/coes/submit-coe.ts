import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { coePolicy } from '../../core/recruitment/coe.policy';
import { assertCanSubmit } from '../../core/recruitment/coe-workflow';
import { recordAudit } from '../../data/repositories/audit.repository';
import { countEligibleCoeChildren, updateCoeIfVersion } from '../../data/repositories/coes.repository';
import type { UseCaseContext } from '../context';
import type { CoeRecord } from './coe-record';
import { getCoe } from './get-coe';
import { COE_NOT_FOUND, coeSubjectOf, loadReadableCoe, staleCoeVersion } from './load-coe';
import { refuseClosedCoeYears } from '../monitoring/data-close-guard';

/** Submit a signed COE with at least one eligible child for review; audited. */
export async function submitCoe(ctx: UseCaseContext, id: string): Promise<CoeRecord> {
  await ctx.db.transaction().execute(async (trx) => {
    const coe = await loadReadableCoe(ctx, trx, id);
    assertCanSubmit({
      status: coe.status,
      eligibleChildCount: await countEligibleCoeChildren(trx, accessScopeOf(ctx.actor), id),
      isSigned: coe.signature_kind !== null,
      residencyDate: coe.residency_date,
      qualifyingWork: coe.qualifying_work,
    });
    authorize(coePolicy, ctx.actor, 'submit', coeSubjectOf(coe), COE_NOT_FOUND);
    await refuseClosedCoeYears(trx, coe.interview_date);
    const changed = await updateCoeIfVersion(trx, id, coe.version, {
      status: 'submitted',
      submitted_at: new Date(),
    });
    if (!changed) throw staleCoeVersion();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'coe',
      entityId: id,
      regionId: coe.region_id,
      before: { status: coe.status },
      after: { status: 'submitted' },
    });
  });
  return getCoe(ctx, id);
}
