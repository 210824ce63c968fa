/**
 * Reads an Ed-Fi export (the JSON Ciclo writes, or a file written to the same resources) back
 * into its resources, refusing what does not fit with the field at fault (docs/rules/ed-fi.md E4).
 */
import { checkJsonSchema, type JsonSchema } from '../../accountability/json-schema-check';
import { isCalendarDate } from '../../common/calendar-date';
import { DomainError, type FieldProblem } from '../../common/domain-error';
import { SERVICE_TERMS } from '../../services/service-records';
import { EDFI_RESOURCE_KINDS, type EdFiExport, type EdFiResourceKind } from './ed-fi-resources';

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const TEXT = { type: 'string', minLength: 1 } as const;
const ID = { type: 'integer', minimum: 1 } as const;

/** E0.2: `uri://namespace/NameDescriptor#code value`, of the descriptor the field names. */
const descriptor = (name: string): JsonSchema => ({
  type: 'string',
  pattern: `^uri://[A-Za-z0-9$\\-_.+!*'(),]+/${name}#[^#]+$`,
});

const object = (
  properties: Record<string, JsonSchema>,
  required: readonly string[] = Object.keys(properties),
): JsonSchema => ({ type: 'object', properties, required, additionalProperties: false });

const PLACE = object({ city: TEXT, state: { type: 'string', pattern: '^[A-Z]{2}$' }, country: TEXT }, []);

const STUDENT = object(
  {
    studentUniqueId: TEXT,
    firstName: TEXT,
    middleName: TEXT,
    lastSurname: TEXT,
    generationCodeSuffix: TEXT,
    birthDate: DATE,
    birthCity: TEXT,
    birthStateAbbreviationDescriptor: descriptor('StateAbbreviationDescriptor'),
    birthCountryDescriptor: descriptor('CountryDescriptor'),
    birthSexDescriptor: descriptor('SexDescriptor'),
    _ext: object({ ciclo: object({ secondSurname: TEXT, statewideStudentId: TEXT }, []) }),
  },
  ['studentUniqueId', 'firstName', 'lastSurname', 'birthDate'],
);

const EDUCATION_ORGANIZATION = object({ educationOrganizationId: ID });

const PROGRAM = object(
  {
    educationOrganizationReference: EDUCATION_ORGANIZATION,
    programName: TEXT,
    programTypeDescriptor: descriptor('ProgramTypeDescriptor'),
    programId: TEXT,
  },
  ['educationOrganizationReference', 'programName', 'programTypeDescriptor'],
);

const SERVICE = object(
  {
    migrantEducationProgramServiceDescriptor: descriptor('MigrantEducationProgramServiceDescriptor'),
    primaryIndicator: { type: 'boolean' },
    serviceBeginDate: DATE,
    serviceEndDate: DATE,
    _ext: object({
      ciclo: object(
        {
          serviceId: TEXT,
          serviceName: TEXT,
          sessionType: { type: 'string', enum: SERVICE_TERMS },
          enrollmentType: { type: 'string', pattern: '^0[1-6]$' },
          enrollmentReason: TEXT,
          mpos: { type: 'array', items: TEXT },
          attendedMinutes: { type: 'integer', minimum: 0 },
        },
        ['serviceId', 'serviceName', 'sessionType', 'enrollmentType', 'mpos', 'attendedMinutes'],
      ),
    }),
  },
  ['migrantEducationProgramServiceDescriptor'],
);

const ASSOCIATION = object(
  {
    beginDate: DATE,
    educationOrganizationReference: EDUCATION_ORGANIZATION,
    programReference: object({
      educationOrganizationId: ID,
      programName: TEXT,
      programTypeDescriptor: descriptor('ProgramTypeDescriptor'),
    }),
    studentReference: object({ studentUniqueId: TEXT }),
    endDate: DATE,
    priorityForServices: { type: 'boolean' },
    lastQualifyingMove: DATE,
    qualifyingArrivalDate: DATE,
    eligibilityExpirationDate: DATE,
    stateResidencyDate: DATE,
    usInitialEntry: DATE,
    usMostRecentEntry: DATE,
    usInitialSchoolEntry: DATE,
    continuationOfServicesReasonDescriptor: descriptor('ContinuationOfServicesReasonDescriptor'),
    migrantEducationProgramServices: { type: 'array', items: SERVICE },
    _ext: object({
      ciclo: object(
        {
          regionNumber: ID,
          qualifyingMoveFrom: PLACE,
          qualifyingMoveTo: PLACE,
          eligibilityEndReason: TEXT,
          priorityForServicesOn: DATE,
        },
        ['regionNumber', 'priorityForServicesOn'],
      ),
    }),
  },
  [
    'beginDate',
    'educationOrganizationReference',
    'programReference',
    'studentReference',
    'priorityForServices',
    'lastQualifyingMove',
    'migrantEducationProgramServices',
  ],
);

