import { listDistrictRows } from '../../data/repositories/organizations.repository';
import { requirePermission, type UseCaseContext } from '../context';

export interface DistrictSummary {
  id: string;
  regionId: string;
  cdsCode: string;
  name: string;
  county: string;
  isReimbursable: boolean;
}

/** Districts, optionally of one region, by name (organization names are public). */
export async function listDistricts(
  ctx: UseCaseContext,
  options: { regionId?: string | undefined },
): Promise<DistrictSummary[]> {
  requirePermission(ctx, 'organization.read');
  const rows = await listDistrictRows(ctx.db, options);
  return rows.map((r) => ({
    id: r.id,
    regionId: r.region_id,
    cdsCode: r.cds_code,
    name: r.name,
    county: r.county,
    isReimbursable: r.is_reimbursable,
  }));
}
