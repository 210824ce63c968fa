import { DomainError } from '../../core/common/domain-error';
import { canWriteInRegion } from '../../core/people/access-scope';
import type { ServiceInput } from '../../core/services/service-form';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertService } from '../../data/repositories/services.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getService } from './get-service';
import type { ServiceDetail } from './present-service';
import { checkServiceInput, serviceColumns } from './save-service-input';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';

/**
 * Create a service of a region the actor sets services up in (their own region when
 * `regionId` is not given), aligned within the adopted plan; audited.
 */
export async function createService(
  ctx: UseCaseContext,
  input: ServiceInput & { regionId?: string | undefined },
): Promise<ServiceDetail> {
  requirePermission(ctx, 'service.manage');
  const regionId = input.regionId ?? ctx.actor.regionId;
  if (!regionId)
    throw DomainError.invalidField('regionId', 'is required: choose the region that provides the service');
  if (!canWriteInRegion(ctx.actor, regionId))
    throw DomainError.invalidField('regionId', 'is not a region you set services up in');
  const id = await ctx.db.transaction().execute(async (trx) => {
    await refuseClosedServiceYears(trx, input.startDate);
    const planVersionId = await checkServiceInput(trx, input, { regionId, planVersionId: null });
    const columns = { ...serviceColumns(input), region_id: regionId, plan_version_id: planVersionId };
    const serviceId = await insertService(trx, columns);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'service',
      entityId: serviceId,
      regionId,
      after: { ...input, regionId, planVersionId },
    });
    return serviceId;
  });
  return getService(ctx, id);
}
