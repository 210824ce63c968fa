import {
  MAX_COMMENT_LENGTH,
  MAX_THEMES,
  normalizedThemes,
  type StakeholderGroup,
} from '../../core/plan-development/sdp-development';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findSdpFeedback,
  insertSdpFeedback,
  updateSdpFeedbackResponse,
} from '../../data/repositories/plan-development.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { commentConflict, loadSdpDevelopment } from './sdp-development-record';

/** Record a stakeholder group's comment on the draft, tagged by theme (PD4.1, PD4.2). Audited. */
export async function addSdpFeedback(
  ctx: UseCaseContext,
  developmentId: string,
  input: { group: StakeholderGroup; themes: string[]; comment: string },
): Promise<{ id: string }> {
  requirePermission(ctx, 'plan_development.contribute');
  const comment = input.comment.trim();
  if (comment === '') throw DomainError.invalidField('comment', 'must not be empty');
  if (comment.length > MAX_COMMENT_LENGTH)
    throw DomainError.invalidField('comment', `must be at most ${MAX_COMMENT_LENGTH} characters`);
  const themes = normalizedThemes(input.themes);
  if (themes.length > MAX_THEMES)
    throw DomainError.invalidField('themes', `may hold at most ${MAX_THEMES} themes`);
  return ctx.db.transaction().execute(async (trx) => {
    await loadSdpDevelopment(trx, ctx.actor, developmentId, 'contribute');
    const row = await insertSdpFeedback(trx, {
      developmentId,
      group: input.group,
      themes,
      comment,
      recordedBy: ctx.actor.userId,
      recordedByLabel: ctx.actor.label,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'sdp_feedback',
      entityId: row.id,
      regionId: null,
      after: { developmentId, group: input.group, themes, comment },
    });
    return { id: row.id };
  });
}

/** Record the state's response to a comment (PD4.3). `version` is the comment's as read. Audited. */
export async function respondToSdpFeedback(
  ctx: UseCaseContext,
  developmentId: string,
  feedbackId: string,
  input: { version: number; response: string },
): Promise<void> {
  requirePermission(ctx, 'plan_development.manage');
  const response = input.response.trim();
  if (response === '') throw DomainError.invalidField('response', 'must not be empty');
  if (response.length > MAX_COMMENT_LENGTH)
    throw DomainError.invalidField('response', `must be at most ${MAX_COMMENT_LENGTH} characters`);
  await ctx.db.transaction().execute(async (trx) => {
    await loadSdpDevelopment(trx, ctx.actor, developmentId, 'manage');
    const before = await findSdpFeedback(trx, developmentId, feedbackId);
    if (!before) throw new DomainError('not_found', 'No comment with that id.');
    if (
      !(await updateSdpFeedbackResponse(trx, feedbackId, input.version, {
        response,
        respondedByLabel: ctx.actor.label,
      }))
    )
      throw commentConflict();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'sdp_feedback',
      entityId: feedbackId,
      regionId: null,
      before: { response: before.response },
      after: { response },
    });
  });
}
