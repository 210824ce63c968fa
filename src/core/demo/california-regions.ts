/**
 * The demo state's organizations: California's MEP regions by number (1–23, not all numbers
 * in use), the counties each serves, and its 58 counties with their CDS county codes.
 * Regions 3 (Merced COE), 5 (Kern COE) and 23 (San Joaquin COE) are named in the seeds; the
 * others follow California's regional map as closely as a demo needs.
 */
export interface DemoRegion {
  number: number;
  name: string;
  kind: 'county_office' | 'direct_funded_district';
  counties: readonly string[];
  /** Relative size of its migrant population, for spreading families. */
  weight: number;
}

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

export const CALIFORNIA_REGIONS: readonly DemoRegion[] = [
  {
    number: 1,
    name: 'Santa Clara County Office of Education',
    kind: 'county_office',
    counties: ['Santa Clara', 'San Mateo', 'Alameda', 'Contra Costa'],
    weight: 5,
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
    weight: 5,
  },
  {
    number: 3,
    name: 'Merced County Office of Education',
    kind: 'county_office',
    counties: ['Merced', 'Mariposa'],
    weight: 6,
  },
  {
    number: 4,
    name: 'Santa Cruz and San Benito Counties',
    kind: 'county_office',
    counties: ['San Benito'],
    weight: 3,
  },
  {
    number: 5,
    name: 'Kern County Office of Education',
    kind: 'county_office',
    counties: ['Kern', 'Inyo', 'Mono'],
    weight: 10,
  },
  {
    number: 6,
    name: 'Imperial County Office of Education',
    kind: 'county_office',
    counties: ['Imperial'],
    weight: 5,
  },
  {
    number: 7,
    name: 'Fresno County Office of Education',
    kind: 'county_office',
    counties: ['Fresno'],
    weight: 11,
  },
  {
    number: 8,
    name: 'Tulare County Office of Education',
    kind: 'county_office',
    counties: ['Tulare', 'Kings'],
    weight: 10,
  },
  {
    number: 9,
    name: 'San Diego County Office of Education',
    kind: 'county_office',
    counties: ['San Diego', 'Orange'],
    weight: 5,
  },
  {
    number: 10,
    name: 'Los Angeles County Office of Education',
    kind: 'county_office',
    counties: ['Los Angeles', 'San Francisco', 'Marin'],
    weight: 4,
  },
  {
    number: 11,
    name: 'Pajaro Valley Unified School District',
    kind: 'direct_funded_district',
    counties: ['Santa Cruz'],
    weight: 4,
  },
  {
    number: 14,
    name: 'Madera County Superintendent of Schools',
    kind: 'county_office',
    counties: ['Madera'],
    weight: 3,
  },
  {
    number: 16,
    name: 'Monterey County Office of Education',
    kind: 'county_office',
    counties: ['Monterey'],
    weight: 7,
  },
  {
    number: 17,
    name: 'Ventura County Office of Education',
    kind: 'county_office',
    counties: ['Ventura'],
    weight: 4,
  },
  {
    number: 18,
    name: 'Santa Barbara County Education Office',
    kind: 'county_office',
    counties: ['Santa Barbara', 'San Luis Obispo'],
    weight: 4,
  },
  {
    number: 19,
    name: 'Riverside County Office of Education',
    kind: 'county_office',
    counties: ['Riverside', 'San Bernardino'],
    weight: 5,
  },
  {
    number: 20,
    name: 'Stanislaus County Office of Education',
    kind: 'county_office',
    counties: ['Stanislaus', 'Tuolumne', 'Calaveras', 'Amador', 'Alpine'],
    weight: 4,
  },
  {
    number: 21,
    name: 'Sacramento County Office of Education',
    kind: 'county_office',
    counties: ['Sacramento', 'Yolo', 'Placer', 'El Dorado', 'Solano'],
    weight: 3,
  },
  {
    number: 22,
    name: 'Sonoma County Office of Education',
    kind: 'county_office',
    counties: ['Sonoma', 'Napa', 'Lake', 'Mendocino'],
    weight: 3,
  },
  {
    number: 23,
    name: 'San Joaquin County Office of Education',
    kind: 'county_office',
    counties: ['San Joaquin'],
    weight: 5,
  },
];
