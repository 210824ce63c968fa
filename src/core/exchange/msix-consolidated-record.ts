/**
 * The consolidated records of children from other states, as MSIX gives them and Ciclo reads
 * them (docs/rules/msix.md X11): the file's layout, its reading (a bad file refused naming the
 * path of its first problems), the summary a child's page shows per state, and which of
 * Ciclo's children a record most likely belongs to. Pure: the file's text, the candidates and
 * the day come from the caller.
 */
import { checkJsonSchema, type JsonSchema } from '../accountability/json-schema-check';
import { compareDates, isCalendarDate, type CalendarDate } from '../common/calendar-date';
import { DomainError, type FieldProblem } from '../common/domain-error';
import { likelyMatches, type MatchReason, type NameAndBirthDate } from '../children/likely-matches';

/** X11.1: the layout's name and version, the file's first field. */
export const CONSOLIDATED_RECORD_LAYOUT = 'ciclo-msix-consolidated-record/1';

export interface ConsolidatedStudent {
  firstName: string;
  middleName?: string;
  lastName1: string;
  lastName2?: string;
  sex?: string;
  birthDate: CalendarDate;
  birthCity?: string;
  birthState?: string;
  birthCountry?: string;
}

export interface ConsolidatedMove {
  qualifyingArrivalDate: CalendarDate;
  fromCity?: string;
  fromState?: string;
  fromCountry?: string;
  toCity?: string;
  toState: string;
  eligibilityExpirationDate?: CalendarDate;
}

export interface ConsolidatedEnrollment {
  enrollmentDate: CalendarDate;
  enrollmentType?: string;
  schoolOrProjectName: string;
  schoolId?: string;
  districtName?: string;
  districtId?: string;
  gradeLevel?: string;
  withdrawalDate?: CalendarDate;
  withdrawalReason?: string;
}

export interface ConsolidatedCourse {
  courseTitle: string;
  subjectArea?: string;
  gradeLevel?: string;
  schoolYear: string;
  term?: string;
  /** Decimal text, e.g. `0.50` (X11.1). */
  creditsGranted?: string;
  finalGrade?: string;
}

export interface ConsolidatedAssessment {
  assessmentTitle: string;
  contentArea?: string;
  administrationDate: CalendarDate;
  scoreResult?: string;
  /** The level or interpretation the state reported (e.g. "Proficient"). */
  interpretation?: string;
}

/** What one sending state holds of the child. */
export interface ConsolidatedStateHistory {
  /** Two-letter postal code of the sending state. */
  state: string;
  stateStudentId?: string;
  qualifyingMoves: ConsolidatedMove[];
  enrollments: ConsolidatedEnrollment[];
  courses: ConsolidatedCourse[];
  assessments: ConsolidatedAssessment[];
}

export interface ConsolidatedRecord {
  /** The MSIX Identification Number: 12 digits (X1.3). */
  msixId: string;
  student: ConsolidatedStudent;
  states: ConsolidatedStateHistory[];
}

export interface ConsolidatedRecordFile {
  layout: typeof CONSOLIDATED_RECORD_LAYOUT;
  /** The day MSIX produced the file, when it says. */
  producedOn?: CalendarDate;
  records: ConsolidatedRecord[];
}

const TEXT: JsonSchema = { type: 'string', minLength: 1 };
const DATE: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const STATE: JsonSchema = { type: 'string', pattern: '^[A-Z]{2}$' };
const object = (properties: Record<string, JsonSchema>, required: readonly string[]): JsonSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

