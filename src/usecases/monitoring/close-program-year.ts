import type { CalendarDate } from '../../core/common/calendar-date';
import { checkCanClose, checkCanReopen, checkProgramYear } from '../../core/monitoring/data-close';
import { lockYearForChange, setYearStatus } from '../../data/repositories/data-close.repository';
import { recordAudit } from '../../data/repositories/audit.repository';
import { todayInState } from '../clock';
import { requirePermission, type UseCaseContext } from '../context';
import { getDataClose, type DataCloseChecklist } from './data-close';

/**
 * Close a program year (MN6.3, MN6.4): only the state administrators, once the year has
 * ended. The year's row is locked for update, so the closing waits for the writes of the year
 * under way and every later write reads it closed. Audited with the reason.
 */
export function closeProgramYear(
  ctx: UseCaseContext,
  programYear: string,
  reason: string,
  today: CalendarDate = todayInState(),
): Promise<DataCloseChecklist> {
  return setProgramYear(ctx, programYear, 'closed', reason, today);
}

/** Reopen a closed program year (MN6.4): only the state administrators, saying why; audited. */
export function reopenProgramYear(
  ctx: UseCaseContext,
  programYear: string,
  reason: string,
  today: CalendarDate = todayInState(),
): Promise<DataCloseChecklist> {
  return setProgramYear(ctx, programYear, 'open', reason, today);
}

async function setProgramYear(
  ctx: UseCaseContext,
  programYear: string,
  status: 'open' | 'closed',
  reason: string,
  today: CalendarDate,
): Promise<DataCloseChecklist> {
  requirePermission(ctx, 'data_close.manage');
  checkProgramYear(programYear);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockYearForChange(trx, programYear);
    if (status === 'closed') checkCanClose(programYear, row.status, today);
    else checkCanReopen(programYear, row.status, reason);
    await setYearStatus(trx, programYear, {
      status,
      userId: ctx.actor.userId,
      label: ctx.actor.label,
      reason: reason.trim(),
    });
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'program_year_closure',
      entityId: programYear,
      regionId: null,
      before: { status: row.status },
      after: { status, reason: reason.trim() },
    });
  });
  return getDataClose(ctx, { programYear }, today);
}
