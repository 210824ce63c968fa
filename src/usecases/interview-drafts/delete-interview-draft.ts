import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { interviewDraftPolicy } from '../../core/recruitment/interview-draft.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  deleteInterviewDraftRow,
  findInterviewDraftRow,
} from '../../data/repositories/interview-drafts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { DRAFT_NOT_FOUND } from './get-interview-draft';

/** Discard an interview in progress, or drop it once it became a COE (ID1); audited with its label. */
export async function deleteInterviewDraft(ctx: UseCaseContext, id: string): Promise<void> {
  requirePermission(ctx, 'coe.prepare');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findInterviewDraftRow(trx, id);
    if (!row) throw new DomainError('not_found', DRAFT_NOT_FOUND);
    authorize(
      interviewDraftPolicy,
      ctx.actor,
      'edit',
      { userId: row.user_id, regionId: row.region_id },
      DRAFT_NOT_FOUND,
    );
    await deleteInterviewDraftRow(trx, id);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'interview_draft',
      entityId: id,
      regionId: row.region_id,
      before: { label: row.label, version: row.version },
    });
  });
}