const STUDENT = object(
  {
    firstName: TEXT,
    middleName: TEXT,
    lastName1: TEXT,
    lastName2: TEXT,
    sex: { type: 'string', enum: ['F', 'M', 'X'] },
    birthDate: DATE,
    birthCity: TEXT,
    birthState: STATE,
    birthCountry: TEXT,
  },
  ['firstName', 'lastName1', 'birthDate'],
);
const MOVE = object(
  {
    qualifyingArrivalDate: DATE,
    fromCity: TEXT,
    fromState: STATE,
    fromCountry: TEXT,
    toCity: TEXT,
    toState: STATE,
    eligibilityExpirationDate: DATE,
  },
  ['qualifyingArrivalDate', 'toState'],
);
const ENROLLMENT = object(
  {
    enrollmentDate: DATE,
    enrollmentType: { type: 'string', pattern: '^\\d{2}$' },
    schoolOrProjectName: TEXT,
    schoolId: TEXT,
    districtName: TEXT,
    districtId: TEXT,
    gradeLevel: { type: 'string', pattern: '^[A-Z0-9]{1,2}$' },
    withdrawalDate: DATE,
    withdrawalReason: TEXT,
  },
  ['enrollmentDate', 'schoolOrProjectName'],
);
const COURSE = object(
  {
    courseTitle: TEXT,
    subjectArea: TEXT,
    gradeLevel: { type: 'string', pattern: '^[A-Z0-9]{1,2}$' },
    schoolYear: { type: 'string', pattern: '^\\d{4}-\\d{4}$' },
    term: TEXT,
    creditsGranted: { type: 'string', pattern: '^\\d{1,2}(\\.\\d{1,2})?$' },
    finalGrade: TEXT,
  },
  ['courseTitle', 'schoolYear'],
);
const ASSESSMENT = object(
  {
    assessmentTitle: TEXT,
    contentArea: TEXT,
    administrationDate: DATE,
    scoreResult: TEXT,
    interpretation: TEXT,
  },
  ['assessmentTitle', 'administrationDate'],
);
const STATE_HISTORY = object(
  {
    state: STATE,
    stateStudentId: TEXT,
    qualifyingMoves: list(MOVE),
    enrollments: list(ENROLLMENT),
    courses: list(COURSE),
    assessments: list(ASSESSMENT),
  },
  ['state', 'qualifyingMoves', 'enrollments', 'courses', 'assessments'],
);
const RECORD = object(
  {
    msixId: { type: 'string', pattern: '^\\d{12}$' },
    student: STUDENT,
    states: { type: 'array', items: STATE_HISTORY, minItems: 1 },
  },
  ['msixId', 'student', 'states'],
);
const FILE = object(
  {
    layout: { type: 'string', enum: [CONSOLIDATED_RECORD_LAYOUT] },
    producedOn: DATE,
    records: { type: 'array', items: RECORD, minItems: 1 },
  },
  ['layout', 'records'],
);

/** X11.2: at most this many problems are named in a refusal. */
export const MAX_PROBLEMS_NAMED = 10;

/**
 * X11.2: the records of a file's text, or an `invalid_input` error naming the path of its
 * first problems (`records[1].states[0].enrollments[2].withdrawalDate`).
 */
export function parseConsolidatedRecordFile(text: string): ConsolidatedRecordFile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw DomainError.invalidField('file', 'is not a JSON file');
  }
  return checkConsolidatedRecordFile(value);
}

/** X11.2 on a value already read from JSON. */
export function checkConsolidatedRecordFile(value: unknown): ConsolidatedRecordFile {
  const problems = checkJsonSchema(FILE, value);
  if (problems.length === 0) problems.push(...meaningProblems(value as ConsolidatedRecordFile));
  if (problems.length > 0) {
    const named = problems.slice(0, MAX_PROBLEMS_NAMED);
    throw new DomainError('invalid_input', named.map((p) => `${p.field}: ${p.message}`).join('; '), named);
  }
  return value as ConsolidatedRecordFile;
}

