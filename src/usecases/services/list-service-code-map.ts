import { authorize } from '../../core/people/policy';
import type { CodeMapping } from '../../core/services/service-code-map';
import { serviceCodeMapPolicy } from '../../core/services/service.policy';
import { listServiceCodeMap } from '../../data/repositories/service-code-map.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { codeMapRegionOf, mappingOfRow, NO_REGION } from './code-map-region';

/** A region's service code map: its local codes and the state codes they map to, by date. */
export async function listServiceCodeMapOf(
  ctx: UseCaseContext,
  regionId: string | undefined,
): Promise<{ regionId: string; canManage: boolean; items: CodeMapping[] }> {
  requirePermission(ctx, 'service.read');
  const region = codeMapRegionOf(ctx, regionId);
  authorize(serviceCodeMapPolicy, ctx.actor, 'read', { regionId: region }, NO_REGION);
  const rows = await listServiceCodeMap(ctx.db, region);
  return {
    regionId: region,
    canManage: serviceCodeMapPolicy.can(ctx.actor, 'manage', { regionId: region }),
    items: rows.map(mappingOfRow),
  };
}
