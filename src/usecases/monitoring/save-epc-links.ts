import { checkLinks, type EpcLink } from '../../core/monitoring/epc';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateEpcRowIfVersion } from '../../data/repositories/epc-verifications.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { ensureEpcFor, staleEpc, type EpcKey } from './epc-record';

/**
 * Save the links of a strategy's documentation (MN4.1), at the version read (null before there
 * was a record); audited.
 */
export async function saveEpcLinks(
  ctx: UseCaseContext,
  input: EpcKey & { version: number | null; links: EpcLink[] },
): Promise<void> {
  requirePermission(ctx, 'monitoring.manage');
  checkLinks(input.links);
  await ctx.db.transaction().execute(async (trx) => {
    const { version, links, ...key } = input;
    const row = await ensureEpcFor(ctx, trx, key, 'document');
    if (!(await updateEpcRowIfVersion(trx, row.id, version ?? row.version, { links }))) throw staleEpc();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'epc_verification',
      entityId: row.id,
      regionId: row.regionId,
      before: { links: row.links },
      after: { ...key, links },
    });
  });
}
