/**
 * The state's MEP regions as data (docs/rules/organizations.md OR3): each region's number, its
 * subgrantee, and the counties or districts it serves. California's are the default
 * (california-regions.ts); a state gives its own as a JSON array of the same shape.
 */
import type { FieldProblem } from '../common/domain-error';

export interface RegionDefinition {
  number: number;
  /** The subgrantee: a county office of education or a directly funded district. */
  name: string;
  kind: 'county_office' | 'direct_funded_district';
  counties: string[];
  /** Seven-digit CDS codes of districts served outside the counties (a directly funded district). */
  districtCodes: string[];
}

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
