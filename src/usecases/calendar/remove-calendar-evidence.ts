import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteCalendarEvidence, touchCalendarItem } from '../../data/repositories/calendar.repository';
import { findDocumentOf } from '../../data/repositories/documents.repository';
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
    const owner = evidenceOwner(item);
    if (await findDocumentOf(trx, owner, evidenceId)) {
      await deleteDocument(trx, ctx.actor, owner, evidenceId);
    } else {
      const removed = await deleteCalendarEvidence(trx, itemId, evidenceId);
      if (!removed) {
        await deleteDocument(trx, ctx.actor, owner, evidenceId); // answers 404
        return;
      }
      await recordAudit(trx, ctx.actor, {
        action: 'delete',
        entityType: 'calendar_evidence',
        entityId: evidenceId,
        regionId: item.regionId,
        before: { itemId, kind: removed.kind, text: removed.text },
      });
    }
    await touchCalendarItem(trx, itemId);
  });
}

/** An uploaded file of an item's evidence, with its bytes, for someone who may read the item. */
export async function downloadCalendarEvidence(ctx: UseCaseContext, itemId: string, documentId: string) {
  requirePermission(ctx, 'calendar.read');
  const item = await loadCalendarItem(ctx.db, ctx.actor, itemId, 'read');
  return readDocument(ctx.db, evidenceOwner(item), documentId);
}
