import type { CalendarDate } from '../../core/common/calendar-date';
import type { WorkingCalendar } from '../../core/exchange/msix-deadlines';
import { accessScopeOf } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import {
  findMoveNoticeInScope,
  listMoveNoticesInScope,
  type MoveNoticeRow,
} from '../../data/repositories/msix-move-notices.repository';
import { listRegionHolidays } from '../../data/repositories/region-holidays.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { presentMoveNotice, type MoveNoticeSummary } from './present-move-notice';

/** X6.1: each region's working calendar (its holidays, Monday to Friday). */
async function calendarsOf(db: Db, rows: readonly MoveNoticeRow[]): Promise<Map<string, WorkingCalendar>> {
  const calendars = new Map<string, WorkingCalendar>();
  for (const regionId of new Set(rows.map((row) => row.region_id))) {
    const holidays = await listRegionHolidays(db, regionId);
    calendars.set(regionId, { holidays: new Set(holidays.map((holiday) => holiday.date)) });
  }
  return calendars;
}

async function present(ctx: UseCaseContext, rows: MoveNoticeRow[], today: CalendarDate) {
  const calendars = await calendarsOf(ctx.db, rows);
  return rows.map((row) => presentMoveNotice(row, ctx.actor, today, calendars.get(row.region_id)!));
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
