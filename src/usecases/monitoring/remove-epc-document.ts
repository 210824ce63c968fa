import { epcPolicy } from '../../core/monitoring/epc.policy';
import { authorize } from '../../core/people/policy';
import { requirePermission, type UseCaseContext } from '../context';
import { deleteDocument } from '../documents/delete-document';
import { epcDocumentOwner, loadEpcFor } from './epc-record';

/**
 * Remove a file of a subgrantee's documentation (MN4.6), for whoever may save it; 404 when the
 * file is not that verification's. The audit log keeps its name, type and size.
 */
export async function removeEpcDocument(ctx: UseCaseContext, id: string, documentId: string): Promise<void> {
  requirePermission(ctx, 'monitoring.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadEpcFor(ctx, trx, id);
    authorize(
      epcPolicy,
      ctx.actor,
      'document',
      { regionId: row.regionId, districtId: row.districtId },
      'No EPC verification with that id.',
    );
    await deleteDocument(trx, ctx.actor, epcDocumentOwner(row), documentId);
  });
}
