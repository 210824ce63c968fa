import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { interviewDraftPolicy } from '../../core/recruitment/interview-draft.policy';
import { findInterviewDraftRow } from '../../data/repositories/interview-drafts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { toInterviewDraftRecord, type InterviewDraftRecord } from './interview-draft-record';

export const DRAFT_NOT_FOUND = 'No such interview draft.';

/** One of the actor's interviews in progress, with what was typed (ID1, ID2). */
export async function getInterviewDraft(ctx: UseCaseContext, id: string): Promise<InterviewDraftRecord> {
  requirePermission(ctx, 'coe.prepare');
  const row = await findInterviewDraftRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', DRAFT_NOT_FOUND);
  authorize(
    interviewDraftPolicy,
    ctx.actor,
    'read',
    { userId: row.user_id, regionId: row.region_id },
    DRAFT_NOT_FOUND,
  );
  return toInterviewDraftRecord(row);
}
