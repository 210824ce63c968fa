/**
 * Demo families, deterministic from a seed: parents who follow the crops, children aged
 * 0–21 born in California, other states or abroad, their schools, and the eligibility
 * interview a recruiter took (moves between districts, states and countries, work by
 * season and crop). Generated in batches so memory stays flat for 500,000 children.
 */
import { addDays } from '../common/calendar-date';
import type {
  Interview,
  InterviewMove,
  InterviewPlace,
  InterviewWork,
} from '../eligibility/interview-schema';
import { CALIFORNIA_REGIONS } from './california-regions';
import type { DemoDistrict } from './demo-organizations';
import { GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, SURNAMES } from './demo-names';
import { seededRandom, type SeededRandom } from './seeded-random';

export interface DemoPerson {
  firstName: string;
  lastSurname: string;
  secondSurname: string | null;
}

export interface DemoChild extends DemoPerson {
  /** The child's id in the family's interview (`c-1`…). */
  interviewId: string;
  middleName: string | null;
  birthDate: string;
  birthCity: string | null;
  birthState: string | null;
  birthCountry: string;
  sex: 'female' | 'male';
  /** Schools attended, oldest first; the last one is current unless it has an exit date. */
  enrollments: Array<{
    districtCds: string;
    schoolCds: string | null;
    enrollmentDate: string;
    exitDate: string | null;
    residencyDate: string;
    gradeLevel: string | null;
  }>;
}

export interface DemoFamily {
  regionNumber: number;
  districtCds: string;
  familyName: string;
  addressLine: string;
  city: string;
  postalCode: string;
  phone: string;
  homeLanguage: 'es' | 'en' | 'mixteco' | 'triqui';
  members: Array<
    DemoPerson & {
      relation: 'parent' | 'guardian';
      isQualifyingWorker: boolean;
      /** Recorded for MSIX's parents' names (X7.4); null for the families interviewed long ago. */
      sex: 'female' | 'male' | null;
    }
  >;
  children: DemoChild[];
  /** The eligibility interview with the family (the contract's input). */
  interview: Interview;
  qualifyingWork: string;
}

interface Crop {
  activity: string;
  /** Months (1–12) when the work starts. */
  months: readonly number[];
  sector: 'agricultural' | 'fishing';
}

const CROPS: readonly Crop[] = [
  { activity: 'picking strawberries', months: [4, 5, 6, 7, 8], sector: 'agricultural' },
  { activity: 'harvesting table grapes', months: [7, 8, 9, 10], sector: 'agricultural' },
  { activity: 'pruning grapevines', months: [12, 1, 2], sector: 'agricultural' },
  { activity: 'cutting lettuce', months: [11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], sector: 'agricultural' },
  { activity: 'picking cherries', months: [5, 6], sector: 'agricultural' },
  { activity: 'shaking almonds', months: [8, 9, 10], sector: 'agricultural' },
  { activity: 'picking oranges', months: [12, 1, 2, 3, 4], sector: 'agricultural' },
  { activity: 'sorting garlic', months: [6, 7, 8], sector: 'agricultural' },
  { activity: 'harvesting tomatoes', months: [7, 8, 9], sector: 'agricultural' },
  { activity: 'thinning peaches', months: [3, 4, 5], sector: 'agricultural' },
  { activity: 'milking at a dairy', months: [1, 3, 5, 7, 9, 11], sector: 'agricultural' },
  { activity: 'processing crab', months: [11, 12, 1], sector: 'fishing' },
];
const OTHER_WORK = ['construction laborer', 'restaurant kitchen', 'hotel housekeeping', 'landscaping'];
const ABROAD: ReadonlyArray<readonly [{ country: string; city: string; state: string }, number]> = [
  [{ country: 'MX', city: 'San Juan Mixtepec', state: 'Oaxaca' }, 4],
  [{ country: 'MX', city: 'Zamora', state: 'Michoacán' }, 4],
  [{ country: 'MX', city: 'Mexicali', state: 'Baja California' }, 2],
  [{ country: 'GT', city: 'Huehuetenango', state: 'Huehuetenango' }, 1],
  [{ country: 'HN', city: 'San Pedro Sula', state: 'Cortés' }, 1],
  [{ country: 'SV', city: 'Santa Ana', state: 'Santa Ana' }, 1],
];
const OTHER_STATES = [
  { state: 'AZ', city: 'Yuma', district: 'Yuma Elementary School District' },
  { state: 'WA', city: 'Yakima', district: 'Yakima School District' },
  { state: 'OR', city: 'Hood River', district: 'Hood River County School District' },
  { state: 'TX', city: 'Weslaco', district: 'Weslaco Independent School District' },
  { state: 'FL', city: 'Immokalee', district: 'Collier County Public Schools' },
];
const STREETS = [
  'Main St',
  'Avenida Las Flores',
  'E Alisal St',
  'W Olive Ave',
  'Calle Cesar Chavez',
  'N Front St',
  'Rancho Rd',
  'Pine St',
];

