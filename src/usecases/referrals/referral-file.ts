import { DomainError } from '../../core/common/domain-error';
import { canWriteInRegion } from '../../core/people/access-scope';
import { findDistrictById, type DistrictRow } from '../../data/repositories/districts.repository';
import { findDistrictByCdsCode } from '../../data/repositories/organizations.repository';
import { requirePermission, type UseCaseContext } from '../context';

/** A district's referral list as uploaded: the bytes of a CSV (UTF-8) or XLSX file. */
export interface ReferralFile {
  districtId: string;
  fileName: string;
  content: Uint8Array;
}

/** The district a list is imported for: one of a region the actor works in, or `invalid_input` naming `districtId`. */
export async function districtToImportFor(ctx: UseCaseContext, districtId: string): Promise<DistrictRow> {
  requirePermission(ctx, 'referral.import');
  const district = await findDistrictById(ctx.db, districtId);
  if (!district || !canWriteInRegion(ctx.actor, district.region_id))
    throw DomainError.invalidField('districtId', 'no such district in your region');
  return district;
}

/** The id of the district with this seven-digit CDS code, or undefined (for the command line). */
export async function districtIdOfCdsCode(ctx: UseCaseContext, cdsCode: string): Promise<string | undefined> {
  return (await findDistrictByCdsCode(ctx.db, cdsCode))?.id;
}
