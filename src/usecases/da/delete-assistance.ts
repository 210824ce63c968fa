import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteAssistanceRow } from '../../data/repositories/da-assistance.repository';
import type { UseCaseContext } from '../context';
import { findChangeableAssistance } from './find-changeable-assistance';

/** Take back a record of assistance entered by mistake (only the region that made it); the audit log keeps what it said. */
export async function deleteAssistance(ctx: UseCaseContext, id: string): Promise<void> {
  const before = await findChangeableAssistance(ctx, id, 'delete');
  await ctx.db.transaction().execute(async (trx) => {
    await deleteAssistanceRow(trx, id);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'da_assistance',
      entityId: id,
      regionId: before.region_id,
      before,
    });
  });
}
