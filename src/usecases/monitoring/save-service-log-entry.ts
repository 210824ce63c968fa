import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import {
  asOfDate,
  checkEntry,
  monthBounds,
  suggestChecks,
  type MonitoringEntry,
} from '../../core/monitoring/service-monitoring';
import { serviceMonitoringPolicy } from '../../core/monitoring/service-monitoring.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findMonitoredService,
  findMonitoringEntry,
  insertMonitoringEntry,
  listServicesRunningIn,
  serviceFactsAsOf,
  updateMonitoringEntryIfVersion,
} from '../../data/repositories/service-monitoring.repository';
import { todayInState } from '../clock';
import { requirePermission, type UseCaseContext } from '../context';
import { logItems, monthOf, type ServiceLogItem } from './service-log';

const NO_SERVICE = 'No service with that id.';

function staleEntry(): DomainError {
  return new DomainError(
    'conflict',
    'Someone changed this monitoring entry since you opened it; reload it.',
    [{ field: 'version', message: 'is not the current version' }],
  );
}

/**
 * Confirm or correct a service's four checks for a month (MN5.4): at the version read (null
 * when there was no entry yet: one made since is a 409), a correction of what the records say
 * with a note, an adjustment with its status; audited with what it was.
 */
export async function saveServiceLogEntry(
  ctx: UseCaseContext,
  input: MonitoringEntry & { serviceId: string; month: string; version: number | null },
  today: string = todayInState(),
): Promise<ServiceLogItem> {
  requirePermission(ctx, 'monitoring.manage');
  const { serviceId, month: asked, version, ...values } = input;
  const month = monthOf(asked, today);
  const { first, last } = monthBounds(month);
  const asOf = asOfDate(month, today);
  const entry: MonitoringEntry = { ...values, note: values.note.trim() };
  const service = await ctx.db.transaction().execute(async (trx) => {
    const found = await findMonitoredService(trx, serviceId);
    authorize(serviceMonitoringPolicy, ctx.actor, 'confirm', found, NO_SERVICE);
    if (found.startDate > last || (found.actualEndDate ?? found.endDate) < first)
      throw DomainError.invalidField('month', 'the service does not run in this month');
    const facts = (await serviceFactsAsOf(trx, [serviceId], asOf)).get(serviceId)!;
    checkEntry(entry, suggestChecks(facts, asOf));
    const existing = await findMonitoringEntry(trx, serviceId, month);
    let id: string;
    if (version === null) {
      if (existing) throw staleEntry();
      const inserted = await insertMonitoringEntry(
        trx,
        { serviceId, yearMonth: month },
        entry,
        ctx.actor.userId,
      );
      if (!inserted) throw staleEntry();
      id = inserted.id;
    } else {
      if (
        !existing ||
        !(await updateMonitoringEntryIfVersion(trx, existing.id, version, entry, ctx.actor.userId))
      )
        throw staleEntry();
      id = existing.id;
    }
    await recordAudit(trx, ctx.actor, {
      action: existing ? 'update' : 'create',
      entityType: 'service_monitoring_entry',
      entityId: id,
      regionId: found.regionId,
      ...(existing
        ? {
            before: {
              startedOnTime: existing.startedOnTime,
              asDescribed: existing.asDescribed,
              attendance: existing.attendance,
              tests: existing.tests,
              adjustmentKind: existing.adjustmentKind,
              adjustmentStatus: existing.adjustmentStatus,
              note: existing.note,
            },
          }
        : {}),
      after: { serviceId, month, ...entry },
    });
    return found;
  });
  const rows = await listServicesRunningIn(ctx.db, accessScopeOf(ctx.actor), {
    regionId: service.regionId,
    first,
    last,
    serviceId,
  });
  const [item] = await logItems(ctx, ctx.db, rows, month, asOf);
  return item!;
}
