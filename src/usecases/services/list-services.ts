import { accessScopeOf } from '../../core/people/access-scope';
import { parsePeriod } from '../../core/recruitment/performance-period';
import type { ServiceTerm } from '../../core/services/service-records';
import { listServicesInScope } from '../../data/repositories/services.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { presentService, type ServiceSummary } from './present-service';

export interface ServiceListQuery {
  /** A performance period such as `2024-25`: services that start in it. */
  period?: string | undefined;
  term?: ServiceTerm | undefined;
  regionId?: string | undefined;
  /** The providing district. */
  districtId?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Services in the actor's scope, the latest first, with how many children each has enrolled. */
export async function listServices(
  ctx: UseCaseContext,
  query: ServiceListQuery,
): Promise<{ items: ServiceSummary[]; total: number }> {
  requirePermission(ctx, 'service.read');
  const period = query.period ? parsePeriod(query.period, 'period') : undefined;
  const { rows, total } = await listServicesInScope(ctx.db, accessScopeOf(ctx.actor), {
    term: query.term,
    startsFrom: period?.first,
    startsTo: period?.last,
    regionId: query.regionId,
    districtId: query.districtId,
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  return { items: rows.map((row) => presentService(row, ctx.actor)), total };
}
