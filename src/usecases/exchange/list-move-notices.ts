import type { CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import { holidaysOfRegions } from '../../data/repositories/msix-deadlines.repository';
import {
  findMoveNoticeInScope,
  listMoveNoticesInScope,
  type MoveNoticeRow,
} from '../../data/repositories/msix-move-notices.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { presentMoveNotice, type MoveNoticeSummary } from './present-move-notice';

/** X6.1: each notice with its deadline by its region's working calendar (one read of the holidays). */
async function present(ctx: UseCaseContext, rows: MoveNoticeRow[], today: CalendarDate) {
  const holidays = await holidaysOfRegions(ctx.db, [...new Set(rows.map((row) => row.region_id))]);
  return rows.map((row) =>
    presentMoveNotice(row, ctx.actor, today, { holidays: holidays.get(row.region_id) ?? new Set() }),
  );
}

/**
 * X10.4, X10.7: the move notices the actor reaches (of one region, or the task of one referral,
 * when named; only those not answered yet with `open`), the oldest notice first, each with its deadline and outcome.
 */
export async function listMoveNotices(
  ctx: UseCaseContext,
  filter: { regionId?: string | undefined; referralId?: string | undefined; open?: boolean | undefined },
  today: CalendarDate,
): Promise<MoveNoticeSummary[]> {
  requirePermission(ctx, 'referral.read');
  const rows = await listMoveNoticesInScope(ctx.db, accessScopeOf(ctx.actor), filter);
  return present(ctx, rows, today);
}

/** One notice as listed, read after a change to it (the caller found it in scope). */
export async function moveNoticeSummary(
  ctx: UseCaseContext,
  id: string,
  today: CalendarDate,
): Promise<MoveNoticeSummary> {
  const row = await findMoveNoticeInScope(ctx.db, accessScopeOf(ctx.actor), id);
  if (!row) throw new Error('a move notice changed just now is out of reach');
  const [summary] = await present(ctx, [row], today);
  return summary!;
}