export interface DemoFamilyOptions {
  /** How many children in all (the last family is cut to fit). */
  children: number;
  seed: number;
  /** The day the dataset describes: ages and dates are relative to it. */
  today: string;
  districts: readonly DemoDistrict[];
  batchSize?: number;
}

/** Families in batches, until `children` children have been generated. */
export function* demoFamilyBatches(options: DemoFamilyOptions): Generator<DemoFamily[]> {
  const random = seededRandom(options.seed);
  const byRegion = new Map<number, DemoDistrict[]>();
  for (const district of options.districts)
    byRegion.set(district.regionNumber, [...(byRegion.get(district.regionNumber) ?? []), district]);
  const regions = CALIFORNIA_REGIONS.filter((region) => byRegion.has(region.number)).map(
    (region) => [region.number, region.weight] as const,
  );
  const batchSize = options.batchSize ?? 500;
  let remaining = options.children;
  let batch: DemoFamily[] = [];
  while (remaining > 0) {
    const regionNumber = random.weighted(regions);
    const family = demoFamily(
      random,
      byRegion.get(regionNumber)!,
      options.districts,
      options.today,
      Math.min(
        remaining,
        random.weighted([
          [1, 3],
          [2, 4],
          [3, 3],
          [4, 2],
          [5, 1],
        ] as const),
      ),
    );
    remaining -= family.children.length;
    batch.push(family);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** How long ago Ciclo began recording a family member's sex, in the demo. */
const SEX_RECORDED_DAYS = 900;

function person(
  random: SeededRandom,
  sex: 'female' | 'male',
  lastSurname = random.pick(SURNAMES),
): DemoPerson {
  return {
    firstName: random.pick(sex === 'female' ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE),
    lastSurname,
    secondSurname: random.chance(0.8) ? random.pick(SURNAMES) : null,
  };
}

function place(district: DemoDistrict, random: SeededRandom): InterviewPlace {
  return {
    residence: `${random.integer(100, 2999)} ${random.pick(STREETS)}, ${district.county} County`,
    schoolDistrict: district.name,
    city: district.county,
    state: 'CA',
  };
}

/** A day in one of `months` within the year before `before`, on or after `after`. */
function dayInSeason(random: SeededRandom, months: readonly number[], after: string, before: string): string {
  for (let attempt = 0; attempt < 24; attempt++) {
    const candidate = addDays(before, -random.integer(0, 400));
    if (candidate >= after && months.includes(Number(candidate.slice(5, 7)))) return candidate;
  }
  return addDays(after, random.integer(0, 20));
}

function demoFamily(
  random: SeededRandom,
  regionDistricts: readonly DemoDistrict[],
  allDistricts: readonly DemoDistrict[],
  today: string,
  childCount: number,
): DemoFamily {
  const father = person(random, 'male');
  const mother = person(random, 'female');
  const home = random.pick(regionDistricts);
  const interviewDate = addDays(today, -random.integer(0, 1000));
  const crop = random.pick(CROPS);
  const origin = random.chance(0.35) ? random.weighted(ABROAD) : null;
  const firstMoveDate = addDays(interviewDate, -random.integer(200, 1100));

  // The worker's moves: from home abroad or another district, possibly through another state, to the current district.
  const previous = random.pick(allDistricts);
  const outOfState = random.chance(0.2) ? random.pick(OTHER_STATES) : null;
  const stops: InterviewPlace[] = [
    origin
      ? {
          residence: `Casa familiar, ${origin.city}`,
          city: origin.city,
          state: origin.state,
          country: origin.country,
        }
      : place(previous, random),
    ...(outOfState
      ? [
          {
            residence: `${random.integer(10, 999)} Farm Rd, ${outOfState.city}`,
            schoolDistrict: outOfState.district,
            city: outOfState.city,
            state: outOfState.state,
          },
        ]
      : []),
    ...(random.chance(0.5) ? [place(random.pick(allDistricts), random)] : []),
    place(home, random),
  ];
  const children = Array.from({ length: childCount }, (_, i) =>
    demoChild(random, i, father, mother, today, origin),
  );
  const childIds = children.map((child) => child.interviewId);
  const moves: InterviewMove[] = [];
  let date = firstMoveDate;
  for (let leg = 1; leg < stops.length; leg++) {
    const isLast = leg === stops.length - 1;
    const moveDate = isLast
      ? dayInSeason(random, crop.months, date, addDays(interviewDate, -5))
      : addDays(date, random.integer(30, 150));
    if (moveDate > interviewDate) break;
    const sqm = isLast && leg > 1 && random.chance(0.15);
    const start = addDays(moveDate, random.chance(0.9) ? random.integer(1, 14) : random.integer(61, 90));
    const work: InterviewWork[] =
      start <= interviewDate
        ? [
            sqm
              ? {
                  worker: 'w-1',
                  outcome: 'obtained',
                  sector: 'other',
                  employment: 'temporary',
                  startDate: start,
                  description: random.pick(OTHER_WORK),
                }
              : {
                  worker: 'w-1',
                  outcome: 'obtained',
                  sector: crop.sector,
                  employment: 'seasonal',
                  startDate: start,
                  description: crop.activity,
                },
          ]
        : [];
    const movers =
      isLast || random.chance(0.5)
        ? [
            'w-1',
            'p-mother',
            ...childIds.filter(
              (_, c) => children[c]!.birthDate <= moveDate && children[c]!.birthDate <= interviewDate,
            ),
          ]
        : ['w-1'];
    moves.push({
      id: `m${leg}`,
      date: moveDate,
      from: stops[leg - 1]!,
      to: stops[leg]!,
      movers,
      economicNecessity: random.chance(0.95),
      work,
    });
    date = moveDate;
  }
  const qad = moves.at(-1)?.date ?? interviewDate;
  // About one family in ten, interviewed before Ciclo kept a member's sex, sends no parent to MSIX.
  const sexRecorded = interviewDate >= addDays(today, -SEX_RECORDED_DAYS);
  for (const child of children) child.enrollments = enrollmentsOf(random, child, home, previous, qad, today);
  const interview: Interview = {
    interviewDate,
    state: 'CA',
    workers: [{ id: 'w-1', name: `${father.firstName} ${father.lastSurname}` }],
    otherMembers: [{ id: 'p-mother', role: 'mother' }],
    children: children
      .filter((child) => child.birthDate <= interviewDate)
      .map((child) => ({
        id: child.interviewId,
        name: child.firstName,
        birthDate: child.birthDate,
        workers: [{ worker: 'w-1', relation: 'parent' as const }],
      })),
    moves,
  };
  return {
    regionNumber: home.regionNumber,
    districtCds: home.cdsCode,
    familyName: `${father.lastSurname} ${mother.lastSurname}`,
    addressLine: `${random.integer(100, 2999)} ${random.pick(STREETS)}`,
    city: home.county,
    postalCode: String(random.integer(93000, 95999)),
    phone: `(${random.pick(['559', '661', '831', '209', '760', '805'])}) 555-${String(random.integer(0, 9999)).padStart(4, '0')}`,
    homeLanguage: random.weighted([
      ['es', 80],
      ['en', 10],
      ['mixteco', 7],
      ['triqui', 3],
    ] as const),
    members: [
      { ...father, relation: 'parent', isQualifyingWorker: true, sex: sexRecorded ? 'male' : null },
      { ...mother, relation: 'parent', isQualifyingWorker: false, sex: sexRecorded ? 'female' : null },
    ],
    children,
    interview,
    qualifyingWork: `${crop.activity} (seasonal ${crop.sector} work)`,
  };
}

function demoChild(
  random: SeededRandom,
  index: number,
  father: DemoPerson,
  mother: DemoPerson,
  today: string,
  origin: { country: string; city: string; state: string } | null,
): DemoChild {
  const sex = random.chance(0.5) ? 'female' : 'male';
  const birthDate = addDays(today, -random.integer(30, 365 * 22 - 30));
  const bornAbroad = origin !== null && random.chance(0.6);
  const bornElsewhere = !bornAbroad && random.chance(0.15) ? random.pick(OTHER_STATES) : null;
  return {
    interviewId: `c-${index + 1}`,
    firstName: random.pick(sex === 'female' ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE),
    middleName: null,
    lastSurname: father.lastSurname,
    secondSurname: mother.lastSurname,
    birthDate,
    birthCity: bornAbroad ? origin.city : (bornElsewhere?.city ?? null),
    birthState: bornAbroad ? origin.state : (bornElsewhere?.state ?? 'CA'),
    birthCountry: bornAbroad ? origin.country : 'US',
    sex,
    enrollments: [],
  };
}

const GRADES = ['TK', 'KN', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

function enrollmentsOf(
  random: SeededRandom,
  child: DemoChild,
  home: DemoDistrict,
  previous: DemoDistrict,
  qad: string,
  today: string,
): DemoChild['enrollments'] {
  const ageYears = Math.floor(
    (Number(today.slice(0, 4)) * 12 +
      Number(today.slice(5, 7)) -
      Number(child.birthDate.slice(0, 4)) * 12 -
      Number(child.birthDate.slice(5, 7))) /
      12,
  );
  if (ageYears < 4 || ageYears > 18) return [];
  const grade = GRADES[Math.min(GRADES.length - 1, ageYears - 4)]!;
  const enrollmentDate = addDays(qad, random.integer(1, 20));
  const current = {
    districtCds: home.cdsCode,
    schoolCds: random.pick(home.schools).cdsCode,
    enrollmentDate: enrollmentDate > today ? today : enrollmentDate,
    exitDate: null,
    residencyDate: qad,
    gradeLevel: grade,
  };
  if (!random.chance(0.4) || previous.cdsCode === home.cdsCode) return [current];
  const before = addDays(qad, -random.integer(120, 400));
  return [
    {
      districtCds: previous.cdsCode,
      schoolCds: random.pick(previous.schools).cdsCode,
      enrollmentDate: before,
      exitDate: addDays(qad, -3),
      residencyDate: before,
      gradeLevel: GRADES[Math.max(0, GRADES.indexOf(grade) - 1)]!,
    },
    current,
  ];
}
