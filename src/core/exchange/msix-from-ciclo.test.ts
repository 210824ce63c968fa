import { describe, expect, it } from 'vitest';
import type { CoeOfChild } from '../eligibility/chosen-qualifying-move';
import {
  msixRecordFromCiclo,
  qualifyingMovePlaces,
  type CicloMsixData,
  type CicloMsixEnrollment,
  type CicloMsixFamilyMember,
} from './msix-from-ciclo';
import { validateMsixRecord } from './msix-validation';

function data(overrides: Partial<CicloMsixData> = {}): CicloMsixData {
  return {
    child: {
      id: 'c1',
      studentNumber: 'CA000000123',
      statewideStudentId: null,
      firstName: 'María',
      middleName: null,
      lastSurname: 'Hernández',
      secondSurname: 'López',
      generationCodeSuffix: null,
      sex: 'female',
      birthDate: '2014-03-14',
      birthCity: 'Salinas',
      birthState: 'CA',
      birthCountry: 'US',
      englishLearner: true,
      disability: false,
    },
    eligibilities: [
      {
        qad: '2025-05-26',
        eligibilityEndDate: '2028-05-25',
        endReason: '36-months',
        from: { city: 'Yuma', state: 'AZ' },
        to: { city: 'Salinas', state: 'CA' },
      },
    ],
    enrollments: [],
    priorityForServices: true,
    ...overrides,
  };
}

describe('msixRecordFromCiclo (X7.1)', () => {
  it('builds a valid record of a child with a qualifying move from another state', () => {
    const record = msixRecordFromCiclo(data());
    expect(record).toMatchObject({
      stateStudentId: 'CA000000123',
      stateStudentIdType: '02',
      firstName: 'María',
      lastName1: 'Hernández',
      lastName2: 'López',
      sex: 'Female',
      birthDate: '2014-03-14',
    });
    // Ciclo's last day eligible + 1: MSIX's first day no longer eligible (X3.4).
    expect(record.qualifyingMoves).toEqual([
      {
        qualifyingArrivalDate: '2025-05-26',
        fromCity: 'Yuma',
        fromState: 'AZ',
        fromCountry: null,
        toCity: 'Salinas',
        toState: 'CA',
        eligibilityExpirationDate: '2028-05-26',
      },
    ]);
    expect(validateMsixRecord(record)).toEqual([]);
  });

  it('sends the statewide student identifier as a state-assigned identifier when held', () => {
    const base = data();
    const record = msixRecordFromCiclo({
      ...base,
      child: { ...base.child, statewideStudentId: '1234567890' },
    });
    expect([record.stateStudentId, record.stateStudentIdType]).toEqual(['1234567890', '01']);
  });

  it('sends the MSIX ID the child carries (IR5.1), and none when it carries none', () => {
    const base = data();
    expect(msixRecordFromCiclo({ ...base, child: { ...base.child, msixId: '123456789012' } }).msixId).toBe(
      '123456789012',
    );
    expect(msixRecordFromCiclo(base).msixId).toBeNull();
  });

  it('names the country of a move from abroad, without a state', () => {
    const record = msixRecordFromCiclo(
      data({
        eligibilities: [
          {
            qad: '2025-01-10',
            eligibilityEndDate: '2028-01-09',
            endReason: '36-months',
            from: { city: 'Oaxaca', country: 'MX' },
            to: { city: 'Fresno' },
          },
        ],
      }),
    );
    expect(record.qualifyingMoves[0]).toMatchObject({ fromState: null, fromCountry: 'MX', toState: 'CA' });
    expect(validateMsixRecord(record)).toEqual([]);
  });

  it('marks an eligibility that ended early, so its earlier expiration is accepted (X3.5)', () => {
    const record = msixRecordFromCiclo(
      data({
        eligibilities: [
          {
            qad: '2025-05-26',
            eligibilityEndDate: '2026-03-13',
            endReason: 'age-22',
            from: { city: 'Yuma', state: 'AZ' },
            to: { city: 'Salinas', state: 'CA' },
          },
        ],
      }),
    );
    expect(record.qualifyingMoves[0]!.eligibilityEndedEarly).toBe(true);
    expect(validateMsixRecord(record)).toEqual([]);
  });

  it('leaves what Ciclo does not hold absent, so the validation names it', () => {
    const base = data();
    const record = msixRecordFromCiclo({
      ...base,
      child: { ...base.child, sex: 'not_reported' },
      eligibilities: [{ ...base.eligibilities[0]!, from: null, to: null, eligibilityEndDate: null }],
    });
    const elements = validateMsixRecord(record).map((problem) => problem.element);
    expect(elements).toEqual(expect.arrayContaining([9, 21, 22, 24, 25, 26]));
  });

  it('sends each enrollment as a Basic School Program with the NCES ids the school directory gave (X7.3)', () => {
    const alisal: CicloMsixEnrollment = {
      enrollmentDate: '2025-08-20',
      exitDate: '2026-01-15',
      residencyDate: '2025-05-26',
      gradeLevel: '05',
      schoolName: 'Alisal Elementary',
      schoolCity: 'Salinas',
      districtName: 'Alisal Union',
      schoolNcesId: '060177000123',
      districtNcesId: '0601770',
    };
    const yuma: CicloMsixEnrollment = {
      enrollmentDate: '2024-08-20',
      exitDate: null,
      residencyDate: null,
      gradeLevel: '04',
      schoolName: 'Yuma Elementary',
      schoolCity: null,
      districtName: 'Yuma Union',
      schoolNcesId: null,
      districtNcesId: null,
    };
    const record = msixRecordFromCiclo(data({ enrollments: [alisal, yuma] }));
    expect(record.enrollments.map((e) => e.enrollmentDate)).toEqual(['2024-08-20', '2025-08-20']);
    expect(record.enrollments[1]).toMatchObject({
      enrollmentType: '01',
      schoolOrProjectName: 'Alisal Elementary',
      districtName: 'Alisal Union',
      gradeLevel: '05',
      englishLearner: true,
      iep: false,
      priorityForServices: true,
      withdrawalDate: '2026-01-15',
      schoolId: '060177000123',
      districtId: '0601770',
    });
    expect(record.enrollments[0]).toMatchObject({ schoolId: null, districtId: null });
    // Only the enrollment whose school and district have no NCES id in the directory lacks them.
    const fields = validateMsixRecord(record).map((problem) => problem.field);
    expect(fields).toEqual(['enrollments[0].schoolId', 'enrollments[0].districtId']);
    expect(validateMsixRecord(msixRecordFromCiclo(data({ enrollments: [alisal] })))).toEqual([]);
  });
});

