/**
 * The demo state's regions: California's (core/organizations/california-regions.ts), each with
 * the counties the demo spreads its districts over and the relative size of its migrant
 * population. A directly funded district's county is left to that district in the demo: its
 * one district is made there, and the county office region sharing the county makes none.
 */
import { CALIFORNIA_COUNTIES, CALIFORNIA_REGION_DEFINITIONS } from '../organizations/california-regions';

export interface DemoRegion {
  number: number;
  name: string;
  kind: 'county_office' | 'direct_funded_district';
  counties: readonly string[];
  /** Relative size of its migrant population, for spreading families. */
  weight: number;
}

/** Relative size of each region's migrant population, by region number. */
const WEIGHTS: Record<number, number> = {
  1: 5,
  2: 5,
  3: 6,
  4: 3,
  5: 10,
  6: 5,
  7: 11,
  8: 10,
  9: 5,
  10: 4,
  11: 4,
  14: 3,
  16: 7,
  17: 4,
  18: 4,
  19: 5,
  20: 4,
  21: 3,
  22: 3,
  23: 5,
};

/** The county of a district by the county part of its CDS code. */
const countyOfDistrict = (cdsCode: string) => CALIFORNIA_COUNTIES[Number(cdsCode.slice(0, 2)) - 1]!;

const directlyFundedCounties = new Set<string>(
  CALIFORNIA_REGION_DEFINITIONS.flatMap((region) => region.districtCodes.map(countyOfDistrict)),
);

export const CALIFORNIA_REGIONS: readonly DemoRegion[] = CALIFORNIA_REGION_DEFINITIONS.map((region) => ({
  number: region.number,
  name: region.name,
  kind: region.kind,
  counties:
    region.kind === 'direct_funded_district'
      ? region.districtCodes.map(countyOfDistrict)
      : region.counties.filter((county) => !directlyFundedCounties.has(county)),
  weight: WEIGHTS[region.number]!,
}));
