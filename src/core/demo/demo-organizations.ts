/** Districts and schools of the demo state, generated per county from a seed. */
import { countyCode } from '../organizations/california-regions';
import { CALIFORNIA_REGIONS, type DemoRegion } from './california-regions';
import { seededRandom } from './seeded-random';

export interface DemoSchool {
  cdsCode: string;
  name: string;
  /** Twelve digits: the district's NCES id and five of the school's. */
  ncesId: string;
}

export interface DemoDistrict {
  regionNumber: number;
  cdsCode: string;
  name: string;
  county: string;
  isReimbursable: boolean;
  /** Seven digits, California's NCES state code (06) first, as the school directory gives it. */
  ncesId: string;
  schools: DemoSchool[];
}

const PLACES = [
  'Arroyo Seco',
  'Buena Vista',
  'Cedar Grove',
  'Del Rey',
  'El Camino',
  'Fairview',
  'Golden Valley',
  'Harmony',
  'Indian Wells',
  'Jefferson',
  'Kings River',
  'Las Lomas',
  'Live Oak',
  'Los Molinos',
  'Mountain View',
  'North Fork',
  'Oak Grove',
  'Pleasant Valley',
  'Rio Bravo',
  'San Miguel',
  'Santa Rita',
  'Sierra Vista',
  'Sunnyside',
  'Twin Creeks',
  'Union Hill',
  'Valle Verde',
  'Washington',
  'West Side',
  'Willow Creek',
  'Alta Loma',
  'Big Oak',
  'Cottonwood',
  'Dos Palos',
  'Eastside',
  'Five Points',
  'Green Acres',
  'Hilltop',
  'Lakeside',
  'Midway',
  'Orchard',
];
const SCHOOL_NAMES = [
  'César Chávez',
  'Dolores Huerta',
  'Lincoln',
  'Roosevelt',
  'Emerson',
  'Sierra',
  'Valley',
  'Monte Vista',
  'Rancho',
  'Juan Cabrillo',
  'Las Palmas',
  'Riverview',
];
const DISTRICT_KINDS = [
  ['Unified School District', 0.45],
  ['Elementary School District', 0.35],
  ['Union School District', 0.12],
  ['Joint Union High School District', 0.08],
] as const;

/** About `total` districts spread over the regions by weight, each with two to six schools. */
export function demoDistricts(seed: number, total = 1000): DemoDistrict[] {
  const random = seededRandom(seed ^ 0x5eed);
  const totalWeight = CALIFORNIA_REGIONS.reduce((sum, region) => sum + region.weight, 0);
  const districts: DemoDistrict[] = [];
  for (const region of CALIFORNIA_REGIONS) {
    const count =
      region.kind === 'direct_funded_district'
        ? 1
        : Math.max(region.counties.length, Math.round((total * region.weight) / totalWeight));
    districts.push(...regionDistricts(region, count, random));
  }
  return districts;
}

function regionDistricts(
  region: DemoRegion,
  count: number,
  random: ReturnType<typeof seededRandom>,
): DemoDistrict[] {
  const districts: DemoDistrict[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < count; i++) {
    const county = region.counties[i % region.counties.length]!;
    let name =
      region.kind === 'direct_funded_district'
        ? region.name
        : `${random.pick(PLACES)} ${random.weighted(DISTRICT_KINDS)}`;
    if (usedNames.has(name)) name = `${county} ${name}`;
    if (usedNames.has(name)) name = `${name} ${i + 1}`;
    usedNames.add(name);
    const cdsCode = `${countyCode(county)}${String(60_000 + region.number * 400 + i).padStart(5, '0')}`;
    // Made up like the CDS codes, without drawing from `random` so the rest of the demo stays as it was.
    const ncesId = `06${String(10_000 + region.number * 400 + i).padStart(5, '0')}`;
    const schoolCount = random.integer(2, 6);
    const schools = Array.from({ length: schoolCount }, (_, s) => ({
      cdsCode: `${cdsCode}${String(6_000_000 + s * 17 + i).padStart(7, '0')}`,
      ncesId: `${ncesId}${String(100 + s * 17 + (i % 500)).padStart(5, '0')}`,
      name: `${random.pick(SCHOOL_NAMES)} ${s === schoolCount - 1 ? 'High School' : s === 0 ? 'Elementary School' : 'Middle School'}`,
    }));
    districts.push({
      regionNumber: region.number,
      cdsCode,
      name,
      county,
      isReimbursable: region.kind === 'county_office' && random.chance(0.15),
      ncesId,
      schools,
    });
  }
  return districts;
}
