import { ITEM_STATUSES, type ItemStatus } from '../../core/calendar/program-year';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findCalendarItem,
  isRegionStaff,
  updateCalendarItem,
} from '../../data/repositories/calendar.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { todayInState } from '../clock';
import { presentItems, type CalendarItemRecord } from './calendar-item-record';
import { loadCalendarItem } from './load-calendar-item';

export interface UpdateCalendarItemInput {
  version: number;
  status?: ItemStatus | undefined;
  /** A member of the region's staff, or null for nobody; absent keeps the owner. */
  ownerId?: string | null | undefined;
}

/**
 * Change an item's status (CA2.3) or, for those who assign, its owner. `version` is the one
 * read: a change over someone else's answers 409 naming `version`. Audited.
 */
export async function updateCalendarItemOf(
  ctx: UseCaseContext,
  id: string,
  input: UpdateCalendarItemInput,
): Promise<CalendarItemRecord> {
  requirePermission(ctx, 'calendar.read');
  if (input.status !== undefined && !ITEM_STATUSES.includes(input.status))
    throw DomainError.invalidField('status', 'is not a status');
  const assigning = input.ownerId !== undefined;
  await ctx.db.transaction().execute(async (trx) => {
    const item = await loadCalendarItem(trx, ctx.actor, id, assigning ? 'assign' : 'update');
    if (assigning && input.ownerId !== null && !(await isRegionStaff(trx, item.regionId, input.ownerId!)))
      throw DomainError.invalidField('ownerId', 'is not a member of the region’s staff');
    const changed = await updateCalendarItem(trx, id, input.version, {
      ownerId: input.ownerId,
      status: input.status,
    });
    if (!changed)
      throw new DomainError('conflict', 'Someone changed this item since you read it; read it again.', [
        { field: 'version', message: 'is not the current version' },
      ]);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'calendar_item',
      entityId: id,
      regionId: item.regionId,
      before: { status: item.status, ownerId: item.ownerId },
      after: {
        status: input.status ?? item.status,
        ownerId: input.ownerId === undefined ? item.ownerId : input.ownerId,
      },
    });
  });
  const row = await findCalendarItem(ctx.db, id);
  const [record] = await presentItems(ctx.db, ctx.actor, row ? [row] : [], todayInState());
  return record!;
}
