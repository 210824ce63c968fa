import { canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** An interview draft as far as access cares: whose it is and the region it is taken in. */
export interface InterviewDraftAccess {
  userId: string;
  regionId: string;
}

/**
 * Who may do what with an interview in progress (docs/rules/interview-drafts.md ID2): it is
 * its recruiter's own notes until it becomes a COE, so only its author reads, continues or
 * discards it, and only within a region they work in (a recruiter moved to another region no
 * longer reaches the drafts of the old one). For `create`, the draft is the one about to be kept.
 */
const mayWrite = (actor: Actor, draft: InterviewDraftAccess): boolean =>
  hasPermission(actor.role, 'coe.prepare') &&
  draft.userId === actor.userId &&
  canWriteInRegion(actor, draft.regionId);

export const interviewDraftPolicy = definePolicy<'create' | 'edit', InterviewDraftAccess>({
  read: (actor, draft) =>
    draft.userId === actor.userId && canReachRecord(actor, { regionId: draft.regionId }),
  create: mayWrite,
  edit: mayWrite,
});
