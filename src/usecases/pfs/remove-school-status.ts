import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  deleteSchoolStatus,
  findSchoolStatusInScope,
} from '../../data/repositories/child-school-statuses.repository';
import { loadChildFor } from '../children/load-child';
import type { UseCaseContext } from '../context';
import { presentSchoolStatus } from './present-school-status';

/** Remove a school status recorded in error (or to record it anew with other days); audited with what it said. */
export async function removeSchoolStatus(ctx: UseCaseContext, statusId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const status = await findSchoolStatusInScope(trx, accessScopeOf(ctx.actor), statusId);
    if (!status) throw new DomainError('not_found', 'No school status with that id.');
    await loadChildFor(ctx, trx, status.child_id, 'update');
    await deleteSchoolStatus(trx, status.id);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'child_school_status',
      entityId: status.id,
      regionId: status.region_id,
      childId: status.child_id,
      before: presentSchoolStatus(status),
    });
  });
}
