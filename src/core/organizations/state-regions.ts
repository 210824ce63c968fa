/**
 * The state's MEP regions as data (docs/rules/organizations.md OR3): each region's number, its
 * subgrantee, and the counties or districts it serves. California's are the default; a state
 * gives its own as a JSON array of the same shape.
 */
import type { FieldProblem } from '../common/domain-error';
import { CALIFORNIA_REGIONS } from '../demo/california-regions';

export interface RegionDefinition {
  number: number;
  /** The subgrantee: a county office of education or a directly funded district. */
  name: string;
  kind: 'county_office' | 'direct_funded_district';
  counties: string[];
  /** Seven-digit CDS codes of districts served outside the counties (a directly funded district). */
  districtCodes: string[];
}

/** Pajaro Valley Unified (Santa Cruz County), funded directly as region 11. */
const PAJARO_VALLEY_UNIFIED = '4469799';

/**
 * California's regions: region 11 is the Pajaro Valley Unified School District itself, and the
 * rest of Santa Cruz County is region 4's with San Benito.
 */
export const CALIFORNIA_REGION_DEFINITIONS: readonly RegionDefinition[] = CALIFORNIA_REGIONS.map((region) => {
  if (region.kind === 'direct_funded_district')
    return { ...region, counties: [], districtCodes: [PAJARO_VALLEY_UNIFIED] };
  if (region.number === 4)
    return { ...region, counties: [...region.counties, 'Santa Cruz'], districtCodes: [] };
  return { ...region, counties: [...region.counties], districtCodes: [] };
}).map(({ number, name, kind, counties, districtCodes }) => ({
  number,
  name,
  kind,
  counties,
  districtCodes,
}));

/**
 * Region definitions from parsed JSON (an array of objects of RegionDefinition's shape), or the
 * problems naming each wrong field: numbers unique and positive, a county or district in one
 * region only (OR3.1).
 */
export function readRegionDefinitions(
  json: unknown,
): { regions: RegionDefinition[]; problems: [] } | { regions: []; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!Array.isArray(json) || json.length === 0)
    return { regions: [], problems: [{ field: 'regions', message: 'must be a non-empty array of regions' }] };
  const regions: RegionDefinition[] = [];
  const numbers = new Set<number>();
  const owners = new Map<string, number>();
  json.forEach((item: unknown, index) => {
    const at = (field: string) => `regions[${index}].${field}`;
    const region = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const number = region.number;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 99)
      problems.push({ field: at('number'), message: 'must be a whole number from 1 to 99' });
    else if (numbers.has(number)) problems.push({ field: at('number'), message: `repeats region ${number}` });
    else numbers.add(number);
    const name = typeof region.name === 'string' ? region.name.trim() : '';
    if (!name) problems.push({ field: at('name'), message: 'must name the subgrantee' });
    const kind = region.kind ?? 'county_office';
    if (kind !== 'county_office' && kind !== 'direct_funded_district')
      problems.push({ field: at('kind'), message: 'must be county_office or direct_funded_district' });
    const list = (field: 'counties' | 'districtCodes', pattern: RegExp, what: string): string[] => {
      const values = region[field] ?? [];
      if (!Array.isArray(values) || values.some((v) => typeof v !== 'string' || !pattern.test(v.trim()))) {
        problems.push({ field: at(field), message: `must be a list of ${what}` });
        return [];
      }
      return values.map((v: string) => v.trim());
    };
    const counties = list('counties', /\S/, 'county names');
    const districtCodes = list('districtCodes', /^\d{7}$/, '7-digit district CDS codes');
    if (counties.length + districtCodes.length === 0)
      problems.push({ field: at('counties'), message: 'give the counties or districts the region serves' });
    for (const key of [...counties.map((c) => c.toLowerCase()), ...districtCodes]) {
      const owner = owners.get(key);
      if (owner !== undefined && typeof number === 'number')
        problems.push({ field: at('counties'), message: `${key} is already region ${owner}'s` });
      else if (typeof number === 'number') owners.set(key, number);
    }
    regions.push({
      number: number as number,
      name,
      kind: kind as RegionDefinition['kind'],
      counties,
      districtCodes,
    });
  });
  return problems.length > 0 ? { regions: [], problems } : { regions, problems: [] };
}

/** The region that serves a district: the one naming its CDS code, else its county's (OR3.2). */
export function regionOfDistrict(
  regions: readonly Pick<RegionDefinition, 'number' | 'counties' | 'districtCodes'>[],
  districtCode: string,
  county: string,
): number | null {
  const byDistrict = regions.find((region) => region.districtCodes.includes(districtCode));
  if (byDistrict) return byDistrict.number;
  const lower = county.toLowerCase();
  return regions.find((region) => region.counties.some((c) => c.toLowerCase() === lower))?.number ?? null;
}
