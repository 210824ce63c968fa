import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteCalendarEvidence, touchCalendarItem } from '../../data/repositories/calendar.repository';
import { deleteDocument } from '../documents/delete-document';
import { readDocument } from '../documents/read-document';
import { requirePermission, type UseCaseContext } from '../context';
import { evidenceOwner, loadCalendarItem } from './load-calendar-item';

/** Remove one piece of an item's evidence, a note, link or file (CA2.4); the audit log keeps it. */
export async function removeCalendarEvidence(
  ctx: UseCaseContext,
  itemId: string,
  evidenceId: string,
): Promise<void> {
  requirePermission(ctx, 'calendar.read');
  await ctx.db.transaction().execute(async (trx) => {
    const item = await loadCalendarItem(trx, ctx.actor, itemId, 'update');
    const removed = await deleteCalendarEvidence(trx, itemId, evidenceId);
    if (removed)
      await recordAudit(trx, ctx.actor, {
        action: 'delete',
        entityType: 'calendar_evidence',
        entityId: evidenceId,
        regionId: item.regionId,
        before: { itemId, kind: removed.kind, text: removed.text },
      });
    // Not a note or link: an uploaded file of the item, or 404.
    else await deleteDocument(trx, ctx.actor, evidenceOwner(item), evidenceId);
    await touchCalendarItem(trx, itemId);
  });
}

/** An uploaded file of an item's evidence, with its bytes, for someone who may read the item. */
export async function downloadCalendarEvidence(ctx: UseCaseContext, itemId: string, documentId: string) {
  requirePermission(ctx, 'calendar.read');
  const item = await loadCalendarItem(ctx.db, ctx.actor, itemId, 'read');
  return readDocument(ctx.db, evidenceOwner(item), documentId);
}
