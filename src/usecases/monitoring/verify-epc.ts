import { checkVerification, type EpcChecklistItem, type EpcOutcome } from '../../core/monitoring/epc';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateEpcRowIfVersion } from '../../data/repositories/epc-verifications.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { ensureEpcFor, expectedEpcVersion, staleEpc, type EpcKey } from './epc-record';

/**
 * The consultant's verification of a region's strategy for a year and term (MN4.3): verified
 * (every checklist item found) or needs more (with a comment), the date and the comment, at the
 * version read (null when there was no record yet: a record made since is a 409); audited with
 * what it was.
 */
export async function verifyEpc(
  ctx: UseCaseContext,
  input: EpcKey & {
    version: number | null;
    outcome: EpcOutcome;
    checklist: EpcChecklistItem[];
    date: string;
    comment: string;
  },
): Promise<void> {
  requirePermission(ctx, 'epc.verify');
  const { version, outcome, checklist, date, comment, ...key } = input;
  checkVerification({ outcome, checklist, comment });
  await ctx.db.transaction().execute(async (trx) => {
    const ensured = await ensureEpcFor(ctx, trx, key, 'verify');
    const { row } = ensured;
    const values = { status: outcome, checklist: [...new Set(checklist)], verifiedOn: date, comment };
    if (
      !(await updateEpcRowIfVersion(trx, row.id, expectedEpcVersion(ensured, version), {
        ...values,
        verifiedBy: ctx.actor.userId,
      }))
    )
      throw staleEpc();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'epc_verification',
      entityId: row.id,
      regionId: row.regionId,
      before: {
        status: row.status,
        checklist: row.checklist,
        verifiedOn: row.verifiedOn,
        comment: row.comment,
      },
      after: { ...key, ...values },
    });
  });
}
