/**
 * Validation of one child's MDE record before it is sent to MSIX (docs/rules/msix.md X1–X4):
 * every problem names the element (number and name), the field in Ciclo's record and what is
 * wrong in plain English. A valid record has no problems.
 */
import { addDays, addMonths, isCalendarDate, type CalendarDate } from '../common/calendar-date';
import {
  MSIX_CODE_SETS,
  RESIDENCY_ONLY_ENROLLMENT_TYPE,
  SCHOOL_ENROLLMENT_TYPES,
  isMsixCode,
  msixElement,
  type MsixFormat,
} from './msix-elements';
import type { MsixChildRecord, MsixEnrollment, MsixQualifyingMove } from './msix-record';
import { FEDERAL_MSIX_SETTINGS, type MsixSettings } from './msix-settings';

export interface MsixProblem {
  /** The MDE's number in MSIX's list. */
  element: number;
  elementName: string;
  /** The field of Ciclo's record, with indexes (`enrollments[0].schoolId`). */
  field: string;
  message: string;
  /** The rule of docs/rules/msix.md that found it. */
  rule: string;
  /** `missing`: a required element Ciclo does not hold; `invalid`: one it holds that does not fit. */
  kind: 'missing' | 'invalid';
}

type Value = string | boolean | null | undefined;

