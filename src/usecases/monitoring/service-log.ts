import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import {
  asOfDate,
  isYearMonth,
  monthBounds,
  needsAttention,
  suggestChecks,
  type MonitoringEntry,
  type ServiceFacts,
  type Suggestion,
} from '../../core/monitoring/service-monitoring';
import { canOpenRegionLog, serviceMonitoringPolicy } from '../../core/monitoring/service-monitoring.policy';
import { findDistrictById, listDistrictsOfRegion } from '../../data/repositories/districts.repository';
import { findRegionById } from '../../data/repositories/regions.repository';
import {
  listMonitoringEntries,
  listServicesRunningIn,
  serviceFactsAsOf,
  type MonitoredServiceRow,
  type MonitoringEntryRow,
} from '../../data/repositories/service-monitoring.repository';
import type { Db } from '../../data/db';
import { todayInState } from '../clock';
import { requirePermission, type UseCaseContext } from '../context';

const NO_REGION = 'No region with that id.';

export interface ServiceLogItem {
  service: MonitoredServiceRow;
  facts: ServiceFacts;
  suggestion: Suggestion;
  entry: (MonitoringEntry & { version: number; savedByEmail: string | null; savedAt: string }) | null;
  needsAttention: boolean;
  abilities: { read: boolean; confirm: boolean };
}

export interface ServiceLog {
  regionId: string;
  regionName: string;
  month: string;
  asOf: string;
  services: ServiceLogItem[];
}

/** The month asked for, or the current one; checked. */
export function monthOf(month: string | undefined, today: string = todayInState()): string {
  const value = month ?? today.slice(0, 7);
  if (!isYearMonth(value)) throw DomainError.invalidField('month', 'is not a month such as 2026-11');
  return value;
}

/**
 * The region of a request (the one asked for, else the actor's, else the region of district
 * staff's district), checked open to the actor (MN5.6).
 */
export async function authorizeLogRegion(
  ctx: UseCaseContext,
  db: Db,
  regionId: string | undefined,
): Promise<{ id: string; name: string }> {
  let id = regionId ?? ctx.actor.regionId ?? undefined;
  if (!id && ctx.actor.districtId) id = (await findDistrictById(db, ctx.actor.districtId))?.region_id;
  if (!id) throw DomainError.invalidField('regionId', 'is required');
  const region = await findRegionById(db, id);
  const districtIds = region ? (await listDistrictsOfRegion(db, id)).map((d) => d.id) : [];
  if (!region || !canOpenRegionLog(ctx.actor, { regionId: id, districtIds }))
    throw new DomainError('not_found', NO_REGION);
  return { id, name: region.name };
}

function presentEntry(row: MonitoringEntryRow): NonNullable<ServiceLogItem['entry']> {
  return {
    startedOnTime: row.startedOnTime,
    asDescribed: row.asDescribed,
    attendance: row.attendance,
    tests: row.tests,
    adjustmentKind: row.adjustmentKind,
    adjustmentStatus: row.adjustmentStatus,
    note: row.note,
    version: row.version,
    savedByEmail: row.savedByEmail,
    savedAt: new Date(row.savedAt).toISOString(),
  };
}

/** The log items of these services for a month: the facts, Ciclo's suggestions, the confirmed entry (MN5.1–MN5.5). */
export async function logItems(
  ctx: UseCaseContext,
  db: Db,
  services: MonitoredServiceRow[],
  month: string,
  asOf: string,
): Promise<ServiceLogItem[]> {
  const ids = services.map((s) => s.id);
  const [facts, entries] = await Promise.all([
    serviceFactsAsOf(db, ids, asOf),
    listMonitoringEntries(db, ids, month),
  ]);
  return services.map((service) => {
    const serviceFacts = facts.get(service.id)!;
    const suggestion = suggestChecks(serviceFacts, asOf);
    const row = entries.find((e) => e.serviceId === service.id);
    return {
      service,
      facts: serviceFacts,
      suggestion,
      entry: row ? presentEntry(row) : null,
      needsAttention: needsAttention(suggestion, row ?? null),
      abilities: serviceMonitoringPolicy.abilitiesOf(ctx.actor, service),
    };
  });
}

/**
 * A region's Service Implementation Monitoring Log for a month (MN5): every service running
 * that the actor reaches (district staff: their district's), pre-filled and confirmed.
 */
export async function getServiceLog(
  ctx: UseCaseContext,
  query: { regionId?: string | undefined; month?: string | undefined },
  today: string = todayInState(),
): Promise<ServiceLog> {
  requirePermission(ctx, 'monitoring.read');
  const month = monthOf(query.month, today);
  const region = await authorizeLogRegion(ctx, ctx.db, query.regionId);
  const { first, last } = monthBounds(month);
  const asOf = asOfDate(month, today);
  const services = await listServicesRunningIn(ctx.db, accessScopeOf(ctx.actor), {
    regionId: region.id,
    first,
    last,
  });
  return {
    regionId: region.id,
    regionName: region.name,
    month,
    asOf,
    services: await logItems(ctx, ctx.db, services, month, asOf),
  };
}
