import { daysInMonth, formatParts } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { listCalendarItems, type CalendarItemFilter } from '../../data/repositories/calendar.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { presentItems, type CalendarItemRecord } from './calendar-item-record';

/** The views of the calendar (CA2.7). */
export const CALENDAR_VIEWS = ['mine', 'region', 'overdue', 'year'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export interface ListCalendarItemsInput {
  view: CalendarView;
  regionId?: string | undefined;
  programYear?: number | undefined;
  /** `YYYY-MM` for the month views; this month by default. */
  month?: string | undefined;
}

/**
 * One view of the calendar's items in the actor's scope (CA2.7): this month's items that are
 * mine or my region's, the overdue items, or a region's whole program year.
 */
export async function listCalendarItemsView(
  ctx: UseCaseContext,
  input: ListCalendarItemsInput,
  today: string,
): Promise<{ items: CalendarItemRecord[] }> {
  requirePermission(ctx, 'calendar.read');
  const scope = accessScopeOf(ctx.actor);
  const filter: CalendarItemFilter = { scope, regionId: input.regionId };
  const month = input.month ?? today.slice(0, 7);
  if (input.view === 'mine' || input.view === 'region') {
    const year = Number(month.slice(0, 4));
    const monthNumber = Number(month.slice(5, 7));
    filter.dueFrom = formatParts(year, monthNumber, 1);
    filter.dueTo = formatParts(year, monthNumber, daysInMonth(year, monthNumber));
    if (input.view === 'mine') filter.ownerId = ctx.actor.userId ?? '00000000-0000-0000-0000-000000000000';
    else filter.regionId = input.regionId ?? ctx.actor.regionId ?? undefined;
  } else if (input.view === 'overdue') {
    filter.dueTo = today;
    filter.openOnly = true;
  } else {
    if (input.programYear === undefined)
      throw DomainError.invalidField('programYear', 'choose a program year');
    filter.regionId = input.regionId ?? ctx.actor.regionId ?? undefined;
    if (!filter.regionId) throw DomainError.invalidField('regionId', 'choose a region');
    filter.programYear = input.programYear;
  }
  const rows = await listCalendarItems(ctx.db, filter);
  const items = await presentItems(ctx.db, ctx.actor, rows, today);
  return { items: input.view === 'overdue' ? items.filter((item) => item.overdue) : items };
}
