import { DomainError } from '../../core/common/domain-error';
import { CALIFORNIA_SETTINGS } from '../../core/common/state-settings';
import {
  OUTCOME_FILE_HEADER,
  outcomeFileRows,
  type MoveNoticeAnswer,
  type MoveNoticeChild,
} from '../../core/exchange/move-notice';
import { accessScopeOf, canReachRecord } from '../../core/people/access-scope';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findMoveNoticeExport,
  insertMoveNoticeExport,
  lockMoveNoticeExports,
  lockUnsentAnswersInScope,
} from '../../data/repositories/msix-move-notices.repository';
import { todayInState } from '../clock';
import { requirePermission, type UseCaseContext } from '../context';
import { csvText } from '../exports/csv-file';
import { moveNoticeRegion } from './move-notice-region';

export interface MoveNoticeOutcomesReply {
  id: string;
  fileName: string;
  /** The notices answered in the file (each child of a notice is a row). */
  answers: number;
  rows: number;
}

/**
 * X10.6: the outcome file of the answers recorded and not yet sent — of one region, or of the
 * whole state for the state administrator without a region — kept, and its notices marked
 * sent, so a second file does not repeat them. One file at a time; audited with the count.
 */
export async function createMoveNoticeOutcomes(
  ctx: UseCaseContext,
  input: { regionId?: string | undefined },
  now: Date = new Date(),
): Promise<MoveNoticeOutcomesReply> {
  requirePermission(ctx, 'referral.import');
  const scope = accessScopeOf(ctx.actor);
  const regionId =
    input.regionId === undefined && scope.kind === 'state'
      ? null
      : await moveNoticeRegion(ctx, input.regionId);
  return ctx.db.transaction().execute(async (trx) => {
    await lockMoveNoticeExports(trx);
    const rows = await lockUnsentAnswersInScope(trx, scope, regionId);
    const answers: MoveNoticeAnswer[] = rows.map((row) => ({
      noticeId: row.notice_id,
      msixIds: (row.children as unknown as MoveNoticeChild[]).map((child) => child.msixId),
      outcome: row.outcome!,
      outcomeOn: row.outcome_on!,
      movedToCity: row.moved_to_city,
      movedToState: row.moved_to_state,
    }));
    const fileRows = outcomeFileRows(answers, CALIFORNIA_SETTINGS.stateCode);
    const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
    const fileName = `msix-move-notice-outcomes-${stamp}.csv`;
    const id = await insertMoveNoticeExport(trx, {
      regionId,
      noticeIds: rows.map((row) => row.id),
      fileName,
      fileText: csvText(OUTCOME_FILE_HEADER, fileRows),
      sentOn: todayInState(now),
      createdBy: ctx.actor.userId,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'msix_move_notice_export',
      entityId: id,
      regionId,
      after: { fileName, answers: answers.length, noticeIds: answers.map((answer) => answer.noticeId) },
    });
    return { id, fileName, answers: answers.length, rows: fileRows.length };
  });
}

/** X10.6: an outcome file as it was made, for those who reach its region (the state's: the state administrator). */
export async function moveNoticeOutcomesFile(
  ctx: UseCaseContext,
  id: string,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  requirePermission(ctx, 'referral.import');
  const file = await findMoveNoticeExport(ctx.db, id);
  const reachable =
    file &&
    (file.region_id === null
      ? accessScopeOf(ctx.actor).kind === 'state'
      : canReachRecord(ctx.actor, { regionId: file.region_id }));
  if (!file || !reachable) throw new DomainError('not_found', 'No move notice outcome file with that id.');
  return {
    fileName: file.file_name,
    contentType: 'text/csv; charset=utf-8',
    body: Buffer.from(file.file_text, 'utf8'),
  };
}
