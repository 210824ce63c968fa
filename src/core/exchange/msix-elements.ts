/**
 * MSIX's Minimum Data Elements (MDEs) as data: number, name, category, the Ciclo field each
 * comes from, when it is required and its format (docs/rules/msix.md X0, X1–X4). Numbers 1–12,
 * 9 and 44 were read in the MDE lists; the others follow the list's order and are marked
 * `numberConfirmed: false` until someone checks them against the 2019 list.
 */

export type MsixCategory = 'Student Demographic' | 'Qualifying Move & Eligibility' | 'School Enrollment';

export interface MsixCode {
  code: string;
  label: string;
}

/** The code sets the sources define (X0.3). Grade level, MEP project type and the rest: format only. */
export const MSIX_CODE_SETS = {
  stateStudentIdType: [
    { code: '01', label: 'State-assigned unique ID number' },
    { code: '02', label: 'State Migrant Education Program assigned unique ID number' },
  ],
  sex: [
    { code: 'Female', label: 'Female' },
    { code: 'Male', label: 'Male' },
    { code: 'Nonbinary', label: 'Nonbinary (not exclusively male or female)' },
  ],
  enrollmentType: [
    { code: '01', label: 'Basic School Program' },
    { code: '02', label: 'Regular Term MEP-Funded Project' },
    { code: '03', label: 'Summer/Intersession MEP-Funded Project' },
    { code: '04', label: 'Year Round MEP-Funded Project' },
    { code: '05', label: 'Basic School Program and Regular-Term MEP-Funded Project' },
    { code: '06', label: 'Residency Only (none of the above)' },
  ],
  yesNo: [
    { code: 'Yes', label: 'Yes' },
    { code: 'No', label: 'No' },
  ],
} as const satisfies Record<string, readonly MsixCode[]>;

export type MsixCodeSetName = keyof typeof MSIX_CODE_SETS;

/** Enrollment types in a school, which carry the school's and district's identifiers (X4.3). */
export const SCHOOL_ENROLLMENT_TYPES: readonly string[] = ['01', '05'];
/** The enrollment type of a child known only by residence (X4.7). */
export const RESIDENCY_ONLY_ENROLLMENT_TYPE = '06';

export type MsixFormat =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'alphanumeric'; maxLength: number }
  | { kind: 'digits'; length: number }
  | { kind: 'date' }
  | { kind: 'state' }
  | { kind: 'code'; codeSet: MsixCodeSetName }
  | { kind: 'indicator' };

export type MsixRequirement =
  /** Every child's record. */
  | 'always'
  /** Every qualifying move the record carries. */
  | 'each-qualifying-move'
  /** Every enrollment the record carries. */
  | 'each-enrollment'
  /** Enrollments in a school (types 01 and 05). */
  | 'school-enrollment'
  /** Residency-only enrollments (type 06). */
  | 'residency-only-enrollment'
  /** Sent when Ciclo holds it. */
  | 'when-held'
  /** Given by MSIX, never by the state. */
  | 'assigned-by-msix';

export interface MsixElement {
  number: number;
  name: string;
  category: MsixCategory;
  /** Where the value comes from in `MsixChildRecord` (`enrollments[].gradeLevel`), or null when Ciclo does not hold it yet. */
  cicloField: string | null;
  requirement: MsixRequirement;
  format: MsixFormat;
  /** Whether the number was read in a source (false: it follows the list's order). */
  numberConfirmed: boolean;
}

const DEMOGRAPHIC: MsixCategory = 'Student Demographic';
const MOVE: MsixCategory = 'Qualifying Move & Eligibility';
const ENROLLMENT: MsixCategory = 'School Enrollment';

function element(
  number: number,
  name: string,
  category: MsixCategory,
  cicloField: string | null,
  requirement: MsixRequirement,
  format: MsixFormat,
  numberConfirmed = false,
): MsixElement {
  return { number, name, category, cicloField, requirement, format, numberConfirmed };
}

const text = (maxLength?: number): MsixFormat => (maxLength ? { kind: 'text', maxLength } : { kind: 'text' });
const code = (codeSet: MsixCodeSetName): MsixFormat => ({ kind: 'code', codeSet });
const DATE: MsixFormat = { kind: 'date' };
const STATE: MsixFormat = { kind: 'state' };
const INDICATOR: MsixFormat = { kind: 'indicator' };

