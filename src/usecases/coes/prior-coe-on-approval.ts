import { derivePriorCoe } from '../../core/recruitment/prior-coe';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findHistoryStudentByNumber,
  hasPriorMigrantReferral,
  isHistoryStudentLinked,
  listHistoryRecruitmentDates,
  listOtherApprovedCoeDates,
  setChildHistoryStudent,
  setCoeChildPriorCoe,
} from '../../data/repositories/child-history.repository';
import type { DbCoe, DbCoeChild } from '../../data/repositories/coes.repository';
import type { DbChild } from '../../data/tables';
import type { UseCaseContext } from '../context';

/**
 * IR4.1: the child's imported history by the state number, linked to the child when found
 * (audited) — the child's student number or SSID is the number of an imported history
 * student no other Ciclo child carries. Returns the history number the child carries, if any.
 */
export async function linkHistoryByStateNumber(
  ctx: UseCaseContext,
  trx: Db,
  child: Pick<DbChild, 'id' | 'region_id' | 'student_number' | 'statewide_student_id' | 'history_student_id'>,
  source: string,
): Promise<string | null> {
  if (child.history_student_id) return child.history_student_id;
  const found = await findHistoryStudentByNumber(trx, [child.student_number, child.statewide_student_id]);
  if (!found || (await isHistoryStudentLinked(trx, found, child.id))) return null;
  await setChildHistoryStudent(trx, child.id, found);
  await recordAudit(trx, ctx.actor, {
    action: 'update',
    entityType: 'child',
    entityId: child.id,
    regionId: child.region_id,
    childId: child.id,
    before: { history_student_id: null },
    after: { history_student_id: found, source },
  });
  return found;
}

/**
 * IR3: the prior COE of a child of the COE being approved, decided from the child's records
 * (the prior QAD typed, an existing child linked, a prior-migrant referral, an earlier approved
 * COE, imported history) and stored on the COE's child with where it was found; audited when
 * it changes what the recruiter's entry said.
 * @param wasLinked the COE linked an existing Ciclo child (not one created by this approval)
 */
export async function decidePriorCoeOnApproval(
  ctx: UseCaseContext,
  trx: Db,
  coe: DbCoe,
  row: DbCoeChild,
  child: DbChild,
  wasLinked: boolean,
): Promise<void> {
  const historyStudentId = await linkHistoryByStateNumber(ctx, trx, child, `coe ${coe.id}`);
  const decision = derivePriorCoe(
    {
      hasPriorQad: row.prior_coe,
      isExistingChild: wasLinked,
      hasPriorMigrantReferral: await hasPriorMigrantReferral(trx, child.id, coe.referral_id),
      approvedCoeDates: await listOtherApprovedCoeDates(trx, child.id, coe.id),
      importedRecruitmentDates: historyStudentId
        ? await listHistoryRecruitmentDates(trx, historyStudentId)
        : [],
    },
    coe.interview_date,
  );
  await setCoeChildPriorCoe(trx, row.id, decision.priorCoe, decision.sources);
  if (decision.priorCoe === row.prior_coe && decision.sources.length === 0) return;
  await recordAudit(trx, ctx.actor, {
    action: 'update',
    entityType: 'coe',
    entityId: coe.id,
    regionId: coe.region_id,
    childId: child.id,
    before: { child: row.interview_child_id, prior_coe: row.prior_coe },
    after: {
      child: row.interview_child_id,
      prior_coe: decision.priorCoe,
      prior_coe_sources: decision.sources,
    },
  });
}
