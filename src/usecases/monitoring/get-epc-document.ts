import { requirePermission, type UseCaseContext } from '../context';
import { readDocument } from '../documents/read-document';
import type { StoredDocument } from '../../data/repositories/documents.repository';
import { epcDocumentOwner, loadEpcFor } from './epc-record';

/** One file of a strategy's documentation, for whoever may read the verification (MN1.2). */
export async function getEpcDocument(
  ctx: UseCaseContext,
  id: string,
  documentId: string,
): Promise<StoredDocument> {
  requirePermission(ctx, 'monitoring.read');
  const row = await loadEpcFor(ctx, ctx.db, id);
  return readDocument(ctx.db, epcDocumentOwner(row), documentId);
}
