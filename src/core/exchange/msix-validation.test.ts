import { describe, expect, it } from 'vitest';
import type { MsixChildRecord, MsixEnrollment, MsixQualifyingMove } from './msix-record';
import { FEDERAL_MSIX_SETTINGS } from './msix-settings';
import { validMsixRecord } from './msix-test-records';
import {
  expectedEligibilityExpiration,
  msixElementTotals,
  validateMsixRecord,
  type MsixProblem,
} from './msix-validation';

function withChild(change: Partial<MsixChildRecord>): MsixChildRecord {
  return { ...validMsixRecord(), ...change };
}
function withMove(change: Partial<MsixQualifyingMove>): MsixChildRecord {
  const record = validMsixRecord();
  return { ...record, qualifyingMoves: [{ ...record.qualifyingMoves[0]!, ...change }] };
}
function withEnrollment(change: Partial<MsixEnrollment>): MsixChildRecord {
  const record = validMsixRecord();
  return { ...record, enrollments: [{ ...record.enrollments[0]!, ...change }] };
}
/** The element, field and rule of each problem: what a test pins down (messages are checked apart). */
function found(record: MsixChildRecord, settings = FEDERAL_MSIX_SETTINGS) {
  return validateMsixRecord(record, settings).map((p) => [p.element, p.field, p.rule]);
}

describe('a valid record', () => {
  it('has no problems', () => {
    expect(validateMsixRecord(validMsixRecord())).toEqual([]);
  });

  it('has none either without the elements sent only when held', () => {
    const record = withChild({
      msixId: null,
      middleName: null,
      lastName2: undefined,
      birthCity: '',
      parents: {},
    });
    expect(validateMsixRecord(record)).toEqual([]);
  });
});

describe('required demographic elements (X1.1)', () => {
  it.each([
    [2, 'stateStudentId', 'State Student Identifier'],
    [3, 'stateStudentIdType', 'State Student Identifier Type'],
    [4, 'firstName', 'First Name'],
    [6, 'lastName1', 'Last Name 1'],
    [9, 'sex', 'Sex'],
    [10, 'birthDate', 'Birth Date'],
  ] as const)('element %i (%s) missing is named with its number and name', (element, field, name) => {
    const problems = validateMsixRecord(withChild({ [field]: '  ' }));
    const expected: MsixProblem = {
      element,
      elementName: name,
      field,
      message: `${name} is required for every child`,
      rule: 'X1.1',
      kind: 'missing',
    };
    expect(problems).toEqual([expected]);
  });
});

describe('demographic code sets and formats (X1.1, X1.2, X1.3)', () => {
  it('State Student Identifier Type is 01 or 02', () => {
    const [problem] = validateMsixRecord(withChild({ stateStudentIdType: '03' }));
    expect(problem).toMatchObject({ element: 3, field: 'stateStudentIdType' });
    expect(problem!.message).toMatch(/must be one of: 01 .*; 02 /);
  });

  it('Sex is Female, Male or Nonbinary, written out', () => {
    expect(found(withChild({ sex: 'F' }))).toEqual([[9, 'sex', 'X1.1']]);
    expect(found(withChild({ sex: 'Nonbinary' }))).toEqual([]);
  });

  it('State Student Identifier is letters and digits, at most 15', () => {
    expect(found(withChild({ stateStudentId: 'CA-123' }))).toEqual([[2, 'stateStudentId', 'X1.1']]);
    expect(found(withChild({ stateStudentId: '1234567890123456' }))).toEqual([[2, 'stateStudentId', 'X1.1']]);
    expect(found(withChild({ stateStudentId: 'A23456789012345' }))).toEqual([]);
  });

  it('names are at most 30 characters and a suffix at most 10, counting what is too long', () => {
    const problems = validateMsixRecord(withChild({ firstName: 'x'.repeat(31), suffix: 'x'.repeat(11) }));
    expect(problems.map((p) => p.message)).toEqual([
      'First Name must be at most 30 characters (it has 31)',
      'Suffix must be at most 10 characters (it has 11)',
    ]);
    expect(found(withChild({ lastName2: 'x'.repeat(31) }))).toEqual([[7, 'lastName2', 'X1.2']]);
  });

  it('Birth Date is a real date', () => {
    expect(validateMsixRecord(withChild({ birthDate: '2012-02-30' }))[0]).toMatchObject({
      element: 10,
      message: 'Birth Date must be a real date written YYYY-MM-DD',
      kind: 'invalid',
    });
    expect(found(withChild({ birthDate: '20120314' }))).toEqual([[10, 'birthDate', 'X1.1']]);
  });

  it('MSIX Identification Number, when MSIX has given one, is 12 digits', () => {
    expect(found(withChild({ msixId: '12345678901' }))).toEqual([[1, 'msixId', 'X1.3']]);
  });

  it('Birth State is a two-letter code and Multiple Birth Flag a yes or no', () => {
    expect(found(withChild({ birthState: 'Calif.' }))).toEqual([[13, 'birthState', 'X1.2']]);
    const notBoolean = withChild({ multipleBirth: 'Y' as unknown as boolean });
    expect(validateMsixRecord(notBoolean)[0]).toMatchObject({
      element: 11,
      message: 'Multiple Birth Flag must be Yes or No',
    });
  });

  it("parents' names are sent when held, at most 50 characters", () => {
    expect(found(withChild({ parents: { femaleLastName: 'x'.repeat(51) } }))).toEqual([
      [19, 'parents.femaleLastName', 'X2.1'],
    ]);
  });

  it.each([
    [16, 'maleFirstName', 'Male Parent First Name'],
    [17, 'maleLastName', 'Male Parent Last Name'],
    [18, 'femaleFirstName', 'Female Parent First Name'],
    [19, 'femaleLastName', 'Female Parent Last Name'],
  ] as const)("a parent's name too long is a problem naming element %i (%s)", (element, field, name) => {
    const [problem] = validateMsixRecord(withChild({ parents: { [field]: 'x'.repeat(51) } }));
    expect(problem).toMatchObject({ element, elementName: name, field: `parents.${field}`, rule: 'X2.1' });
    expect(problem!.message).toContain(name);
    expect(validateMsixRecord(withChild({ parents: { [field]: 'x'.repeat(50) } }))).toEqual([]);
  });
});

