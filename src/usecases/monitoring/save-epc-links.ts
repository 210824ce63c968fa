import { checkLinks, type EpcLink } from '../../core/monitoring/epc';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateEpcRowIfVersion } from '../../data/repositories/epc-verifications.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { ensureEpcFor, expectedEpcVersion, staleEpc, type EpcKey } from './epc-record';

/**
 * Save the links of a strategy's documentation (MN4.1), at the version read (null when there
 * was no record yet: a record made since is a 409); audited.
 */
export async function saveEpcLinks(
  ctx: UseCaseContext,
  input: EpcKey & { version: number | null; links: EpcLink[] },
): Promise<void> {
  requirePermission(ctx, 'monitoring.manage');
  checkLinks(input.links);
  await ctx.db.transaction().execute(async (trx) => {
    const { version, links, ...key } = input;
    const ensured = await ensureEpcFor(ctx, trx, key, 'document');
    const { row } = ensured;
    if (!(await updateEpcRowIfVersion(trx, row.id, expectedEpcVersion(ensured, version), { links })))
      throw staleEpc();
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
