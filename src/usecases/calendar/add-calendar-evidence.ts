import { MAX_LINK_LENGTH, MAX_NOTE_LENGTH } from '../../core/calendar/program-year';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertCalendarEvidence, touchCalendarItem } from '../../data/repositories/calendar.repository';
import { storeDocument } from '../documents/store-document';
import { requirePermission, type UseCaseContext } from '../context';
import { evidenceOwner, loadCalendarItem } from './load-calendar-item';

/** Whether `text` is an http or https address (CA2.4). */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Keep a note or a link as an item's evidence (CA2.4). Audited. */
export async function addCalendarEvidence(
  ctx: UseCaseContext,
  itemId: string,
  input: { kind: 'note' | 'link'; text: string },
): Promise<{ id: string }> {
  requirePermission(ctx, 'calendar.read');
  const text = input.text.trim();
  if (text === '') throw DomainError.invalidField('text', 'must not be empty');
  if (input.kind === 'note' && text.length > MAX_NOTE_LENGTH)
    throw DomainError.invalidField('text', `must be at most ${MAX_NOTE_LENGTH} characters`);
  if (input.kind === 'link' && (text.length > MAX_LINK_LENGTH || !isWebAddress(text)))
    throw DomainError.invalidField('text', 'must be an http or https address');
  return ctx.db.transaction().execute(async (trx) => {
    const item = await loadCalendarItem(trx, ctx.actor, itemId, 'update');
    const evidence = await insertCalendarEvidence(trx, {
      itemId,
      kind: input.kind,
      text,
      addedBy: ctx.actor.userId,
      addedByLabel: ctx.actor.label,
    });
    await touchCalendarItem(trx, itemId);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'calendar_evidence',
      entityId: evidence.id,
      regionId: item.regionId,
      after: { itemId, kind: input.kind, text },
    });
    return { id: evidence.id };
  });
}

/** Keep an uploaded file as an item's evidence (CA2.4), in the stored documents. Audited. */
export async function uploadCalendarEvidence(
  ctx: UseCaseContext,
  itemId: string,
  file: { fileName: string; content: Buffer },
): Promise<{ id: string }> {
  requirePermission(ctx, 'calendar.read');
  return ctx.db.transaction().execute(async (trx) => {
    const item = await loadCalendarItem(trx, ctx.actor, itemId, 'update');
    const stored = await storeDocument(trx, ctx.actor, evidenceOwner(item), file);
    await touchCalendarItem(trx, itemId);
    return { id: stored.id };
  });
}
