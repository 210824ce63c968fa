import { epcProgress, type EpcStatus, type EpcTerm } from '../../core/monitoring/epc';
import { accessScopeOf } from '../../core/people/access-scope';
import { listReimbursableDistricts } from '../../data/repositories/applications.repository';
import {
  epcStatusesOfDistricts,
  epcStatusesOfRegions,
} from '../../data/repositories/epc-verifications.repository';
import { listRegionsInScope } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { epcStrategies } from './epc-record';

/** Verification progress of every subgrantee in the actor's scope for a year and term (MN4.4). */
export async function getEpcProgress(
  ctx: UseCaseContext,
  query: { programYear: string; term: EpcTerm },
): Promise<{
  programYear: string;
  term: EpcTerm;
  regions: {
    regionId: string;
    number: number;
    name: string;
    pending: number;
    verified: number;
    needs_more: number;
    total: number;
    /** The region's reimbursable districts, each a subgrantee of its own (MN4.4). */
    districts: {
      districtId: string;
      name: string;
      pending: number;
      verified: number;
      needs_more: number;
      total: number;
    }[];
  }[];
}> {
  requirePermission(ctx, 'monitoring.read');
  // District staff reach no region, so they see no EPC verification (MN4.5).
  const regions = await listRegionsInScope(ctx.db, accessScopeOf(ctx.actor));
  const strategies = (await epcStrategies(ctx.db)).map((s) => s.number);
  const statuses = await epcStatusesOfRegions(
    ctx.db,
    regions.map((r) => r.id),
    query,
  );
  const [districtStatuses, districts] = await Promise.all([
    epcStatusesOfDistricts(
      ctx.db,
      regions.map((r) => r.id),
      query,
    ),
    Promise.all(regions.map((region) => listReimbursableDistricts(ctx.db, region.id))),
  ]);
  const progressOf = (of: readonly { strategy: string; status: EpcStatus }[]) =>
    epcProgress(strategies.map((n) => of.find((s) => s.strategy === n)?.status ?? 'pending'));
  return {
    ...query,
    regions: regions.map((region, index) => ({
      regionId: region.id,
      number: region.number,
      name: region.name,
      ...progressOf(statuses.filter((s) => s.regionId === region.id)),
      districts: districts[index]!.map((district) => ({
        districtId: district.id,
        name: district.name,
        ...progressOf(districtStatuses.filter((s) => s.districtId === district.id)),
      })),
    })),
  };
}