/** E6.1: a school enrollment. */
const SCHOOL_ASSOCIATION = object(
  {
    entryDate: DATE,
    schoolReference: object({ schoolId: ID }),
    studentReference: object({ studentUniqueId: TEXT }),
    entryGradeLevelDescriptor: descriptor('GradeLevelDescriptor'),
    exitWithdrawDate: DATE,
  },
  ['entryDate', 'schoolReference', 'studentReference', 'entryGradeLevelDescriptor'],
);

const RESOURCE_SCHEMAS: Record<EdFiResourceKind, JsonSchema> = {
  students: STUDENT,
  programs: PROGRAM,
  studentMigrantEducationProgramAssociations: ASSOCIATION,
  studentSchoolAssociations: SCHOOL_ASSOCIATION,
};

const EXPORT = object(
  Object.fromEntries(
    EDFI_RESOURCE_KINDS.map((kind) => [kind, { type: 'array', items: RESOURCE_SCHEMAS[kind] }]),
  ),
);

/** Every problem of one resource kind's records (an array of that resource), each naming its field. */
export function edFiResourceProblems(kind: EdFiResourceKind, value: unknown): FieldProblem[] {
  const problems = checkJsonSchema({ type: 'array', items: RESOURCE_SCHEMAS[kind] }, value, kind);
  return problems.length > 0 ? problems : dateProblems(value, kind);
}

/** The export's resources, or an `invalid_input` error naming the first field at fault (E4). */
export function parseEdFiExport(value: unknown): EdFiExport {
  const problems = checkJsonSchema(EXPORT, value);
  if (problems.length === 0) problems.push(...dateProblems(value, ''));
  if (problems.length === 0) problems.push(...referenceProblems(value as EdFiExport));
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new DomainError('invalid_input', `${first.field}: ${first.message}`, problems);
  }
  return value as EdFiExport;
}

/** E4.2: dates are real days, and no period ends before it begins. */
function dateProblems(value: unknown, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const visit = (node: unknown, at: string) => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${at}[${i}]`));
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      for (const [key, item] of Object.entries(record)) {
        const field = at ? `${at}.${key}` : key;
        if (typeof item === 'string' && DATE_FIELDS.has(key) && !isCalendarDate(item))
          problems.push({ field, message: 'is not a real day' });
        else visit(item, field);
      }
      for (const [begin, end] of PERIODS) {
        const from = record[begin];
        const to = record[end];
        if (typeof from === 'string' && typeof to === 'string' && to < from)
          problems.push({ field: at ? `${at}.${end}` : end, message: `is before ${begin}` });
      }
    }
  };
  visit(value, path);
  return problems;
}

const DATE_FIELDS = new Set([
  'birthDate',
  'beginDate',
  'endDate',
  'lastQualifyingMove',
  'qualifyingArrivalDate',
  'eligibilityExpirationDate',
  'stateResidencyDate',
  'usInitialEntry',
  'usMostRecentEntry',
  'usInitialSchoolEntry',
  'serviceBeginDate',
  'serviceEndDate',
  'priorityForServicesOn',
  'entryDate',
  'exitWithdrawDate',
]);

const PERIODS = [
  ['beginDate', 'endDate'],
  ['serviceBeginDate', 'serviceEndDate'],
  ['entryDate', 'exitWithdrawDate'],
] as const;

/** E4.3, E6.4: each association names a student (and the program) of the same export. */
function referenceProblems(document: EdFiExport): FieldProblem[] {
  const students = new Set(document.students.map((s) => s.studentUniqueId));
  const programs = new Set(
    document.programs.map(
      (p) => `${p.educationOrganizationReference.educationOrganizationId}|${p.programName}`,
    ),
  );
  const problems: FieldProblem[] = [];
  document.studentMigrantEducationProgramAssociations.forEach((association, index) => {
    const at = `studentMigrantEducationProgramAssociations[${index}]`;
    if (!students.has(association.studentReference.studentUniqueId))
      problems.push({
        field: `${at}.studentReference.studentUniqueId`,
        message: 'names no student of the export',
      });
    const program = association.programReference;
    if (!programs.has(`${program.educationOrganizationId}|${program.programName}`))
      problems.push({ field: `${at}.programReference`, message: 'names no program of the export' });
  });
  document.studentSchoolAssociations.forEach((association, index) => {
    if (!students.has(association.studentReference.studentUniqueId))
      problems.push({
        field: `studentSchoolAssociations[${index}].studentReference.studentUniqueId`,
        message: 'names no student of the export',
      });
  });
  return problems;
}

/** The export as the JSON Ciclo writes: two-space indents, keys in the resources' order. */
export function edFiJson(document: EdFiExport): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
