/**
 * Builders of plans and MPOs for tests, core and integration alike: MPO 1.0 (English language
 * arts: level 2 or below, 10 hours, a post-test a point better, 60 % of at least 10 tested) and
 * MPO 7.0 (school readiness: aged 3 to 5, no minimum of hours, 10 % of the instrument's range,
 * 70 %), which each test bends to exercise one rule, and a small plan version holding them.
 * Every call builds new objects, so a test may change what it gets.
 */
import type { PlanContent } from './plan-version';
import type { Mpo } from './service-records';

export function elaMpo(overrides: Partial<Mpo> = {}): Mpo {
  return {
    number: '1.0',
    area: 'ELA',
    population: { kind: 'belowProficient', subject: 'ELA', maxLevel: 2 },
    minHours: 10,
    growth: { kind: 'points', points: 1 },
    target: 60,
    minN: 10,
    ...overrides,
  };
}

export function preschoolMpo(overrides: Partial<Mpo> = {}): Mpo {
  return {
    number: '7.0',
    area: 'SR',
    population: { kind: 'age', minAge: 3, maxAge: 5 },
    minHours: null,
    growth: { kind: 'percentOfRange', percent: 10 },
    target: 70,
    minN: 10,
    ...overrides,
  };
}

/** A small plan version: need areas ELA and SR, MPOs 1.0 (RSY and SUMMER) and 7.0 (every term), strategies 1.1 and 7.1. */
export function smallPlan(): PlanContent {
  return {
    needAreas: [
      { code: 'ELA', nameEn: 'English language arts', nameEs: 'Artes del lenguaje en inglés' },
      { code: 'SR', nameEn: 'School readiness', nameEs: 'Preparación escolar' },
    ],
    mpos: [
      {
        ...elaMpo(),
        statementEn: 'Students below proficient in ELA grow by a point.',
        statementEs: 'Los estudiantes por debajo del nivel competente en ELA mejoran un punto.',
        terms: ['RSY', 'SUMMER'],
      },
      {
        ...preschoolMpo(),
        statementEn: 'Preschool children grow.',
        statementEs: 'Los niños preescolares mejoran.',
        terms: ['RSY', 'SUMMER', 'INTERSESSION'],
      },
    ],
    strategies: [
      {
        number: '1.1',
        needArea: 'ELA',
        textEn: 'Supplemental reading instruction',
        textEs: 'Instrucción suplementaria de lectura',
        implementer: 'either',
        epcVerified: true,
      },
      {
        number: '7.1',
        needArea: 'SR',
        textEn: 'Home-based preschool',
        textEs: 'Preescolar en el hogar',
        implementer: 'region',
        epcVerified: false,
      },
    ],
  };
}