function isBlank(value: Value): value is null | undefined | '' {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The format failure of a present value, or null (X0.2). */
function formatFailure(format: MsixFormat, value: string | boolean): string | null {
  if (format.kind === 'indicator') return typeof value === 'boolean' ? null : 'must be Yes or No';
  if (typeof value !== 'string') return 'must be text';
  switch (format.kind) {
    case 'text':
      return format.maxLength !== undefined && value.length > format.maxLength
        ? `must be at most ${format.maxLength} characters (it has ${value.length})`
        : null;
    case 'alphanumeric':
      if (!/^[A-Za-z0-9]+$/.test(value)) return 'must be letters and digits only';
      return value.length > format.maxLength
        ? `must be at most ${format.maxLength} characters (it has ${value.length})`
        : null;
    case 'digits':
      return new RegExp(`^\\d{${format.length}}$`).test(value)
        ? null
        : `must be exactly ${format.length} digits`;
    case 'date':
      return isCalendarDate(value) ? null : 'must be a real date written YYYY-MM-DD';
    case 'state':
      return /^[A-Z]{2}$/.test(value) ? null : 'must be a two-letter state code such as CA';
    case 'code': {
      if (isMsixCode(format.codeSet, value)) return null;
      const allowed = MSIX_CODE_SETS[format.codeSet].map((entry) => `${entry.code} (${entry.label})`);
      return `must be one of: ${allowed.join('; ')}`;
    }
  }
}

const REQUIRED_BECAUSE: Record<string, string> = {
  always: 'is required for every child',
  'each-qualifying-move': 'is required for every qualifying move',
  'each-enrollment': 'is required for every enrollment',
  'school-enrollment': 'is required for an enrollment in a school (enrollment type 01 or 05)',
  'residency-only-enrollment': 'is required for a residency-only enrollment (enrollment type 06)',
};

/** Collects problems for one record; `check` applies an element's requirement (X0.1) and format (X0.2). */
class Problems {
  readonly list: MsixProblem[] = [];

  add(
    element: number,
    field: string,
    message: string,
    rule: string,
    kind: MsixProblem['kind'] = 'invalid',
  ): void {
    this.list.push({ element, elementName: msixElement(element).name, field, message, rule, kind });
  }

  check(element: number, field: string, value: Value, required: boolean, rule: string): void {
    const definition = msixElement(element);
    if (isBlank(value)) {
      if (required)
        this.add(
          element,
          field,
          `${definition.name} ${REQUIRED_BECAUSE[definition.requirement]}`,
          rule,
          'missing',
        );
      return;
    }
    const failure = formatFailure(definition.format, value);
    if (failure) this.add(element, field, `${definition.name} ${failure}`, rule);
  }
}

/** X3.4: the Eligibility Expiration Date that QAD + 36 months gives under the state's convention. */
export function expectedEligibilityExpiration(qad: CalendarDate, settings: MsixSettings): CalendarDate {
  const firstDayNotEligible = addMonths(qad, 36);
  return settings.eligibilityExpiration === 'first-day-not-eligible'
    ? firstDayNotEligible
    : addDays(firstDayNotEligible, -1);
}

const date = (value: Value): value is CalendarDate => isCalendarDate(value);

function checkDemographics(record: MsixChildRecord, problems: Problems): void {
  problems.check(1, 'msixId', record.msixId, false, 'X1.3');
  problems.check(2, 'stateStudentId', record.stateStudentId, true, 'X1.1');
  problems.check(3, 'stateStudentIdType', record.stateStudentIdType, true, 'X1.1');
  problems.check(4, 'firstName', record.firstName, true, 'X1.1');
  problems.check(5, 'middleName', record.middleName, false, 'X1.2');
  problems.check(6, 'lastName1', record.lastName1, true, 'X1.1');
  problems.check(7, 'lastName2', record.lastName2, false, 'X1.2');
  problems.check(8, 'suffix', record.suffix, false, 'X1.2');
  problems.check(9, 'sex', record.sex, true, 'X1.1');
  problems.check(10, 'birthDate', record.birthDate, true, 'X1.1');
  problems.check(11, 'multipleBirth', record.multipleBirth, false, 'X1.2');
  problems.check(12, 'birthCity', record.birthCity, false, 'X1.2');
  problems.check(13, 'birthState', record.birthState, false, 'X1.2');
  problems.check(14, 'birthCountry', record.birthCountry, false, 'X1.2');
  problems.check(15, 'birthDateVerification', record.birthDateVerification, false, 'X1.2');
  const parents = record.parents ?? {};
  problems.check(16, 'parents.maleFirstName', parents.maleFirstName, false, 'X2.1');
  problems.check(17, 'parents.maleLastName', parents.maleLastName, false, 'X2.1');
  problems.check(18, 'parents.femaleFirstName', parents.femaleFirstName, false, 'X2.1');
  problems.check(19, 'parents.femaleLastName', parents.femaleLastName, false, 'X2.1');
}

/** Whether the record shows why eligibility ended before QAD + 36 months (X3.5). */
function endedEarlyShown(move: MsixQualifyingMove, record: MsixChildRecord): boolean {
  if (move.eligibilityEndedEarly === true) return true;
  return record.enrollments.some(
    (enrollment) =>
      enrollment.graduation !== null &&
      enrollment.graduation !== undefined &&
      date(enrollment.graduation.date) &&
      enrollment.graduation.date <= move.eligibilityExpirationDate,
  );
}

function checkMove(
  record: MsixChildRecord,
  move: MsixQualifyingMove,
  index: number,
  problems: Problems,
  settings: MsixSettings,
): void {
  const at = `qualifyingMoves[${index}]`;
  problems.check(20, `${at}.qualifyingArrivalDate`, move.qualifyingArrivalDate, true, 'X3.1');
  problems.check(21, `${at}.fromCity`, move.fromCity, true, 'X3.1');
  problems.check(24, `${at}.toCity`, move.toCity, true, 'X3.1');
  problems.check(25, `${at}.toState`, move.toState, true, 'X3.1');
  problems.check(26, `${at}.eligibilityExpirationDate`, move.eligibilityExpirationDate, true, 'X3.1');

  // X3.2: a move starts in a US state or in another country, never both, never neither.
  const hasState = !isBlank(move.fromState);
  const hasCountry = !isBlank(move.fromCountry);
  if (!hasState && !hasCountry)
    problems.add(
      22,
      `${at}.fromState`,
      'Qualifying Move From State is required when the move started in the United States; give Qualifying Move From Country when it started abroad',
      'X3.2',
      'missing',
    );
  if (hasState && hasCountry)
    problems.add(
      23,
      `${at}.fromCountry`,
      'Qualifying Move From Country is only for a move that started outside the United States; this move has a From State',
      'X3.2',
    );
  problems.check(22, `${at}.fromState`, move.fromState, false, 'X3.2');
  problems.check(23, `${at}.fromCountry`, move.fromCountry, false, 'X3.2');
  if (hasCountry && /^(US|USA)$/i.test(move.fromCountry!.trim()))
    problems.add(
      23,
      `${at}.fromCountry`,
      'A move from the United States gives its Qualifying Move From State, not a country',
      'X3.2',
    );

  const qad = move.qualifyingArrivalDate;
  if (!date(qad)) return;
  if (date(record.birthDate) && qad < record.birthDate)
    problems.add(
      20,
      `${at}.qualifyingArrivalDate`,
      'Qualifying Arrival Date cannot be before the birth date',
      'X3.3',
    );

  const eed = move.eligibilityExpirationDate;
  if (!date(eed)) return;
  const expected = expectedEligibilityExpiration(qad, settings);
  if (eed <= qad)
    problems.add(
      26,
      `${at}.eligibilityExpirationDate`,
      'Eligibility Expiration Date must be after the Qualifying Arrival Date',
      'X3.4',
    );
  else if (eed > expected)
    problems.add(
      26,
      `${at}.eligibilityExpirationDate`,
      `Eligibility Expiration Date cannot be later than QAD + 36 months (${expected})`,
      'X3.4',
    );
  else if (eed < expected && !endedEarlyShown(move, record))
    problems.add(
      26,
      `${at}.eligibilityExpirationDate`,
      `Eligibility Expiration Date should be QAD + 36 months (${expected}); an earlier date needs a graduation or HSE date or a recorded reason eligibility ended early`,
      'X3.5',
    );
}

function checkEnrollment(enrollment: MsixEnrollment, index: number, problems: Problems): void {
  const at = `enrollments[${index}]`;
  const inSchool = SCHOOL_ENROLLMENT_TYPES.includes(enrollment.enrollmentType);
  const residencyOnly = enrollment.enrollmentType === RESIDENCY_ONLY_ENROLLMENT_TYPE;
  problems.check(27, `${at}.enrollmentDate`, enrollment.enrollmentDate, true, 'X4.1');
  problems.check(28, `${at}.enrollmentType`, enrollment.enrollmentType, true, 'X4.2');
  problems.check(29, `${at}.schoolOrProjectName`, enrollment.schoolOrProjectName, true, 'X4.1');
  problems.check(30, `${at}.mepProjectType`, enrollment.mepProjectType, false, 'X4.9');
  problems.check(31, `${at}.schoolId`, enrollment.schoolId, inSchool, 'X4.3');
  problems.check(32, `${at}.facilityName`, enrollment.facilityName, false, 'X4.9');
  problems.check(36, `${at}.facilityCity`, enrollment.facilityCity, false, 'X4.9');
  problems.check(37, `${at}.districtId`, enrollment.districtId, inSchool, 'X4.3');
  problems.check(38, `${at}.districtName`, enrollment.districtName, false, 'X4.9');
  problems.check(39, `${at}.facilityState`, enrollment.facilityState, false, 'X4.9');
  problems.check(42, `${at}.gradeLevel`, enrollment.gradeLevel, inSchool, 'X4.5');
  problems.check(43, `${at}.englishLearner`, enrollment.englishLearner, inSchool, 'X4.6');
  problems.check(44, `${at}.iep`, enrollment.iep, inSchool, 'X4.6');
  problems.check(46, `${at}.priorityForServices`, enrollment.priorityForServices, true, 'X4.6');
  problems.check(48, `${at}.withdrawalDate`, enrollment.withdrawalDate, false, 'X4.4');
  problems.check(49, `${at}.districtOfResidence`, enrollment.districtOfResidence, false, 'X4.9');
  problems.check(50, `${at}.residencyDate`, enrollment.residencyDate, residencyOnly, 'X4.7');
  problems.check(
    51,
    `${at}.residencyVerificationDate`,
    enrollment.residencyVerificationDate,
    residencyOnly,
    'X4.7',
  );
  problems.check(
    52,
    `${at}.designatedGraduationSchool`,
    enrollment.designatedGraduationSchool,
    false,
    'X4.9',
  );

  if (
    date(enrollment.enrollmentDate) &&
    date(enrollment.withdrawalDate) &&
    enrollment.withdrawalDate < enrollment.enrollmentDate
  )
    problems.add(48, `${at}.withdrawalDate`, 'Withdrawal Date cannot be before the Enrollment Date', 'X4.4');
  if (
    date(enrollment.residencyDate) &&
    date(enrollment.residencyVerificationDate) &&
    enrollment.residencyVerificationDate < enrollment.residencyDate
  )
    problems.add(
      51,
      `${at}.residencyVerificationDate`,
      'Residency Verification Date cannot be before the Residency Date',
      'X4.7',
    );

  const graduation = enrollment.graduation;
  if (graduation) {
    if (graduation.kind !== 'graduation' && graduation.kind !== 'hse')
      problems.add(53, `${at}.graduation.kind`, 'Graduation/HSE Indicator must be graduation or HSE', 'X4.8');
    problems.check(54, `${at}.graduation.date`, graduation.date, false, 'X4.8');
    if (isBlank(graduation.date))
      problems.add(
        54,
        `${at}.graduation.date`,
        'Graduation/HSE Date is required when the Graduation/HSE Indicator is given',
        'X4.8',
        'missing',
      );
  }
}

/** X1–X4: every problem of one child's MDE record, in element order within each part. */
export function validateMsixRecord(
  record: MsixChildRecord,
  settings: MsixSettings = FEDERAL_MSIX_SETTINGS,
): MsixProblem[] {
  const problems = new Problems();
  checkDemographics(record, problems);
  if (record.qualifyingMoves.length === 0)
    problems.add(
      20,
      'qualifyingMoves',
      'A migratory child needs at least one qualifying move (QAD and where it went from and to)',
      'X3.1',
    );
  record.qualifyingMoves.forEach((move, index) => checkMove(record, move, index, problems, settings));
  record.enrollments.forEach((enrollment, index) => checkEnrollment(enrollment, index, problems));
  return problems.list;
}

export interface MsixElementTotal {
  element: number;
  elementName: string;
  /** Problems with this element, and the children who have at least one. */
  problems: number;
  children: number;
}

/** X7.6: each element's problems over the children checked (one list a child), by element number. */
export function msixElementTotals(
  problemsOfChildren: ReadonlyArray<readonly MsixProblem[]>,
): MsixElementTotal[] {
  const totals = new Map<number, MsixElementTotal>();
  for (const problems of problemsOfChildren) {
    const seen = new Set<number>();
    for (const { element, elementName } of problems) {
      const total = totals.get(element) ?? { element, elementName, problems: 0, children: 0 };
      total.problems += 1;
      if (!seen.has(element)) total.children += 1;
      seen.add(element);
      totals.set(element, total);
    }
  }
  return [...totals.values()].sort((a, b) => a.element - b.element);
}