describe('qualifying move (X3)', () => {
  it('a record needs at least one (X3.1)', () => {
    expect(found(withChild({ qualifyingMoves: [] }))).toEqual([[20, 'qualifyingMoves', 'X3.1']]);
  });

  it.each([
    [20, 'qualifyingArrivalDate'],
    [21, 'fromCity'],
    [24, 'toCity'],
    [25, 'toState'],
    [26, 'eligibilityExpirationDate'],
  ] as const)('element %i (%s) is required for every move (X3.1)', (element, field) => {
    const problems = validateMsixRecord(withMove({ [field]: '' }));
    expect(problems.map((p) => [p.element, p.field, p.rule])).toEqual([
      [element, `qualifyingMoves[0].${field}`, 'X3.1'],
    ]);
    expect(problems[0]!.message).toMatch(/is required for every qualifying move$/);
  });

  it('starts in a US state or in a country, never neither (X3.2)', () => {
    expect(found(withMove({ fromState: null, fromCountry: null }))).toEqual([
      [22, 'qualifyingMoves[0].fromState', 'X3.2'],
    ]);
    expect(validateMsixRecord(withMove({ fromState: null, fromCountry: null }))[0]?.kind).toBe('missing');
  });

  it('a move from abroad gives its country and no state (X3.2)', () => {
    expect(found(withMove({ fromState: null, fromCountry: 'MX' }))).toEqual([]);
    expect(found(withMove({ fromState: 'AZ', fromCountry: 'MX' }))).toEqual([
      [23, 'qualifyingMoves[0].fromCountry', 'X3.2'],
    ]);
  });

  it('a move from the United States gives the state, not the country US (X3.2)', () => {
    expect(found(withMove({ fromState: null, fromCountry: 'US' }))).toEqual([
      [23, 'qualifyingMoves[0].fromCountry', 'X3.2'],
    ]);
  });

  it('states are two-letter codes (X3.2, X3.1)', () => {
    expect(found(withMove({ fromState: 'Arizona', toState: 'ca' }))).toEqual([
      [25, 'qualifyingMoves[0].toState', 'X3.1'],
      [22, 'qualifyingMoves[0].fromState', 'X3.2'],
    ]);
  });

  it('the QAD is not before the birth date (X3.3)', () => {
    const record = withMove({ qualifyingArrivalDate: '2012-03-13', eligibilityExpirationDate: '2015-03-13' });
    expect(found(record)).toEqual([[20, 'qualifyingMoves[0].qualifyingArrivalDate', 'X3.3']]);
  });
});

