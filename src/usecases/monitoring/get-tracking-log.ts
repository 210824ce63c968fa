import { DomainError } from '../../core/common/domain-error';
import { trackingLog, type TrackingLog } from '../../core/monitoring/alignment';
import { isProgramYear } from '../../core/monitoring/application';
import { regionMonitoringPolicy } from '../../core/monitoring/application.policy';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import {
  adoptedPlanStrategies,
  listApplicationsInScope,
  listReimbursableDistricts,
} from '../../data/repositories/applications.repository';
import { findRegionById } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';

export interface TrackingLogView extends TrackingLog {
  regionId: string;
  regionName: string;
  programYear: string;
  strategyTexts: { number: string; textEn: string; textEs: string }[];
  applications: {
    id: string;
    kind: string;
    districtId: string | null;
    status: string;
    lines: { label: string; strategies: string[] }[];
  }[];
}

/**
 * The SSDP Tracking Log of a region's program year and its alignment check (MN3.1, MN3.2),
 * with the applications it comes from, so the editor can recompute it while writing.
 */
export async function getTrackingLog(
  ctx: UseCaseContext,
  query: { regionId?: string | undefined; programYear: string },
): Promise<TrackingLogView> {
  requirePermission(ctx, 'monitoring.read');
  if (!isProgramYear(query.programYear))
    throw DomainError.invalidField('programYear', 'is not a program year such as 2026-27');
  const regionId = query.regionId ?? ctx.actor.regionId;
  if (!regionId) throw DomainError.invalidField('regionId', 'is required');
  const region = await findRegionById(ctx.db, regionId);
  authorize(
    regionMonitoringPolicy,
    ctx.actor,
    'read',
    region ? { regionId } : undefined,
    'No region with that id.',
  );
  const [strategies, districts, applications] = await Promise.all([
    adoptedPlanStrategies(ctx.db),
    listReimbursableDistricts(ctx.db, regionId),
    listApplicationsInScope(ctx.db, accessScopeOf(ctx.actor), { regionId, programYear: query.programYear }),
  ]);
  const log = trackingLog(
    strategies,
    districts.map((d) => ({ districtId: d.id, name: d.name })),
    applications,
  );
  log.implementers[0]!.name = region!.name;
  return {
    ...log,
    regionId,
    regionName: region!.name,
    programYear: query.programYear,
    strategyTexts: strategies.map(({ number, textEn, textEs }) => ({ number, textEn, textEs })),
    applications: applications.map((a) => ({
      id: a.id,
      kind: a.kind,
      districtId: a.districtId,
      status: a.status,
      lines: a.lines.map((l) => ({ label: l.label, strategies: l.strategies })),
    })),
  };
}
