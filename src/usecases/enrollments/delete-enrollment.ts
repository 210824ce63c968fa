import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteEnrollmentRow } from '../../data/repositories/enrollments.repository';
import type { ChildRecord } from '../children/child-record';
import { getChild } from '../children/get-child';
import { requirePermission, type UseCaseContext } from '../context';
import { loadEnrollmentFor } from './load-enrollment';

/** Remove an enrollment recorded by mistake; audited with the row as it was. Returns the child. */
export async function deleteEnrollment(ctx: UseCaseContext, id: string): Promise<ChildRecord> {
  requirePermission(ctx, 'enrollment.write');
  const childId = await ctx.db.transaction().execute(async (trx) => {
    const { child_region_id: childRegionId, ...before } = await loadEnrollmentFor(ctx, trx, id, 'delete');
    await deleteEnrollmentRow(trx, id);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'enrollment',
      entityId: id,
      regionId: childRegionId,
      childId: before.child_id,
      before,
    });
    return before.child_id;
  });
  return getChild(ctx, childId);
}
