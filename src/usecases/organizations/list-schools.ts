import { DomainError } from '../../core/common/domain-error';
import { listSchoolRows } from '../../data/repositories/organizations.repository';
import { requirePermission, type UseCaseContext } from '../context';

export interface SchoolSummary {
  id: string;
  districtId: string;
  cdsCode: string;
  name: string;
  kind: 'school' | 'site';
}

/** Schools and sites of a district or of a region, by name; `q` keeps names containing every word. */
export async function listSchools(
  ctx: UseCaseContext,
  options: { districtId?: string | undefined; regionId?: string | undefined; q?: string | undefined },
): Promise<SchoolSummary[]> {
  requirePermission(ctx, 'organization.read');
  if (!options.districtId && !options.regionId)
    throw DomainError.invalidField('districtId', 'give districtId or regionId');
  const rows = await listSchoolRows(ctx.db, {
    districtId: options.districtId,
    regionId: options.regionId,
    words: (options.q ?? '').trim().split(/\s+/).filter(Boolean),
  });
  return rows.map((r) => ({
    id: r.id,
    districtId: r.district_id,
    cdsCode: r.cds_code,
    name: r.name,
    kind: r.kind,
  }));
}