describe('eligibility expiration (X3.4, X3.5)', () => {
  it('is QAD + 36 months, the first day no longer eligible', () => {
    expect(expectedEligibilityExpiration('2025-05-26', FEDERAL_MSIX_SETTINGS)).toBe('2028-05-26');
    expect(expectedEligibilityExpiration('2024-02-29', FEDERAL_MSIX_SETTINGS)).toBe('2027-02-28');
  });

  it('is one day earlier in a state that writes the last day eligible', () => {
    const lastDay = { ...FEDERAL_MSIX_SETTINGS, eligibilityExpiration: 'last-day-eligible' as const };
    expect(expectedEligibilityExpiration('2025-05-26', lastDay)).toBe('2028-05-25');
    expect(found(withMove({ eligibilityExpirationDate: '2028-05-25' }), lastDay)).toEqual([]);
    expect(found(withMove({ eligibilityExpirationDate: '2028-05-26' }), lastDay)).toEqual([
      [26, 'qualifyingMoves[0].eligibilityExpirationDate', 'X3.4'],
    ]);
  });

  it('cannot be later than QAD + 36 months', () => {
    const [problem] = validateMsixRecord(withMove({ eligibilityExpirationDate: '2028-05-27' }));
    expect(problem).toMatchObject({ element: 26, elementName: 'Eligibility Expiration Date', rule: 'X3.4' });
    expect(problem!.message).toContain('2028-05-26');
  });

  it('must be after the QAD', () => {
    expect(found(withMove({ eligibilityExpirationDate: '2025-05-26' }))).toEqual([
      [26, 'qualifyingMoves[0].eligibilityExpirationDate', 'X3.4'],
    ]);
  });

  it('may be earlier only when the record shows why', () => {
    expect(found(withMove({ eligibilityExpirationDate: '2027-06-01' }))).toEqual([
      [26, 'qualifyingMoves[0].eligibilityExpirationDate', 'X3.5'],
    ]);
    expect(found(withMove({ eligibilityExpirationDate: '2027-06-01', eligibilityEndedEarly: true }))).toEqual(
      [],
    );
    const graduated = withMove({ eligibilityExpirationDate: '2027-06-01' });
    graduated.enrollments[0]!.graduation = { kind: 'hse', date: '2027-05-20' };
    expect(found(graduated)).toEqual([]);
  });
});

