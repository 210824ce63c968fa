import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { interviewDraftPolicy } from '../../core/recruitment/interview-draft.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findInterviewDraftRow,
  insertInterviewDraft,
  updateInterviewDraftIfVersion,
} from '../../data/repositories/interview-drafts.repository';
import { findRegionById } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { DRAFT_NOT_FOUND } from './get-interview-draft';
import { toInterviewDraftSummary, type InterviewDraftSummary } from './interview-draft-record';

export interface SaveInterviewDraftInput {
  regionId: string;
  /** The version the device last had; 0 for a draft the server has never seen. */
  version: number;
  label: string;
  content: Record<string, unknown>;
}

/** What one draft may hold, as JSON: far more than any interview's facts. */
const MAX_CONTENT_LENGTH = 500_000;

/**
 * Keep what the recruiter has typed so far (ID1): a new draft under the id its device made
 * (audited as created), or the next version of one (ID3: refused with 409 when another device
 * saved it since the version named). Saves of a draft in progress are not audited one by one:
 * the audit log keeps its creation and its end.
 */
export async function saveInterviewDraft(
  ctx: UseCaseContext,
  id: string,
  input: SaveInterviewDraftInput,
): Promise<InterviewDraftSummary> {
  requirePermission(ctx, 'coe.prepare');
  const userId = ctx.actor.userId;
  if (!userId) throw new DomainError('forbidden', 'An interview draft is kept by a signed-in staff member.');
  const content = JSON.stringify(input.content);
  if (content.length > MAX_CONTENT_LENGTH)
    throw DomainError.invalidField('content', `is longer than ${MAX_CONTENT_LENGTH} characters`);
  const values = { region_id: input.regionId, label: input.label.trim(), content };
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findInterviewDraftRow(trx, id);
    if (!existing) {
      if (input.version !== 0)
        throw new DomainError('conflict', 'This draft was discarded on another device.', [
          { field: 'version', message: 'the draft is no longer kept' },
        ]);
      authorize(
        interviewDraftPolicy,
        ctx.actor,
        'create',
        { userId, regionId: input.regionId },
        DRAFT_NOT_FOUND,
      );
      if (!(await findRegionById(trx, input.regionId)))
        throw DomainError.invalidField('regionId', 'is not a region');
      if (!(await insertInterviewDraft(trx, { ...values, id, user_id: userId })))
        throw new DomainError('conflict', 'A draft with this id was kept meanwhile.', [
          { field: 'version', message: 'another save came first' },
        ]);
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'interview_draft',
        entityId: id,
        regionId: input.regionId,
        after: { label: values.label },
      });
      return;
    }
    const access = { userId: existing.user_id, regionId: existing.region_id };
    authorize(interviewDraftPolicy, ctx.actor, 'edit', access, DRAFT_NOT_FOUND);
    authorize(
      interviewDraftPolicy,
      ctx.actor,
      'edit',
      { ...access, regionId: input.regionId },
      DRAFT_NOT_FOUND,
    );
    if (!(await updateInterviewDraftIfVersion(trx, id, input.version, values)))
      throw new DomainError('conflict', 'This draft was saved on another device meanwhile.', [
        { field: 'version', message: 'another save came first' },
      ]);
  });
  const saved = await findInterviewDraftRow(ctx.db, id);
  if (!saved) throw new DomainError('not_found', DRAFT_NOT_FOUND);
  return toInterviewDraftSummary(saved);
}
