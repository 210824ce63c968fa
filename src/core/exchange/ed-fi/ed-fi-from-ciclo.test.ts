import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/domain-error';
import {
  descriptorUri,
  edFiFromCiclo,
  edFiGradeLevel,
  edFiPfsDay,
  edFiSchoolId,
  type CicloExportFacts,
} from './ed-fi-from-ciclo';
import { parsePeriod } from '../../recruitment/performance-period';
import { edFiJson, edFiResourceProblems, parseEdFiExport } from './ed-fi-parse';
import { EDFI_RESOURCE_KINDS, type EdFiExport } from './ed-fi-resources';
import { ANA, BRUNO, CARMEN, FIXTURE_FACTS } from './ed-fi-test-facts';
import programs from '../../../../tests/fixtures/ed-fi/programs.json';
import studentMigrantEducationProgramAssociations from '../../../../tests/fixtures/ed-fi/studentMigrantEducationProgramAssociations.json';
import students from '../../../../tests/fixtures/ed-fi/students.json';
import studentSchoolAssociations from '../../../../tests/fixtures/ed-fi/studentSchoolAssociations.json';

/** The repository's fixtures, one file per resource kind, fresh for each use. */
const FIXTURES: Record<string, unknown> = {
  students,
  programs,
  studentMigrantEducationProgramAssociations,
  studentSchoolAssociations,
};
const fixture = (kind: string): unknown => structuredClone(FIXTURES[kind]);
const fixtureExport = () =>
  Object.fromEntries(EDFI_RESOURCE_KINDS.map((kind) => [kind, fixture(kind)])) as unknown as EdFiExport;

const only = (child: typeof ANA, pfsDay = '2025-06-30'): CicloExportFacts => ({
  owner: { stateEducationOrganizationId: 6 },
  pfsDay,
  children: [child],
});

/** The first problem of an export, as `field: message`. */
function refusal(document: unknown): string {
  try {
    parseEdFiExport(document);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).message;
  }
  throw new Error('the export was accepted');
}

