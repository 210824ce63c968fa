import { CALIFORNIA_COUNTIES } from '../organizations/california-regions';

/**
 * The county of an LEA from its CDS code: the first two digits number California's 58
 * counties in alphabetical order. Null when the id is not a CDS code.
 */
export function countyOfCdsCode(leaId: string): string | null {
  if (!/^\d{14}$/.test(leaId) && !/^\d{7}$/.test(leaId)) return null;
  return CALIFORNIA_COUNTIES[Number(leaId.slice(0, 2)) - 1] ?? null;
}