/** X11.2: dates are real days, no period ends before it begins, one MSIX ID per record. */
function meaningProblems(file: ConsolidatedRecordFile): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const day = (at: string, date: string | undefined) => {
    if (date !== undefined && !isCalendarDate(date))
      problems.push({ field: at, message: 'is not a real day' });
  };
  const notBefore = (at: string, later: string | undefined, earlier: string, earlierName: string) => {
    if (later !== undefined && isCalendarDate(later) && isCalendarDate(earlier) && later < earlier)
      problems.push({ field: at, message: `is before ${earlierName}` });
  };
  day('producedOn', file.producedOn);
  const seen = new Map<string, number>();
  file.records.forEach((record, r) => {
    const at = `records[${r}]`;
    const first = seen.get(record.msixId);
    if (first !== undefined)
      problems.push({ field: `${at}.msixId`, message: `repeats the MSIX ID of records[${first}]` });
    else seen.set(record.msixId, r);
    day(`${at}.student.birthDate`, record.student.birthDate);
    const states = new Set<string>();
    record.states.forEach((history, s) => {
      const here = `${at}.states[${s}]`;
      if (states.has(history.state))
        problems.push({ field: `${here}.state`, message: 'names a state listed before in this record' });
      states.add(history.state);
      history.qualifyingMoves.forEach((move, i) => {
        const m = `${here}.qualifyingMoves[${i}]`;
        day(`${m}.qualifyingArrivalDate`, move.qualifyingArrivalDate);
        day(`${m}.eligibilityExpirationDate`, move.eligibilityExpirationDate);
        notBefore(
          `${m}.eligibilityExpirationDate`,
          move.eligibilityExpirationDate,
          move.qualifyingArrivalDate,
          'qualifyingArrivalDate',
        );
        if (move.fromState !== undefined && move.fromCountry !== undefined)
          problems.push({
            field: `${m}.fromCountry`,
            message: 'is given with fromState: a move comes from one',
          });
      });
      history.enrollments.forEach((enrollment, i) => {
        const e = `${here}.enrollments[${i}]`;
        day(`${e}.enrollmentDate`, enrollment.enrollmentDate);
        day(`${e}.withdrawalDate`, enrollment.withdrawalDate);
        notBefore(
          `${e}.withdrawalDate`,
          enrollment.withdrawalDate,
          enrollment.enrollmentDate,
          'enrollmentDate',
        );
      });
      history.assessments.forEach((assessment, i) =>
        day(`${here}.assessments[${i}].administrationDate`, assessment.administrationDate),
      );
    });
  });
  return problems;
}

/** Keys in the layout's order, as the schema lists them (so a file is written one way only). */
function canonical(schema: JsonSchema, value: unknown): unknown {
  if (schema.type === 'array') return (value as unknown[]).map((item) => canonical(schema.items, item));
  if (schema.type !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties))
    if (record[key] !== undefined) out[key] = canonical(property, record[key]);
  return out;
}

/** X11.1: the file as Ciclo writes it: the layout's key order, two-space indents, a final newline. */
export function consolidatedRecordFileJson(file: ConsolidatedRecordFile): string {
  return `${JSON.stringify(canonical(FILE, file), null, 2)}\n`;
}

/** One record alone, as it is kept once attached (X11.4). */
export function canonicalConsolidatedRecord(record: ConsolidatedRecord): ConsolidatedRecord {
  return canonical(RECORD, record) as ConsolidatedRecord;
}

/** X11.3: the latest of two optional days (undefined first). */
const latest = (dates: (string | undefined)[]): string =>
  dates.filter((d): d is string => d !== undefined).reduce((a, b) => (b > a ? b : a), '');

const newestFirst =
  <T>(day: (item: T) => string, tie: (item: T) => string) =>
  (a: T, b: T) =>
    compareDates(day(b), day(a)) || tie(a).localeCompare(tie(b));

/**
 * X11.3: what a child's page shows of a record: per sending state, the moves (latest QAD
 * first), the enrollments (latest first), the courses (latest school year first, then term
 * and title) and the assessments (latest first); the states, the one with the latest day first.
 */