describe('Ciclo’s children as Ed-Fi resources (docs/rules/ed-fi.md)', () => {
  it('E1: writes the child as a student, descriptors as URIs, the second surname in the extension', () => {
    const [student] = edFiFromCiclo(only(ANA)).students;
    expect(student).toEqual({
      studentUniqueId: 'CA0000000101',
      firstName: 'Ana',
      middleName: 'Lucía',
      lastSurname: 'García',
      birthDate: '2013-04-12',
      birthCity: 'Salinas',
      birthStateAbbreviationDescriptor: 'uri://ed-fi.org/StateAbbreviationDescriptor#CA',
      birthCountryDescriptor: 'uri://ed-fi.org/CountryDescriptor#US',
      birthSexDescriptor: 'uri://ed-fi.org/SexDescriptor#Female',
      _ext: { ciclo: { secondSurname: 'López', statewideStudentId: '4000000101' } },
    });
    const [carmen] = edFiFromCiclo(only(CARMEN)).students;
    expect(carmen!.birthSexDescriptor).toBe('uri://ed-fi.org/SexDescriptor#Non-binary');
    expect(carmen).not.toHaveProperty('_ext');
    expect(carmen).not.toHaveProperty('middleName');
  });

  it('E2: one association per eligibility in QAD order, each with the services enrolled in during it', () => {
    const associations = edFiFromCiclo(only(ANA)).studentMigrantEducationProgramAssociations;
    expect(
      associations.map((a) => [a.beginDate, a.endDate, a.qualifyingArrivalDate, a.lastQualifyingMove]),
    ).toEqual([
      ['2022-06-20', '2024-09-02', '2022-06-20', '2022-06-18'],
      ['2024-09-03', '2027-09-02', '2024-09-03', '2024-09-01'],
    ]);
    const [first, second] = associations;
    expect(first!.programReference).toEqual({
      educationOrganizationId: 6,
      programName: 'Migrant Education',
      programTypeDescriptor: 'uri://ed-fi.org/ProgramTypeDescriptor#Migrant Education',
    });
    expect(first!.studentReference).toEqual({ studentUniqueId: 'CA0000000101' });
    expect(first!.eligibilityExpirationDate).toBe('2024-09-02');
    expect(first!).not.toHaveProperty('stateResidencyDate');
    expect(second!.stateResidencyDate).toBe('2024-09-10');
    expect(first!.migrantEducationProgramServices.map((s) => s._ext!.ciclo.serviceId)).toEqual(['R2-SUM-23']);
    expect(second!.migrantEducationProgramServices).toEqual([
      {
        migrantEducationProgramServiceDescriptor: descriptorUri(
          'MigrantEducationProgramServiceDescriptor',
          'Reading Instruction',
        ),
        primaryIndicator: false,
        serviceBeginDate: '2024-10-01',
        serviceEndDate: '2025-05-30',
        _ext: {
          ciclo: {
            serviceId: 'R2-RSY-ELA',
            serviceName: 'After-school reading',
            sessionType: 'RSY',
            enrollmentType: '02',
            enrollmentReason: 'below_proficient_ela',
            mpos: ['1.0'],
            attendedMinutes: 1200,
          },
        },
      },
      {
        migrantEducationProgramServiceDescriptor:
          'uri://ed-fi.org/MigrantEducationProgramServiceDescriptor#Mathematics Instruction',
        primaryIndicator: true,
        serviceBeginDate: '2025-06-16',
        serviceEndDate: '2025-07-25',
        _ext: {
          ciclo: {
            serviceId: 'R2-SUM-MATH',
            serviceName: 'Summer math academy',
            sessionType: 'SUMMER',
            enrollmentType: '03',
            enrollmentReason: 'below_proficient_math',
            mpos: ['2.0', '2.1'],
            attendedMinutes: 1800,
          },
        },
      },
    ]);
  });

  it('E2.5: PFS on the day is written on the eligibility that covers the day, and the day in the extension', () => {
    const [old, current] = edFiFromCiclo(only(ANA)).studentMigrantEducationProgramAssociations;
    expect([old!.priorityForServices, current!.priorityForServices]).toEqual([false, true]);
    const [before, during] = edFiFromCiclo(
      only(ANA, '2023-01-10'),
    ).studentMigrantEducationProgramAssociations;
    expect([before!.priorityForServices, during!.priorityForServices]).toEqual([true, false]);
    expect(before!._ext!.ciclo.priorityForServicesOn).toBe('2023-01-10');
    const period = parsePeriod('2024-25', 'period');
    expect([
      edFiPfsDay(period, '2026-12-06'),
      edFiPfsDay(period, '2025-02-10'),
      edFiPfsDay(period, '2024-01-01'),
    ]).toEqual(['2025-08-31', '2025-02-10', '2024-09-01']);
    const notPfs = edFiFromCiclo(only(BRUNO)).studentMigrantEducationProgramAssociations;
    expect(notPfs.map((a) => a.priorityForServices)).toEqual([false]);
  });

  it('E3: the extension holds the move’s places, the region, the session types and the MPOs', () => {
    const [association] = edFiFromCiclo(only(BRUNO)).studentMigrantEducationProgramAssociations;
    expect(association!._ext).toEqual({
      ciclo: {
        regionNumber: 2,
        qualifyingMoveFrom: { city: 'Oxnard', state: 'CA', country: 'US' },
        qualifyingMoveTo: { city: 'Watsonville', state: 'CA', country: 'US' },
        eligibilityEndReason: '36-months',
        priorityForServicesOn: '2025-06-30',
      },
    });
    const [service] = association!.migrantEducationProgramServices;
    expect(service!.serviceBeginDate).toBe('2024-12-23');
    expect(service!._ext!.ciclo).toMatchObject({
      sessionType: 'INTERSESSION',
      enrollmentType: '03',
      mpos: ['3.0'],
    });
    const [carmen] = edFiFromCiclo(only(CARMEN)).studentMigrantEducationProgramAssociations;
    expect(carmen!.lastQualifyingMove).toBe('2025-03-01');
    expect(carmen!).not.toHaveProperty('endDate');
    expect(carmen!._ext!.ciclo).toEqual({ regionNumber: 5, priorityForServicesOn: '2025-06-30' });
  });

  it('writes exactly the repository’s fixtures for their children’s facts', () => {
    expect(edFiFromCiclo(FIXTURE_FACTS)).toEqual(fixtureExport());
  });
});

describe('school enrollments as studentSchoolAssociations (E6)', () => {
  it('E6.1: one per school enrollment by entry date, with the exit date when there is one', () => {
    expect(edFiFromCiclo(only(ANA)).studentSchoolAssociations).toEqual([
      {
        entryDate: '2022-08-17',
        schoolReference: { schoolId: 6026801 },
        studentReference: { studentUniqueId: 'CA0000000101' },
        entryGradeLevelDescriptor: 'uri://ed-fi.org/GradeLevelDescriptor#Fourth grade',
        exitWithdrawDate: '2024-06-07',
      },
      {
        entryDate: '2024-09-16',
        schoolReference: { schoolId: 6026827 },
        studentReference: { studentUniqueId: 'CA0000000101' },
        entryGradeLevelDescriptor: 'uri://ed-fi.org/GradeLevelDescriptor#Sixth grade',
      },
    ]);
  });

  it('E6.1: leaves out an enrollment in a district without a school, or in a grade Ed-Fi cannot name', () => {
    expect(edFiFromCiclo(only(BRUNO)).studentSchoolAssociations.map((a) => a.entryDate)).toEqual([
      '2024-11-18',
    ]);
    const ungraded = { ...ANA, schoolEnrollments: [{ ...ANA.schoolEnrollments[0]!, gradeLevel: 'ZZ' }] };
    expect(edFiFromCiclo(only(ungraded)).studentSchoolAssociations).toEqual([]);
  });

  it('E6.2: the school id is the CDS code’s seven-digit school code', () => {
    expect(edFiSchoolId('27660926026827')).toBe(6026827);
    expect(edFiSchoolId('19647330112345')).toBe(112345);
    expect(edFiSchoolId('27660920000000')).toBeNull();
    expect(edFiSchoolId('2766092602682')).toBeNull();
    expect(edFiSchoolId(null)).toBeNull();
  });

  it('E6.3: grades are GradeLevelDescriptor code values', () => {
    expect(edFiGradeLevel('KN')).toBe('Kindergarten');
    expect(edFiGradeLevel('tk')).toBe('Transitional Kindergarten');
    expect(edFiGradeLevel('01')).toBe('First grade');
    expect(edFiGradeLevel('9')).toBe('Ninth grade');
    expect(edFiGradeLevel('12')).toBe('Twelfth grade');
    expect(edFiGradeLevel('UE')).toBe('Ungraded');
    expect(edFiGradeLevel('13')).toBeNull();
    expect(edFiGradeLevel('00')).toBeNull();
    expect(edFiGradeLevel(null)).toBeNull();
  });
});

