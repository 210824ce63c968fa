/**
 * California's organizations as the CDE and the state's MEP draw them (docs/rules/organizations.md
 * OR3): its 58 counties with their CDS county codes, and its MEP regions by number (1–23, not all
 * numbers in use) with the subgrantee and the counties or districts each serves. These are the
 * regions a directory load gives an empty database, and the demo dataset spreads its families
 * over them. Regions 3 (Merced COE), 5 (Kern COE) and 23 (San Joaquin COE) are named in the
 * seeds; the others follow California's regional map, and a state administrator corrects them
 * with a regions file.
 */
import type { RegionDefinition } from './state-regions';

export const CALIFORNIA_COUNTIES = [
  'Alameda',
  'Alpine',
  'Amador',
  'Butte',
  'Calaveras',
  'Colusa',
  'Contra Costa',
  'Del Norte',
  'El Dorado',
  'Fresno',
  'Glenn',
  'Humboldt',
  'Imperial',
  'Inyo',
  'Kern',
  'Kings',
  'Lake',
  'Lassen',
  'Los Angeles',
  'Madera',
  'Marin',
  'Mariposa',
  'Mendocino',
  'Merced',
  'Modoc',
  'Mono',
  'Monterey',
  'Napa',
  'Nevada',
  'Orange',
  'Placer',
  'Plumas',
  'Riverside',
  'Sacramento',
  'San Benito',
  'San Bernardino',
  'San Diego',
  'San Francisco',
  'San Joaquin',
  'San Luis Obispo',
  'San Mateo',
  'Santa Barbara',
  'Santa Clara',
  'Santa Cruz',
  'Shasta',
  'Sierra',
  'Siskiyou',
  'Solano',
  'Sonoma',
  'Stanislaus',
  'Sutter',
  'Tehama',
  'Trinity',
  'Tulare',
  'Tuolumne',
  'Ventura',
  'Yolo',
  'Yuba',
] as const;

/** The two-digit county code of the CDS system: counties in alphabetical order from 01. */
export function countyCode(county: string): string {
  const index = CALIFORNIA_COUNTIES.indexOf(county as (typeof CALIFORNIA_COUNTIES)[number]);
  if (index < 0) throw new Error(`unknown county ${county}`);
  return String(index + 1).padStart(2, '0');
}

/** Pajaro Valley Unified (Santa Cruz County), funded directly as region 11. */
const PAJARO_VALLEY_UNIFIED = '4469799';

/**
 * California's regions: region 11 is the Pajaro Valley Unified School District itself, and the
 * rest of Santa Cruz County is region 4's with San Benito.
 */
export const CALIFORNIA_REGION_DEFINITIONS: readonly RegionDefinition[] = [
  {
    number: 1,
    name: 'Santa Clara County Office of Education',
    kind: 'county_office',
    counties: ['Santa Clara', 'San Mateo', 'Alameda', 'Contra Costa'],
    districtCodes: [],
  },
  {
    number: 2,
    name: 'Butte County Office of Education',
    kind: 'county_office',
    counties: [
      'Butte',
      'Glenn',
      'Colusa',
      'Tehama',
      'Shasta',
      'Sutter',
      'Yuba',
      'Lassen',
      'Plumas',
      'Siskiyou',
      'Modoc',
      'Trinity',
      'Del Norte',
      'Humboldt',
      'Sierra',
      'Nevada',
    ],
    districtCodes: [],
  },
  {
    number: 3,
    name: 'Merced County Office of Education',
    kind: 'county_office',
    counties: ['Merced', 'Mariposa'],
    districtCodes: [],
  },
  {
    number: 4,
    name: 'Santa Cruz and San Benito Counties',
    kind: 'county_office',
    counties: ['San Benito', 'Santa Cruz'],
    districtCodes: [],
  },
  {
    number: 5,
    name: 'Kern County Office of Education',
    kind: 'county_office',
    counties: ['Kern', 'Inyo', 'Mono'],
    districtCodes: [],
  },
  {
    number: 6,
    name: 'Imperial County Office of Education',
    kind: 'county_office',
    counties: ['Imperial'],
    districtCodes: [],
  },
  {
    number: 7,
    name: 'Fresno County Office of Education',
    kind: 'county_office',
    counties: ['Fresno'],
    districtCodes: [],
  },
  {
    number: 8,
    name: 'Tulare County Office of Education',
    kind: 'county_office',
    counties: ['Tulare', 'Kings'],
    districtCodes: [],
  },
  {
    number: 9,
    name: 'San Diego County Office of Education',
    kind: 'county_office',
    counties: ['San Diego', 'Orange'],
    districtCodes: [],
  },
  {
    number: 10,
    name: 'Los Angeles County Office of Education',
    kind: 'county_office',
    counties: ['Los Angeles', 'San Francisco', 'Marin'],
    districtCodes: [],
  },
  {
    number: 11,
    name: 'Pajaro Valley Unified School District',
    kind: 'direct_funded_district',
    counties: [],
    districtCodes: [PAJARO_VALLEY_UNIFIED],
  },
  {
    number: 14,
    name: 'Madera County Superintendent of Schools',
    kind: 'county_office',
    counties: ['Madera'],
    districtCodes: [],
  },
  {
    number: 16,
    name: 'Monterey County Office of Education',
    kind: 'county_office',
    counties: ['Monterey'],
    districtCodes: [],
  },
  {
    number: 17,
    name: 'Ventura County Office of Education',
    kind: 'county_office',
    counties: ['Ventura'],
    districtCodes: [],
  },
  {
    number: 18,
    name: 'Santa Barbara County Education Office',
    kind: 'county_office',
    counties: ['Santa Barbara', 'San Luis Obispo'],
    districtCodes: [],
  },
  {
    number: 19,
    name: 'Riverside County Office of Education',
    kind: 'county_office',
    counties: ['Riverside', 'San Bernardino'],
    districtCodes: [],
  },
  {
    number: 20,
    name: 'Stanislaus County Office of Education',
    kind: 'county_office',
    counties: ['Stanislaus', 'Tuolumne', 'Calaveras', 'Amador', 'Alpine'],
    districtCodes: [],
  },
  {
    number: 21,
    name: 'Sacramento County Office of Education',
    kind: 'county_office',
    counties: ['Sacramento', 'Yolo', 'Placer', 'El Dorado', 'Solano'],
    districtCodes: [],
  },
  {
    number: 22,
    name: 'Sonoma County Office of Education',
    kind: 'county_office',
    counties: ['Sonoma', 'Napa', 'Lake', 'Mendocino'],
    districtCodes: [],
  },
  {
    number: 23,
    name: 'San Joaquin County Office of Education',
    kind: 'county_office',
    counties: ['San Joaquin'],
    districtCodes: [],
  },
];
