import { DomainError } from '../../core/common/domain-error';
import type { ServiceInput } from '../../core/services/service-form';
import { recordAudit } from '../../data/repositories/audit.repository';
import { recordedDateRange, updateServiceIfVersion } from '../../data/repositories/services.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getService } from './get-service';
import { loadServiceFor } from './load-service';
import { presentService, type ServiceDetail } from './present-service';
import { checkServiceInput, serviceColumns, staleService } from './save-service-input';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';

/**
 * Change a service (all its fields; its region stays) if it is still at `version`; a stale
 * version answers 409 naming `version`. The new dates must still cover every enrollment,
 * attendance and test recorded, so that what was recorded keeps the rules. Audited.
 */
export async function updateService(
  ctx: UseCaseContext,
  id: string,
  input: ServiceInput & { version: number },
): Promise<ServiceDetail> {
  requirePermission(ctx, 'service.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadServiceFor(ctx, trx, id, 'manage');
    await refuseClosedServiceYears(trx, row.start_date, input.startDate);
    const { version, ...fields } = input;
    const planVersionId = await checkServiceInput(trx, fields, {
      regionId: row.region_id,
      planVersionId: row.plan_version_id,
      serviceId: id,
    });
    const recorded = await recordedDateRange(trx, id);
    if (recorded.first !== null && fields.startDate > recorded.first)
      throw DomainError.invalidField(
        'startDate',
        `is after ${recorded.first}, a date already recorded in this service`,
      );
    if (recorded.last !== null && fields.endDate < recorded.last)
      throw DomainError.invalidField(
        'endDate',
        `is before ${recorded.last}, a date already recorded in this service`,
      );
    const changed = await updateServiceIfVersion(trx, id, version, {
      ...serviceColumns(fields),
      plan_version_id: planVersionId,
    });
    if (!changed) throw staleService();
    const { abilities: _abilities, ...before } = presentService(row, ctx.actor);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'service',
      entityId: id,
      regionId: row.region_id,
      before,
      after: fields,
    });
  });
  return getService(ctx, id);
}