describe('reading an Ed-Fi export back (E4)', () => {
  it('round-trips a mapped export: map → JSON → parse → equal', () => {
    const mapped = edFiFromCiclo(FIXTURE_FACTS);
    expect(parseEdFiExport(JSON.parse(edFiJson(mapped)))).toEqual(mapped);
  });

  it('reads each fixture of tests/fixtures/ed-fi, and round-trips them whole', () => {
    for (const kind of EDFI_RESOURCE_KINDS) expect(edFiResourceProblems(kind, fixture(kind))).toEqual([]);
    const read = parseEdFiExport(fixtureExport());
    expect(read.students).toHaveLength(3);
    expect(read.studentMigrantEducationProgramAssociations).toHaveLength(4);
    expect(read.studentSchoolAssociations).toHaveLength(3);
    expect(parseEdFiExport(JSON.parse(edFiJson(read)))).toEqual(fixtureExport());
  });

  it('refuses what does not fit, naming the field', () => {
    const broken = (change: (document: EdFiExport) => void) => {
      const document = fixtureExport();
      change(document);
      return refusal(document);
    };
    expect(refusal({ students: [] })).toBe('programs: is required');
    expect(broken((d) => delete (d.students[0] as Partial<EdFiExport['students'][0]>).birthDate)).toBe(
      'students[0].birthDate: is required',
    );
    expect(
      broken((d) => (d.students[1]!.birthSexDescriptor = 'uri://ed-fi.org/CountryDescriptor#Male')),
    ).toMatch(
      /^students\[1\]\.birthSexDescriptor: "uri:\/\/ed-fi.org\/CountryDescriptor#Male" does not match/,
    );
    expect(
      broken((d) => (d.studentMigrantEducationProgramAssociations[0]!.qualifyingArrivalDate = '2024-02-30')),
    ).toBe('studentMigrantEducationProgramAssociations[0].qualifyingArrivalDate: is not a real day');
    expect(broken((d) => (d.studentMigrantEducationProgramAssociations[1]!.endDate = '2020-01-01'))).toBe(
      'studentMigrantEducationProgramAssociations[1].endDate: is before beginDate',
    );
    expect(
      broken(
        (d) => (d.studentMigrantEducationProgramAssociations[2]!.studentReference.studentUniqueId = 'CA9'),
      ),
    ).toBe(
      'studentMigrantEducationProgramAssociations[2].studentReference.studentUniqueId: names no student of the export',
    );
    expect(broken((d) => (d.studentSchoolAssociations[0]!.exitWithdrawDate = '2022-08-16'))).toBe(
      'studentSchoolAssociations[0].exitWithdrawDate: is before entryDate',
    );
    expect(broken((d) => (d.studentSchoolAssociations[1]!.studentReference.studentUniqueId = 'CA9'))).toBe(
      'studentSchoolAssociations[1].studentReference.studentUniqueId: names no student of the export',
    );
    expect(
      broken(
        (d) =>
          (d.studentSchoolAssociations[2]!.entryGradeLevelDescriptor = 'uri://ed-fi.org/SexDescriptor#Male'),
      ),
    ).toMatch(/^studentSchoolAssociations\[2\]\.entryGradeLevelDescriptor: /);
    expect(
      broken((d) =>
        Object.assign(d.studentMigrantEducationProgramAssociations[0]!._ext!.ciclo, { color: 'red' }),
      ),
    ).toMatch(/^studentMigrantEducationProgramAssociations\[0\]\._ext\.ciclo\.color: is not a known field/);
    expect(
      broken(
        (d) =>
          (d.studentMigrantEducationProgramAssociations[0]!.migrantEducationProgramServices[0]!._ext!.ciclo.sessionType =
            'FALL' as 'RSY'),
      ),
    ).toMatch(
      /migrantEducationProgramServices\[0\]\._ext\.ciclo\.sessionType: "FALL" is not one of RSY, SUMMER/,
    );
  });
});