export function consolidatedRecordSummary(record: ConsolidatedRecord): ConsolidatedStateHistory[] {
  const states = record.states.map((history) => ({
    ...history,
    qualifyingMoves: [...history.qualifyingMoves].sort(
      newestFirst(
        (m) => m.qualifyingArrivalDate,
        (m) => m.toState,
      ),
    ),
    enrollments: [...history.enrollments].sort(
      newestFirst(
        (e) => e.enrollmentDate,
        (e) => e.schoolOrProjectName,
      ),
    ),
    courses: [...history.courses].sort(
      (a, b) =>
        b.schoolYear.localeCompare(a.schoolYear) ||
        (a.term ?? '').localeCompare(b.term ?? '') ||
        a.courseTitle.localeCompare(b.courseTitle),
    ),
    assessments: [...history.assessments].sort(
      newestFirst(
        (a) => a.administrationDate,
        (a) => a.assessmentTitle,
      ),
    ),
  }));
  const lastDay = (h: ConsolidatedStateHistory) =>
    latest([
      ...h.qualifyingMoves.map((m) => m.qualifyingArrivalDate),
      ...h.enrollments.flatMap((e) => [e.enrollmentDate, e.withdrawalDate]),
      ...h.assessments.map((a) => a.administrationDate),
    ]);
  return states.sort((a, b) => lastDay(b).localeCompare(lastDay(a)) || a.state.localeCompare(b.state));
}

/** X11.4: the sending states of a record, in the summary's order. */
export function sendingStates(record: ConsolidatedRecord): string[] {
  return consolidatedRecordSummary(record).map((h) => h.state);
}

/** A Ciclo child a record may belong to: name, birth date and, once children carry it, the MSIX ID. */
export interface MatchCandidate extends NameAndBirthDate {
  /** Read when the child carries one; absent (or null) otherwise. */
  msixId?: string | null;
}

export interface RecordMatch<T> {
  candidate: T;
  /** 0–100 from the likely-match rules; 100 for the same MSIX ID. */
  score: number;
  reasons: (MatchReason | 'same-msix-id')[];
}

export interface RecordMatchProposal<T> {
  matches: RecordMatch<T>[];
  /** X11.5: the one child the record surely belongs to, when there is one. */
  sure: T | null;
}

/** The record's child as the likely-match rules read a name and birth date. */
export function nameAndBirthDateOf(record: ConsolidatedRecord): NameAndBirthDate {
  const { firstName, lastName1, lastName2, birthDate } = record.student;
  return { firstName, lastSurname: lastName1, secondSurname: lastName2 ?? null, birthDate };
}

/**
 * X11.5: which of `candidates` the record likely belongs to, best first. A child carrying the
 * record's MSIX ID comes first whatever their name; a child carrying another MSIX ID is not
 * proposed; the others by name and birth date (docs/rules/children.md's likely matches). The
 * match is sure when exactly one child carries the MSIX ID, or when none does and exactly one
 * child is likely at all, with the same name and birth date (score 100).
 */
export function proposeRecordMatches<T extends MatchCandidate>(
  record: ConsolidatedRecord,
  candidates: readonly T[],
  limit = 10,
): RecordMatchProposal<T> {
  const sameId = candidates.filter((c) => c.msixId === record.msixId);
  const unknownId = candidates.filter((c) => !c.msixId);
  const byName = likelyMatches(nameAndBirthDateOf(record), unknownId, candidates.length).map((m) => ({
    candidate: m.candidate,
    score: m.score,
    reasons: m.reasons as RecordMatch<T>['reasons'],
  }));
  const matches = [
    ...sameId.map((candidate) => ({ candidate, score: 100, reasons: ['same-msix-id' as const] })),
    ...byName,
  ].slice(0, limit);
  const sure =
    sameId.length === 1
      ? sameId[0]!
      : sameId.length === 0 && byName.length === 1 && byName[0]!.score === 100
        ? byName[0]!.candidate
        : null;
  return { matches, sure };
}
