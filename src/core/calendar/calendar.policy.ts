import { canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** What the calendar policy needs to know of an item: its region and its owner. */
export interface CalendarItemSubject {
  regionId: string;
  ownerId: string | null;
}

type CalendarItemAction = 'update' | 'assign' | 'generate';

/**
 * Who may do what with a region's calendar items (CA3): everyone with `calendar.read` reads the
 * items of the regions in their scope (the state sees every region, a consultant their
 * assigned ones); the region's staff with `calendar.work` update items and add evidence; those
 * with `calendar.manage` (the region director, the state administrator) also assign owners and
 * generate a program year. The owner of an item may always update it.
 */
export const calendarItemPolicy = definePolicy<CalendarItemAction, CalendarItemSubject>({
  read: (actor, item) => hasPermission(actor.role, 'calendar.read') && canReachRecord(actor, item),
  update: (actor, item) =>
    (hasPermission(actor.role, 'calendar.work') && canWriteInRegion(actor, item.regionId)) ||
    (item.ownerId !== null && item.ownerId === actor.userId && hasPermission(actor.role, 'calendar.read')),
  assign: (actor, item) =>
    hasPermission(actor.role, 'calendar.manage') && canWriteInRegion(actor, item.regionId),
  generate: (actor, item) =>
    hasPermission(actor.role, 'calendar.manage') && canWriteInRegion(actor, item.regionId),
});

/** Whether the actor may set the state's calendar settings (the application years). */
export function maySetCalendarSettings(actor: Actor): boolean {
  return hasPermission(actor.role, 'calendar.settings');
}