describe('msixRecordFromCiclo: summer and intersession services (X7.7)', () => {
  it('sends a service attended as a Summer/Intersession MEP-Funded Project, among the enrollments by date', () => {
    const school: CicloMsixEnrollment = {
      enrollmentDate: '2025-08-20',
      exitDate: null,
      residencyDate: null,
      gradeLevel: '05',
      schoolName: 'Alisal Elementary',
      schoolCity: 'Salinas',
      districtName: 'Alisal Union',
      schoolNcesId: '060177000123',
      districtNcesId: '0601770',
    };
    const record = msixRecordFromCiclo(
      data({
        enrollments: [school],
        projects: [
          { projectName: 'Summer Academy', firstAttendedOn: '2025-06-16', lastAttendedOn: '2025-07-11' },
        ],
      }),
    );
    expect(record.enrollments.map((e) => e.enrollmentType)).toEqual(['03', '01']);
    expect(record.enrollments[0]).toEqual({
      enrollmentDate: '2025-06-16',
      enrollmentType: '03',
      schoolOrProjectName: 'Summer Academy',
      mepProjectType: '03',
      facilityState: 'CA',
      priorityForServices: true,
      withdrawalDate: '2025-07-11',
    });
    // A project needs no school or district id, grade or indicators: the record is valid.
    expect(validateMsixRecord(record)).toEqual([]);
  });

  it('sends the same record as before for a child without a project', () => {
    expect(msixRecordFromCiclo(data({ projects: [] }))).toEqual(msixRecordFromCiclo(data()));
  });
});