export const MSIX_ELEMENTS: readonly MsixElement[] = Object.freeze([
  element(
    1,
    'MSIX Identification Number',
    DEMOGRAPHIC,
    'msixId',
    'assigned-by-msix',
    { kind: 'digits', length: 12 },
    true,
  ),
  element(
    2,
    'State Student Identifier',
    DEMOGRAPHIC,
    'stateStudentId',
    'always',
    { kind: 'alphanumeric', maxLength: 15 },
    true,
  ),
  element(
    3,
    'State Student Identifier Type',
    DEMOGRAPHIC,
    'stateStudentIdType',
    'always',
    code('stateStudentIdType'),
    true,
  ),
  element(4, 'First Name', DEMOGRAPHIC, 'firstName', 'always', text(30), true),
  element(5, 'Middle Name', DEMOGRAPHIC, 'middleName', 'when-held', text(30), true),
  element(6, 'Last Name 1', DEMOGRAPHIC, 'lastName1', 'always', text(30), true),
  element(7, 'Last Name 2', DEMOGRAPHIC, 'lastName2', 'when-held', text(30), true),
  element(8, 'Suffix', DEMOGRAPHIC, 'suffix', 'when-held', text(10), true),
  element(9, 'Sex', DEMOGRAPHIC, 'sex', 'always', code('sex'), true),
  element(10, 'Birth Date', DEMOGRAPHIC, 'birthDate', 'always', DATE, true),
  element(11, 'Multiple Birth Flag', DEMOGRAPHIC, 'multipleBirth', 'when-held', INDICATOR, true),
  element(12, 'Birth City', DEMOGRAPHIC, 'birthCity', 'when-held', text(30), true),
  element(13, 'Birth State', DEMOGRAPHIC, 'birthState', 'when-held', STATE),
  element(14, 'Birth Country', DEMOGRAPHIC, 'birthCountry', 'when-held', text(4)),
  element(15, 'Birth Date Verification', DEMOGRAPHIC, 'birthDateVerification', 'when-held', text(4)),
  element(16, 'Male Parent First Name', DEMOGRAPHIC, 'parents.maleFirstName', 'when-held', text(50)),
  element(17, 'Male Parent Last Name', DEMOGRAPHIC, 'parents.maleLastName', 'when-held', text(50)),
  element(18, 'Female Parent First Name', DEMOGRAPHIC, 'parents.femaleFirstName', 'when-held', text(50)),
  element(19, 'Female Parent Last Name', DEMOGRAPHIC, 'parents.femaleLastName', 'when-held', text(50)),
  element(
    20,
    'Qualifying Arrival Date',
    MOVE,
    'qualifyingMoves[].qualifyingArrivalDate',
    'each-qualifying-move',
    DATE,
  ),
  element(
    21,
    'Qualifying Move From City',
    MOVE,
    'qualifyingMoves[].fromCity',
    'each-qualifying-move',
    text(100),
  ),
  element(
    22,
    'Qualifying Move From State',
    MOVE,
    'qualifyingMoves[].fromState',
    'each-qualifying-move',
    STATE,
  ),
  element(
    23,
    'Qualifying Move From Country',
    MOVE,
    'qualifyingMoves[].fromCountry',
    'each-qualifying-move',
    text(4),
  ),
  element(24, 'Qualifying Move To City', MOVE, 'qualifyingMoves[].toCity', 'each-qualifying-move', text(100)),
  element(25, 'Qualifying Move To State', MOVE, 'qualifyingMoves[].toState', 'each-qualifying-move', STATE),
  element(
    26,
    'Eligibility Expiration Date',
    MOVE,
    'qualifyingMoves[].eligibilityExpirationDate',
    'each-qualifying-move',
    DATE,
  ),
  element(27, 'Enrollment Date', ENROLLMENT, 'enrollments[].enrollmentDate', 'each-enrollment', DATE),
  element(
    28,
    'Enrollment Type',
    ENROLLMENT,
    'enrollments[].enrollmentType',
    'each-enrollment',
    code('enrollmentType'),
  ),
  element(
    29,
    'School or Project Name',
    ENROLLMENT,
    'enrollments[].schoolOrProjectName',
    'each-enrollment',
    text(100),
  ),
  element(30, 'MEP Project Type', ENROLLMENT, 'enrollments[].mepProjectType', 'when-held', text(2)),
  element(31, 'School Identification Code', ENROLLMENT, 'enrollments[].schoolId', 'school-enrollment', {
    kind: 'digits',
    length: 12,
  }),
  element(32, 'Facility Name', ENROLLMENT, 'enrollments[].facilityName', 'when-held', text(100)),
  element(33, 'Facility Address 1', ENROLLMENT, null, 'when-held', text(35)),
  element(34, 'Facility Address 2', ENROLLMENT, null, 'when-held', text(35)),
  element(35, 'Facility Address 3', ENROLLMENT, null, 'when-held', text(35)),
  element(36, 'Facility City', ENROLLMENT, 'enrollments[].facilityCity', 'when-held', text(30)),
  element(37, 'School District ID', ENROLLMENT, 'enrollments[].districtId', 'school-enrollment', {
    kind: 'digits',
    length: 7,
  }),
  element(38, 'School District', ENROLLMENT, 'enrollments[].districtName', 'when-held', text(60)),
  element(39, 'Facility State', ENROLLMENT, 'enrollments[].facilityState', 'when-held', STATE),
  element(40, 'Facility Zip', ENROLLMENT, null, 'when-held', text(10)),
  element(41, 'Telephone Number', ENROLLMENT, null, 'when-held', text(10)),
  element(42, 'Grade Level', ENROLLMENT, 'enrollments[].gradeLevel', 'school-enrollment', {
    kind: 'alphanumeric',
    maxLength: 2,
  }),
  element(
    43,
    'English Learner (LEP) Indicator',
    ENROLLMENT,
    'enrollments[].englishLearner',
    'school-enrollment',
    INDICATOR,
  ),
  element(
    44,
    'IEP Indicator (IDEA Indicator since 2023)',
    ENROLLMENT,
    'enrollments[].iep',
    'school-enrollment',
    INDICATOR,
    true,
  ),
  element(45, 'Med Alert Indicator', ENROLLMENT, null, 'when-held', text(10)),
  element(46, 'PFS Flag', ENROLLMENT, 'enrollments[].priorityForServices', 'each-enrollment', INDICATOR),
  element(47, 'Immunization Record Flag', ENROLLMENT, null, 'when-held', INDICATOR),
  element(48, 'Withdrawal Date', ENROLLMENT, 'enrollments[].withdrawalDate', 'when-held', DATE),
  element(49, 'District of Residence', ENROLLMENT, 'enrollments[].districtOfResidence', 'when-held', {
    kind: 'digits',
    length: 7,
  }),
  element(50, 'Residency Date', ENROLLMENT, 'enrollments[].residencyDate', 'residency-only-enrollment', DATE),
  element(
    51,
    'Residency Verification Date',
    ENROLLMENT,
    'enrollments[].residencyVerificationDate',
    'residency-only-enrollment',
    DATE,
  ),
  element(
    52,
    'Designated Graduation School',
    ENROLLMENT,
    'enrollments[].designatedGraduationSchool',
    'when-held',
    text(30),
  ),
  element(53, 'Graduation/HSE Indicator', ENROLLMENT, 'enrollments[].graduation.kind', 'when-held', text(10)),
  element(54, 'Graduation/HSE Date', ENROLLMENT, 'enrollments[].graduation.date', 'when-held', DATE),
  element(55, 'Out of State Transcript Indicator', ENROLLMENT, null, 'when-held', INDICATOR),
  element(56, 'Continuation of Services Reason', ENROLLMENT, null, 'when-held', text(2)),
  element(57, 'Algebra 1 or Equivalent Indicator', ENROLLMENT, null, 'when-held', INDICATOR),
  element(58, 'Enrollment Comment', ENROLLMENT, null, 'when-held', text(1000)),
]);

const BY_NUMBER = new Map(MSIX_ELEMENTS.map((e) => [e.number, e]));

/** The element numbered `number`; throws for a number the list does not hold (a programming error). */
export function msixElement(number: number): MsixElement {
  const found = BY_NUMBER.get(number);
  if (!found) throw new Error(`No MSIX element ${number}`);
  return found;
}

/** Whether `value` is a code of the set (exact, case-sensitive: MSIX's files compare codes as written). */
export function isMsixCode(codeSet: MsixCodeSetName, value: string): boolean {
  return MSIX_CODE_SETS[codeSet].some((entry) => entry.code === value);
}

/** Ciclo's indicator written as MSIX writes it. */
export function msixYesNo(value: boolean): 'Yes' | 'No' {
  return value ? 'Yes' : 'No';
}
