import { requirePermission, type UseCaseContext } from '../context';
import { storeDocument } from '../documents/store-document';
import type { DocumentSummary } from '../../data/repositories/documents.repository';
import { ensureEpcFor, epcDocumentOwner, type EpcKey } from './epc-record';

/** Save a file of documentation for a region's strategy, year and term (MN4.1); checked and audited (MN1). */
export async function addEpcDocument(
  ctx: UseCaseContext,
  key: EpcKey,
  file: { fileName: string; content: Buffer },
): Promise<DocumentSummary> {
  requirePermission(ctx, 'monitoring.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const { row } = await ensureEpcFor(ctx, trx, key, 'document');
    return storeDocument(trx, ctx.actor, epcDocumentOwner(row), file);
  });
}
