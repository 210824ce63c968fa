import { DomainError } from '../../core/common/domain-error';
import type { UserScopeInput } from '../../core/people/user-account';
import type { Db } from '../../data/db';
import {
  findDistrictByCdsCode,
  findRegionIdByNumber,
} from '../../data/repositories/organizations.repository';

/** An account's scope as stored: its region, district and the regions assigned to a state consultant. */
export interface ResolvedUserScope {
  regionId: string | null;
  districtId: string | null;
  assignedRegionIds: string[];
}

/**
 * The stored scope of an account entered by region number and district CDS code; a number or
 * code that names nothing is refused naming its field. District staff work in their
 * district's region.
 */
export async function resolveUserScope(db: Db, scope: UserScopeInput): Promise<ResolvedUserScope> {
  let regionId: string | null = null;
  let districtId: string | null = null;
  if (scope.districtCdsCode) {
    const district = await findDistrictByCdsCode(db, scope.districtCdsCode);
    if (!district)
      throw DomainError.invalidField(
        'districtCdsCode',
        `no district has the CDS code ${scope.districtCdsCode}`,
      );
    districtId = district.id;
    regionId = district.region_id;
  }
  if (scope.regionNumber != null) {
    const id = await findRegionIdByNumber(db, scope.regionNumber);
    if (!id) throw DomainError.invalidField('regionNumber', `no region has the number ${scope.regionNumber}`);
    regionId = id;
  }
  const assignedRegionIds: string[] = [];
  for (const number of scope.assignedRegionNumbers) {
    const id = await findRegionIdByNumber(db, number);
    if (!id) throw DomainError.invalidField('assignedRegionNumbers', `no region has the number ${number}`);
    assignedRegionIds.push(id);
  }
  return { regionId, districtId, assignedRegionIds };
}

/** An `invalid_input` error listing every problem, or nothing when there is none. */
export function throwProblems(problems: ReadonlyArray<{ field: string; message: string }>): void {
  if (problems.length > 0)
    throw new DomainError('invalid_input', problems.map((p) => `${p.field}: ${p.message}`).join('; '), [
      ...problems,
    ]);
}

/** A position title as stored (PT1.1): trimmed, blank as none. */
export function positionTitleOf(title: string | null | undefined): string | null {
  return title?.trim() || null;
}
