import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { checkMoveNoticeOutcome, type MoveNoticeOutcomeInput } from '../../core/exchange/move-notice';
import { moveNoticePolicy } from '../../core/exchange/move-notice.policy';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findCoeOfReferral,
  findMoveNoticeInScope,
  saveMoveNoticeOutcome,
} from '../../data/repositories/msix-move-notices.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { moveNoticeSummary } from './list-move-notices';
import { moveNoticeAccessOf, type MoveNoticeSummary } from './present-move-notice';

const NO_NOTICE = 'No move notice with that id.';

/**
 * X10.5: record what came of looking for a notice's family, at the version read (409 when
 * someone changed it first, or an outcome file already sent the answer). Found and interviewed
 * links the COE prepared from the task's referral when there is one. Audited.
 */
export async function recordMoveNoticeOutcome(
  ctx: UseCaseContext,
  id: string,
  input: MoveNoticeOutcomeInput & { version: number },
  today: CalendarDate,
): Promise<MoveNoticeSummary> {
  requirePermission(ctx, 'referral.read');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findMoveNoticeInScope(trx, accessScopeOf(ctx.actor), id);
    if (!row) throw new DomainError('not_found', NO_NOTICE);
    authorize(moveNoticePolicy, ctx.actor, 'answer', moveNoticeAccessOf(row), NO_NOTICE);
    if (row.outcome_export_id !== null)
      throw new DomainError('conflict', 'This answer was already sent to MSIX.', [
        { field: 'version', message: 'the answer was already sent' },
      ]);
    const outcome = checkMoveNoticeOutcome(input, row.notice_date, today);
    const coeId =
      outcome.outcome === 'found-interviewed' ? await findCoeOfReferral(trx, row.referral_id) : null;
    const saved = await saveMoveNoticeOutcome(trx, row.id, input.version, {
      ...outcome,
      coeId,
      by: ctx.actor.userId,
    });
    if (!saved)
      throw new DomainError(
        'conflict',
        'The move notice was changed by someone else; reload it and try again.',
        [{ field: 'version', message: 'is not the current version' }],
      );
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'msix_move_notice',
      entityId: row.id,
      regionId: row.region_id,
      before: row.outcome
        ? {
            outcome: row.outcome,
            outcomeOn: row.outcome_on,
            movedToCity: row.moved_to_city,
            movedToState: row.moved_to_state,
          }
        : { outcome: null },
      after: { noticeId: row.notice_id, ...outcome, coeId },
    });
  });
  return moveNoticeSummary(ctx, id, today);
}