describe("msixRecordFromCiclo: the parents' names (X7.4)", () => {
  const member = (
    relation: CicloMsixFamilyMember['relation'],
    sex: CicloMsixFamilyMember['sex'],
    firstName: string,
    lastSurname = 'Hernández',
    secondSurname: string | null = null,
  ): CicloMsixFamilyMember => ({ relation, sex, firstName, lastSurname, secondSurname });
  const parentsOf = (...familyMembers: CicloMsixFamilyMember[]) =>
    msixRecordFromCiclo(data({ familyMembers })).parents;

  it('sends the male parent as 16–17 and the female parent as 18–19, the second surname after a space', () => {
    expect(
      parentsOf(member('parent', 'female', 'Rosa', 'López', 'Vega'), member('parent', 'male', ' Juan ')),
    ).toEqual({
      maleFirstName: 'Juan',
      maleLastName: 'Hernández',
      femaleFirstName: 'Rosa',
      femaleLastName: 'López Vega',
    });
  });

  it('takes a parent before a guardian of the same sex, then the first recorded', () => {
    expect(
      parentsOf(
        member('guardian', 'male', 'Tío'),
        member('parent', 'male', 'Padre'),
        member('parent', 'male', 'Segundo'),
        member('guardian', 'female', 'Abuela'),
        member('guardian', 'female', 'Tía'),
      ),
    ).toEqual({
      maleFirstName: 'Padre',
      maleLastName: 'Hernández',
      femaleFirstName: 'Abuela',
      femaleLastName: 'Hernández',
    });
  });

  it('sends no one whose sex is not recorded, nor a spouse or a worker', () => {
    expect(
      parentsOf(
        member('parent', null, 'Sin Dato'),
        member('spouse', 'female', 'Esposa'),
        member('worker', 'male', 'Trabajador'),
      ),
    ).toEqual({});
    expect(msixRecordFromCiclo(data()).parents).toEqual({});
  });

  it('drops the second surname when both would pass 50 characters, and sends a longer first surname for the validation to name', () => {
    const long = 'x'.repeat(30);
    expect(parentsOf(member('parent', 'female', 'Rosa', long, 'y'.repeat(20))).femaleLastName).toBe(long);
    expect(parentsOf(member('parent', 'female', 'Rosa', long, 'y'.repeat(19))).femaleLastName).toHaveLength(
      50,
    );
    const tooLong = msixRecordFromCiclo(data({ familyMembers: [member('parent', 'male', 'z'.repeat(51))] }));
    expect(validateMsixRecord(tooLong).map((p) => [p.element, p.field])).toEqual([
      [16, 'parents.maleFirstName'],
    ]);
  });
});

describe('qualifyingMovePlaces (X7.1)', () => {
  const interview = {
    state: 'CA',
    moves: [
      {
        id: 'm-1',
        from: { residence: 'Casa', city: 'Oaxaca', country: 'MX' },
        to: { residence: 'Rancho', city: 'Fresno' },
      },
      {
        id: 'm-2',
        from: { residence: 'Yuma', city: 'Yuma', state: 'AZ' },
        to: { residence: 'Salinas', city: 'Salinas', state: 'CA' },
      },
    ],
  };
  const determination = {
    children: [
      { child: 'c-1', qualifyingMove: 'm-2' },
      { child: 'c-2', qualifyingMove: null },
    ],
  };
  const coeOf = (interviewChildId: string) =>
    ({ interview, determination, interviewChildId }) as unknown as CoeOfChild;

  it('reads the places of the move the determination chose for the child', () => {
    expect(qualifyingMovePlaces(coeOf('c-1'))).toEqual({
      from: { city: 'Yuma', state: 'AZ', country: null },
      to: { city: 'Salinas', state: 'CA', country: null },
      interviewState: 'CA',
    });
  });

  it("takes the interview's state for a destination that names none", () => {
    const toFresno = { ...determination, children: [{ child: 'c-1', qualifyingMove: 'm-1' }] };
    expect(
      qualifyingMovePlaces({
        interview,
        determination: toFresno,
        interviewChildId: 'c-1',
      } as unknown as CoeOfChild),
    ).toEqual({
      from: { city: 'Oaxaca', state: null, country: 'MX' },
      to: { city: 'Fresno', state: 'CA', country: null },
      interviewState: 'CA',
    });
  });

  it('gives nothing for a child without a chosen move, an unknown child or an eligibility without a COE', () => {
    expect(qualifyingMovePlaces(coeOf('c-2'))).toBeNull();
    expect(qualifyingMovePlaces(coeOf('c-9'))).toBeNull();
    expect(qualifyingMovePlaces(null)).toBeNull();
  });
});
