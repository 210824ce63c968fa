import { accessScopeOf } from '../../core/people/access-scope';
import { findInterviewDraftRowsOfUser } from '../../data/repositories/interview-drafts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { toInterviewDraftSummary, type InterviewDraftSummary } from './interview-draft-record';

/** The actor's own interviews in progress in the regions they work in, the latest first (ID1). */
export async function listInterviewDrafts(ctx: UseCaseContext): Promise<{ items: InterviewDraftSummary[] }> {
  requirePermission(ctx, 'coe.prepare');
  const userId = ctx.actor.userId;
  if (!userId) return { items: [] };
  const rows = await findInterviewDraftRowsOfUser(ctx.db, userId, accessScopeOf(ctx.actor));
  return { items: rows.map(toInterviewDraftSummary) };
}
