/**
 * The Ciclo facts of the three children of tests/fixtures/ed-fi: the fixtures are what
 * edFiFromCiclo writes for them (ed-fi-from-ciclo.test.ts checks it).
 */
import type { CicloChildFacts, CicloExportFacts } from './ed-fi-from-ciclo';

const base = {
  statewideStudentId: null,
  middleName: null,
  secondSurname: null,
  generationCodeSuffix: null,
  birthCity: null,
  birthState: null,
  regionNumber: 2,
  priorityForServices: false,
  services: [],
  schoolEnrollments: [],
} satisfies Partial<CicloChildFacts>;

/** Two eligibilities (a move in 2022, another in 2024), three services and two schools; PFS. */
export const ANA: CicloChildFacts = {
  ...base,
  studentNumber: 'CA0000000101',
  statewideStudentId: '4000000101',
  firstName: 'Ana',
  middleName: 'Lucía',
  lastSurname: 'García',
  secondSurname: 'López',
  birthDate: '2013-04-12',
  birthCity: 'Salinas',
  birthState: 'CA',
  birthCountry: 'US',
  sex: 'female',
  priorityForServices: true,
  eligibilities: [
    {
      qad: '2024-09-03',
      eligibilityEndDate: '2027-09-02',
      endReason: '36-months',
      residencyDate: '2024-09-10',
      qualifyingMove: {
        date: '2024-09-01',
        from: { city: 'Yuma', state: 'AZ', country: 'US' },
        to: { city: 'Salinas', state: 'CA', country: 'US' },
      },
    },
    {
      qad: '2022-06-20',
      eligibilityEndDate: '2024-09-02',
      endReason: 'new-qad',
      residencyDate: null,
      qualifyingMove: {
        date: '2022-06-18',
        from: { city: 'Guadalajara', country: 'MX' },
        to: { city: 'Salinas', state: 'CA', country: 'US' },
      },
    },
  ],
  services: [
    {
      serviceId: 'R2-RSY-ELA',
      name: 'After-school reading',
      term: 'RSY',
      mpos: ['1.0'],
      startDate: '2024-09-16',
      endDate: '2025-05-30',
      enrolledOn: '2024-10-01',
      enrollmentReason: 'below_proficient_ela',
      attendedMinutes: 1200,
    },
    {
      serviceId: 'R2-SUM-MATH',
      name: 'Summer math academy',
      term: 'SUMMER',
      mpos: ['2.0', '2.1'],
      startDate: '2025-06-16',
      endDate: '2025-07-25',
      enrolledOn: '2025-06-16',
      enrollmentReason: 'below_proficient_math',
      attendedMinutes: 1800,
    },
    {
      serviceId: 'R2-SUM-23',
      name: 'Summer school 2023',
      term: 'SUMMER',
      mpos: [],
      startDate: '2023-06-19',
      endDate: '2023-07-28',
      enrolledOn: '2023-06-19',
      enrollmentReason: null,
      attendedMinutes: 0,
    },
  ],
  schoolEnrollments: [
    { enrollmentDate: '2024-09-16', exitDate: null, schoolCdsCode: '27660926026827', gradeLevel: '06' },
    {
      enrollmentDate: '2022-08-17',
      exitDate: '2024-06-07',
      schoolCdsCode: '27660926026801',
      gradeLevel: '04',
    },
  ],
};

/** One eligibility, one intersession service, a school in second grade and a district without a school; not PFS. */
export const BRUNO: CicloChildFacts = {
  ...base,
  studentNumber: 'CA0000000102',
  firstName: 'Bruno',
  lastSurname: 'Hernández',
  birthDate: '2016-11-02',
  birthCountry: 'MX',
  sex: 'male',
  eligibilities: [
    {
      qad: '2024-11-15',
      eligibilityEndDate: '2027-11-14',
      endReason: '36-months',
      residencyDate: '2024-11-20',
      qualifyingMove: {
        date: '2024-11-12',
        from: { city: 'Oxnard', state: 'CA', country: 'US' },
        to: { city: 'Watsonville', state: 'CA', country: 'US' },
      },
    },
  ],
  services: [
    {
      serviceId: 'R2-INT-01',
      name: 'Winter intersession',
      term: 'INTERSESSION',
      mpos: ['3.0'],
      startDate: '2024-12-23',
      endDate: '2025-01-03',
      enrolledOn: '2024-12-20',
      enrollmentReason: 'other',
      attendedMinutes: 600,
    },
  ],
  schoolEnrollments: [
    { enrollmentDate: '2024-11-18', exitDate: null, schoolCdsCode: '44697996048227', gradeLevel: '02' },
    { enrollmentDate: '2024-11-15', exitDate: '2024-11-15', schoolCdsCode: null, gradeLevel: '02' },
  ],
};

/** A child without services, whose COE has no interview move and no end date yet. */
export const CARMEN: CicloChildFacts = {
  ...base,
  studentNumber: 'CA0000000103',
  firstName: 'Carmen',
  lastSurname: 'Ruiz',
  generationCodeSuffix: 'Jr',
  birthDate: '2020-01-30',
  birthCountry: 'US',
  sex: 'nonbinary',
  regionNumber: 5,
  eligibilities: [
    {
      qad: '2025-03-01',
      eligibilityEndDate: null,
      endReason: null,
      residencyDate: null,
      qualifyingMove: null,
    },
  ],
};

export const FIXTURE_FACTS: CicloExportFacts = {
  owner: { stateEducationOrganizationId: 6 },
  pfsDay: '2025-06-30',
  children: [CARMEN, ANA, BRUNO],
};
