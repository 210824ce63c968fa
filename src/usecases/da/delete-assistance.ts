import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteAssistanceRowIfVersion } from '../../data/repositories/da-assistance.repository';
import type { UseCaseContext } from '../context';
import { findChangeableAssistance, staleAssistance } from './find-changeable-assistance';

/**
 * Take back a record of assistance entered by mistake (only the region that made it) at the
 * version read (a `conflict` when it changed since); the audit log keeps what it said.
 */
export async function deleteAssistance(ctx: UseCaseContext, id: string, version: number): Promise<void> {
  const before = await findChangeableAssistance(ctx, id, 'delete');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteAssistanceRowIfVersion(trx, id, version))) throw staleAssistance();
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'da_assistance',
      entityId: id,
      regionId: before.region_id,
      before,
    });
  });
}
