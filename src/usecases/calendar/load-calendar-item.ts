import { calendarItemPolicy } from '../../core/calendar/calendar.policy';
import { authorize } from '../../core/people/policy';
import type { Actor } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { findCalendarItem, type CalendarItemRow } from '../../data/repositories/calendar.repository';
import type { DocumentOwner } from '../documents/document-owner';
import { EVIDENCE_OWNER_TYPE } from './calendar-item-record';

/** An item the actor may take `action` on: 404 when they may not read it, 403 when they may not act. */
export async function loadCalendarItem(
  db: Db,
  actor: Actor,
  id: string,
  action: 'read' | 'update' | 'assign',
): Promise<CalendarItemRow> {
  const item = await findCalendarItem(db, id);
  authorize(calendarItemPolicy, actor, action, item, 'No calendar item with that id.');
  return item;
}

/** The stored-documents owner of an item's uploaded evidence. */
export function evidenceOwner(item: CalendarItemRow): DocumentOwner {
  return {
    ownerType: EVIDENCE_OWNER_TYPE,
    ownerId: item.id,
    organizationId: item.regionId,
    regionId: item.regionId,
  };
}
