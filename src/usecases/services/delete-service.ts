import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteServiceIfVersion, serviceActivity } from '../../data/repositories/services.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadServiceFor } from './load-service';
import { presentService } from './present-service';
import { staleService } from './save-service-input';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';

/** Delete a service in which nothing has been recorded (no one enrolled); audited. */
export async function deleteService(ctx: UseCaseContext, id: string, version: number): Promise<void> {
  requirePermission(ctx, 'service.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadServiceFor(ctx, trx, id, 'manage');
    await refuseClosedServiceYears(trx, row.start_date);
    const activity = await serviceActivity(trx, id);
    if (activity.enrolled > 0)
      throw new DomainError(
        'conflict',
        `This service has ${activity.enrolled} children enrolled: unenroll them before deleting it.`,
        [{ field: 'id', message: 'has children enrolled' }],
      );
    if (!(await deleteServiceIfVersion(trx, id, version))) throw staleService();
    const { abilities: _abilities, ...before } = presentService(row, ctx.actor);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'service',
      entityId: id,
      regionId: row.region_id,
      before,
    });
  });
}