describe('enrollments (X4)', () => {
  it.each([
    [27, 'enrollmentDate', 'X4.1'],
    [28, 'enrollmentType', 'X4.2'],
    [29, 'schoolOrProjectName', 'X4.1'],
    [46, 'priorityForServices', 'X4.6'],
  ] as const)('element %i (%s) is required for every enrollment', (element, field, rule) => {
    const problems = validateMsixRecord(withEnrollment({ [field]: null }));
    expect(problems.map((p) => [p.element, p.field, p.rule])).toEqual([
      [element, `enrollments[0].${field}`, rule],
    ]);
    expect(problems[0]!.message).toMatch(/is required for every enrollment$/);
  });

  it.each([
    [31, 'schoolId', 'X4.3'],
    [37, 'districtId', 'X4.3'],
    [42, 'gradeLevel', 'X4.5'],
    [43, 'englishLearner', 'X4.6'],
    [44, 'iep', 'X4.6'],
  ] as const)('element %i (%s) is required for an enrollment in a school', (element, field, rule) => {
    const problems = validateMsixRecord(withEnrollment({ [field]: undefined }));
    expect(problems.map((p) => [p.element, p.field, p.rule])).toEqual([
      [element, `enrollments[0].${field}`, rule],
    ]);
    expect(problems[0]!.message).toMatch(
      /is required for an enrollment in a school \(enrollment type 01 or 05\)$/,
    );
  });

  it('an MEP-funded project outside a school needs no school, district, grade, EL or IEP', () => {
    const project = withEnrollment({
      enrollmentType: '03',
      schoolOrProjectName: 'Summer Migrant Academy',
      schoolId: null,
      districtId: null,
      gradeLevel: null,
      englishLearner: null,
      iep: null,
    });
    expect(validateMsixRecord(project)).toEqual([]);
  });

  it('the enrollment type is one of MSIX’s codes (X4.2)', () => {
    const [problem] = validateMsixRecord(withEnrollment({ enrollmentType: '07' }));
    expect(problem).toMatchObject({
      element: 28,
      elementName: 'Enrollment Type',
      field: 'enrollments[0].enrollmentType',
    });
    expect(problem!.message).toContain('06 (Residency Only (none of the above))');
  });

  it('NCES identifiers have 12 digits for a school and 7 for a district (X4.3)', () => {
    const problems = validateMsixRecord(withEnrollment({ schoolId: '06325500496', districtId: '06O1234' }));
    expect(problems.map((p) => p.message)).toEqual([
      'School Identification Code must be exactly 12 digits',
      'School District ID must be exactly 7 digits',
    ]);
    expect(found(withEnrollment({ districtOfResidence: '12345' }))).toEqual([
      [49, 'enrollments[0].districtOfResidence', 'X4.9'],
    ]);
  });

  it('the grade level is at most two letters or digits; its code set was not found (X4.5)', () => {
    expect(found(withEnrollment({ gradeLevel: 'KG' }))).toEqual([]);
    expect(found(withEnrollment({ gradeLevel: '8th' }))).toEqual([[42, 'enrollments[0].gradeLevel', 'X4.5']]);
  });

  it('a withdrawal is not before the enrollment; the same day is fine (X4.4)', () => {
    expect(found(withEnrollment({ withdrawalDate: '2025-08-12' }))).toEqual([
      [48, 'enrollments[0].withdrawalDate', 'X4.4'],
    ]);
    expect(found(withEnrollment({ withdrawalDate: '2025-08-13' }))).toEqual([]);
    expect(found(withEnrollment({ withdrawalDate: '2025-13-01' }))).toEqual([
      [48, 'enrollments[0].withdrawalDate', 'X4.4'],
    ]);
  });

  it('a residency-only enrollment carries its residency date and verification date (X4.7)', () => {
    const residency = withEnrollment({
      enrollmentType: '06',
      schoolOrProjectName: 'Residency',
      schoolId: null,
      districtId: null,
      gradeLevel: null,
      englishLearner: null,
      iep: null,
    });
    expect(found(residency)).toEqual([
      [50, 'enrollments[0].residencyDate', 'X4.7'],
      [51, 'enrollments[0].residencyVerificationDate', 'X4.7'],
    ]);
    residency.enrollments[0]!.residencyDate = '2025-08-01';
    residency.enrollments[0]!.residencyVerificationDate = '2025-09-15';
    expect(found(residency)).toEqual([]);
  });

  it('residency is not verified before the child resided (X4.7)', () => {
    const record = withEnrollment({ residencyDate: '2025-08-01', residencyVerificationDate: '2025-07-31' });
    expect(validateMsixRecord(record)).toEqual([
      {
        element: 51,
        elementName: 'Residency Verification Date',
        field: 'enrollments[0].residencyVerificationDate',
        message: 'Residency Verification Date cannot be before the Residency Date',
        rule: 'X4.7',
        kind: 'invalid',
      },
    ]);
  });

  it('a graduation or HSE has its date (X4.8)', () => {
    const record = withEnrollment({ graduation: { kind: 'graduation', date: '' } });
    expect(found(record)).toEqual([[54, 'enrollments[0].graduation.date', 'X4.8']]);
    const badKind = withEnrollment({ graduation: { kind: 'ged' as 'hse', date: '2027-05-20' } });
    expect(found(badKind)).toEqual([[53, 'enrollments[0].graduation.kind', 'X4.8']]);
  });

  it('names each enrollment by its index', () => {
    const record = validMsixRecord();
    record.enrollments.push({ ...record.enrollments[0]!, enrollmentDate: '2026-01-05', schoolId: null });
    expect(found(record)).toEqual([[31, 'enrollments[1].schoolId', 'X4.3']]);
  });
});

describe('the totals per element of a report (X7.6)', () => {
  it('counts every problem and each child once per element, by element number', () => {
    const problem = (element: number, field: string): MsixProblem => ({
      element,
      elementName: `E${element}`,
      field,
      message: 'm',
      rule: 'X1.1',
      kind: 'missing',
    });
    const twoEnrollments = [problem(31, 'enrollments[0].schoolId'), problem(31, 'enrollments[1].schoolId')];
    expect(msixElementTotals([twoEnrollments, [problem(2, 'stateStudentId'), problem(31, 'x')], []])).toEqual(
      [
        { element: 2, elementName: 'E2', problems: 1, children: 1 },
        { element: 31, elementName: 'E31', problems: 3, children: 2 },
      ],
    );
  });
});
