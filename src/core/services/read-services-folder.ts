/**
 * A services folder (contract services/FORMAT.md) read into the records the MPO report and
 * the child count are computed from. The folder is refused whole: every problem found is
 * listed, each naming file, line and column, and the first one leads the message. Each file
 * is read in one pass, looking up what it refers to in Maps built from the files before it,
 * so a million attendance rows read in seconds.
 */
import { isCalendarDate, toEpochDay, type CalendarDate } from '../common/calendar-date';
import { DomainError } from '../common/domain-error';
import { InputProblems, readCsvRecords, type CsvRecord } from '../common/csv-table';
import { isSchoolYear } from './assessment-result';
import { gradeCodeOf } from './child-count-groups';
import { isAtLeast } from './mpo-rules';
import { readPlanJson } from './read-plan';
import { isEligibleOn } from './service-eligibility';
import { MAX_SESSION_MINUTES } from './service-form';
import {
  ASSESSED_SUBJECTS,
  SERVICE_TERMS,
  type AssessedSubject,
  type AssessmentResult,
  type AttendanceRecord,
  type EligibilitySpan,
  type ServiceEnrollment,
  type ServiceRecord,
  type ServiceRecords,
  type ServiceStudent,
  type ServiceTerm,
  type TestResult,
} from './service-records';

const COLUMNS = {
  'children.csv': ['student_id', 'birth_date', 'eligible_from', 'eligible_to'],
  'assessments.csv': ['student_id', 'subject', 'school_year', 'level'],
  'services.csv': [
    'service_id',
    'region',
    'name',
    'term',
    'mpos',
    'start_date',
    'end_date',
    'instrument_min',
    'instrument_max',
    'higher_is_better',
  ],
  'enrollments.csv': ['service_id', 'student_id', 'enrolled_on'],
  'attendance.csv': ['service_id', 'student_id', 'date', 'minutes'],
  'tests.csv': ['service_id', 'student_id', 'kind', 'date', 'score'],
} as const;

type CsvFile = keyof typeof COLUMNS;

/** Columns a file may add (S5.4, S5.5): what the child counts break down by. */
const OPTIONAL_COLUMNS: Partial<Record<CsvFile, readonly string[]>> = {
  'children.csv': ['grade', 'english_learner', 'disability'],
};
const PLAN_FILE = 'plan.json';
/** The files a services folder must hold (S4.1). */
export const SERVICES_FOLDER_FILES = [PLAN_FILE, ...(Object.keys(COLUMNS) as CsvFile[])] as const;

/** Longer identifiers than this are a broken file, not an identifier. */
const MAX_ID_LENGTH = 64;
const MAX_NAME_LENGTH = 500;
const MAX_SHOWN_LENGTH = 40;
const DECIMAL = /^-?\d{1,12}(\.\d+)?$/;

/**
 * The cells of one row, read by type. A cell that is not of its type adds a problem naming
 * its line and column, and marks the row broken so it is left out of what follows.
 */
class RowReader {
  broken = false;
  private record: CsvRecord = { line: 0, cells: new Map() };

  constructor(
    private readonly file: CsvFile,
    private readonly problems: InputProblems,
  ) {}

  /** The same reader goes over every row of a file: a million rows make no million readers. */
  moveTo(record: CsvRecord): this {
    this.record = record;
    this.broken = false;
    return this;
  }

  get line(): number {
    return this.record.line;
  }

  refuse(name: string, message: string): void {
    const column = this.record.cells.get(name)?.column;
    this.problems.add({ file: this.file, line: this.record.line, column, columnName: name, message });
    this.broken = true;
  }

  raw(name: string): string {
    return this.record.cells.get(name)?.value ?? '';
  }

  id(name: string): string {
    const value = this.raw(name);
    if (value === '') this.refuse(name, `${name} is required`);
    else if (value.length > MAX_ID_LENGTH)
      this.refuse(name, `${name} is longer than ${MAX_ID_LENGTH} characters`);
    return value;
  }

  date(name: string): CalendarDate {
    const value = this.raw(name);
    if (!isCalendarDate(value)) this.refuse(name, `${quoted(value)} is not a date (YYYY-MM-DD)`);
    return value;
  }

  wholeNumber(name: string, min: number, max: number): number {
    const value = this.raw(name);
    if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
      this.refuse(name, `${quoted(value)} is not a whole number from ${min} to ${max}`);
      return 0;
    }
    return Number(value);
  }

  /** A decimal number; with `maxDecimals`, more decimal places than that are refused. */
  decimal(name: string, maxDecimals?: number): number {
    const value = this.raw(name);
    if (!DECIMAL.test(value)) {
      this.refuse(name, `${quoted(value)} is not a number`);
      return 0;
    }
    const decimals = value.split('.')[1]?.length ?? 0;
    if (maxDecimals !== undefined && decimals > maxDecimals)
      this.refuse(name, `${quoted(value)} has more than ${maxDecimals} decimals`);
    return Number(value);
  }

  /** An optional `Y` or `N` column: true for `Y`, false for `N` or an empty cell. */
  yesNo(name: string): boolean {
    const value = this.raw(name);
    if (value !== '' && value !== 'Y' && value !== 'N') this.refuse(name, `${quoted(value)} must be Y or N`);
    return value === 'Y';
  }

  /** S5.4: an optional grade, as a record writes it; one that names no grade is refused. */
  grade(name: string): string | null {
    const value = this.raw(name).trim();
    if (value === '') return null;
    if (gradeCodeOf(value) === null)
      this.refuse(name, `${quoted(value)} is not a grade (PK, K, TK, 1 to 12, UG, OS)`);
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.raw(name);
    if (!allowed.includes(value as T))
      this.refuse(name, `${quoted(value)} must be one of ${allowed.join(', ')}`);
    return value as T;
  }
}

/** A cell's value as a message shows it: quoted, and cut short when it is long. */
function quoted(value: string): string {
  return value.length > MAX_SHOWN_LENGTH ? `"${value.slice(0, MAX_SHOWN_LENGTH)}…"` : `"${value}"`;
}

const enrollmentKey = (serviceId: string, studentId: string) => `${serviceId}\u0000${studentId}`;

/** An enrollment read, with the days of attendance already read for it (to refuse a day twice). */
interface KnownEnrollment {
  enrollment: ServiceEnrollment;
  /** Epoch day → line: numbers, not strings, as keys of the million-row file's Map. */
  attendanceLines: Map<number, number>;
}

/** What the reader knows while it goes through the files in order. */
interface FolderState {
  problems: InputProblems;
  mpoNumbers: Set<string>;
  students: Map<string, ServiceStudent & { line: number }>;
  /** Ids on rows that were refused: rows referring to them are not refused a second time. */
  brokenStudents: Set<string>;
  services: Map<string, ServiceRecord>;
  brokenServices: Set<string>;
  /** Service id → student id → enrollment. */
  enrollments: Map<string, Map<string, KnownEnrollment>>;
  brokenEnrollments: Set<string>;
  /** Files whose header lacks a column: their rows are not read, nor refused as references. */
  brokenFiles: Set<CsvFile>;
}

/** Lines per piece of a large file: its parsed cells are garbage before the next piece is parsed. */
const PIECE_LINES = 50_000;

/**
 * The pieces of a file's text, each with the header line, and how many lines of the file come
 * before each piece's first data line. A file with quotes is read whole: a quoted value may
 * hold a line break, so only a file without them can be cut at any line end. So is a file
 * whose first line is not its header.
 */
function* piecesOf(text: string): Generator<{ text: string; linesBefore: number }> {
  const headerEnd = text.indexOf('\n') + 1;
  const header = text.slice(0, headerEnd);
  if (header.trim() === '' || text.includes('"') || text.length < PIECE_LINES * 20) {
    yield { text, linesBefore: 0 };
    return;
  }
  let start = headerEnd;
  let linesBefore = 0;
  while (start < text.length) {
    let end = start;
    let lines = 0;
    while (lines < PIECE_LINES && end < text.length) {
      const next = text.indexOf('\n', end);
      end = next < 0 ? text.length : next + 1;
      lines += 1;
    }
    yield { text: header + text.slice(start, end), linesBefore };
    linesBefore += lines;
    start = end;
  }
}

/** The rows of one CSV file; line numbers are the file's own. */
function* rowsOf(
  file: CsvFile,
  files: ReadonlyMap<string, string>,
  state: FolderState,
): Generator<RowReader> {
  const reader = new RowReader(file, state.problems);
  for (const piece of piecesOf((files.get(file) ?? '').replace(/\r\n?/g, '\n'))) {
    const pieceProblems = new InputProblems();
    const known = { required: COLUMNS[file], optional: OPTIONAL_COLUMNS[file] ?? [] };
    const records = readCsvRecords(file, piece.text, known, pieceProblems);
    if (pieceProblems.list.some((problem) => problem.line === 1 && problem.column === undefined))
      state.brokenFiles.add(file);
    for (const problem of pieceProblems.list)
      if (piece.linesBefore === 0 || problem.line > 1)
        state.problems.add({ ...problem, line: problem.line + piece.linesBefore });
    if (state.brokenFiles.has(file)) return;
    for (const record of records)
      yield reader.moveTo({ line: record.line + piece.linesBefore, cells: record.cells });
  }
}

/** S2.1, S4.3, S4.5: spans of eligibility, one birth date per student. */
function readChildren(files: ReadonlyMap<string, string>, state: FolderState): void {
  const spans = new Map<string, number>();
  for (const row of rowsOf('children.csv', files, state)) {
    const studentId = row.id('student_id');
    const birthDate = row.date('birth_date');
    const from = row.date('eligible_from');
    const to = row.date('eligible_to');
    const grade = row.grade('grade');
    // Only what the row records: a folder without these columns reads as it always has.
    const span: EligibilitySpan = {
      from,
      to,
      ...(grade !== null && { grade }),
      ...(row.yesNo('english_learner') && { englishLearner: true }),
      ...(row.yesNo('disability') && { disability: true }),
    };
    if (!row.broken && to < from)
      row.refuse('eligible_to', `eligible_to ${to} is before eligible_from ${from}`);
    const known = state.students.get(studentId);
    if (!row.broken && known && known.birthDate !== birthDate)
      row.refuse(
        'birth_date',
        `birth_date ${birthDate} differs from ${known.birthDate} on line ${known.line}`,
      );
    const key = `${studentId}\u0000${from}\u0000${to}`;
    const earlier = spans.get(key);
    if (!row.broken && earlier !== undefined)
      row.refuse('eligible_from', `this span of student ${studentId} is already on line ${earlier}`);
    if (row.broken) {
      state.brokenStudents.add(studentId);
      continue;
    }
    spans.set(key, row.line);
    if (known) known.spans.push(span);
    else state.students.set(studentId, { studentId, birthDate, spans: [span], line: row.line });
  }
}

/** Refuses a student id the folder's children.csv does not hold; true when it is known. */
function knowsStudent(row: RowReader, studentId: string, state: FolderState): boolean {
  if (state.students.has(studentId)) return true;
  const blameless = state.brokenStudents.has(studentId) || state.brokenFiles.has('children.csv');
  if (!blameless && !row.broken) row.refuse('student_id', `student ${studentId} is not in children.csv`);
  row.broken = true;
  return false;
}

/** S4.2–S4.4: one state assessment result per student, subject and school year. */
function readAssessments(files: ReadonlyMap<string, string>, state: FolderState): AssessmentResult[] {
  const results: AssessmentResult[] = [];
  const seen = new Map<string, number>();
  for (const row of rowsOf('assessments.csv', files, state)) {
    const studentId = row.id('student_id');
    const subject = row.oneOf<AssessedSubject>('subject', ASSESSED_SUBJECTS);
    const schoolYear = row.raw('school_year');
    if (!isSchoolYear(schoolYear))
      row.refuse('school_year', `${quoted(schoolYear)} is not a school year such as 2023-24`);
    const level = row.wholeNumber('level', 1, 4);
    if (!row.broken) knowsStudent(row, studentId, state);
    const key = `${studentId}\u0000${subject}\u0000${schoolYear}`;
    const earlier = seen.get(key);
    if (!row.broken && earlier !== undefined)
      row.refuse(
        'school_year',
        `student ${studentId} already has a ${subject} result for ${schoolYear} on line ${earlier}`,
      );
    if (row.broken) continue;
    seen.set(key, row.line);
    results.push({ studentId, subject, schoolYear, level });
  }
  return results;
}

/** S4.2–S4.5: services, their MPOs (S1.1) and their instrument. */
function readServices(files: ReadonlyMap<string, string>, state: FolderState): void {
  const lines = new Map<string, number>();
  for (const row of rowsOf('services.csv', files, state)) {
    const serviceId = row.id('service_id');
    const region = row.wholeNumber('region', 1, 999_999_999);
    const name = row.raw('name');
    if (name.length > MAX_NAME_LENGTH)
      row.refuse('name', `name is longer than ${MAX_NAME_LENGTH} characters`);
    const term = row.oneOf<ServiceTerm>('term', SERVICE_TERMS);
    const mpos = [
      ...new Set(
        row
          .raw('mpos')
          .split(';')
          .map((number) => number.trim()),
      ),
    ].filter((n) => n !== '');
    const unknown = mpos.find((number) => !state.mpoNumbers.has(number));
    if (unknown !== undefined) row.refuse('mpos', `MPO ${unknown} is not in plan.json`);
    const startDate = row.date('start_date');
    const endDate = row.date('end_date');
    if (!row.broken && endDate < startDate)
      row.refuse('end_date', `end_date ${endDate} is before start_date ${startDate}`);
    const min = row.decimal('instrument_min');
    const max = row.decimal('instrument_max');
    if (!row.broken && isAtLeast(min, max))
      row.refuse('instrument_max', `instrument_max ${max} is not above instrument_min ${min}`);
    const higherIsBetter = row.oneOf('higher_is_better', ['Y', 'N'] as const) === 'Y';
    const earlier = lines.get(serviceId);
    if (!row.broken && earlier !== undefined)
      row.refuse('service_id', `service ${serviceId} is already on line ${earlier}`);
    if (row.broken) {
      state.brokenServices.add(serviceId);
      continue;
    }
    lines.set(serviceId, row.line);
    state.services.set(serviceId, {
      serviceId,
      region,
      name,
      term,
      mpos,
      startDate,
      endDate,
      instrument: { min, max, higherIsBetter },
    });
  }
}

/** The service a row refers to, or undefined (refused unless its own row was refused). */
function serviceOf(row: RowReader, serviceId: string, state: FolderState): ServiceRecord | undefined {
  const service = state.services.get(serviceId);
  if (!service) {
    const blameless = state.brokenServices.has(serviceId) || state.brokenFiles.has('services.csv');
    if (!blameless && !row.broken) row.refuse('service_id', `service ${serviceId} is not in services.csv`);
    row.broken = true;
  }
  return service;
}

function refuseOutsideService(
  row: RowReader,
  column: string,
  date: CalendarDate,
  service: ServiceRecord,
): void {
  if (date < service.startDate || date > service.endDate)
    row.refuse(
      column,
      `${column} ${date} is outside service ${service.serviceId} (${service.startDate} to ${service.endDate})`,
    );
}

/** S4.3, S4.4, S4.6: an enrollment of an eligible student within the service's dates. */
function readEnrollments(files: ReadonlyMap<string, string>, state: FolderState): void {
  const lines = new Map<string, number>();
  for (const row of rowsOf('enrollments.csv', files, state)) {
    const serviceId = row.id('service_id');
    const studentId = row.id('student_id');
    const enrolledOn = row.date('enrolled_on');
    const key = enrollmentKey(serviceId, studentId);
    const service = row.broken ? undefined : serviceOf(row, serviceId, state);
    if (!row.broken) knowsStudent(row, studentId, state);
    const earlier = lines.get(key);
    if (!row.broken && earlier !== undefined)
      row.refuse('student_id', `student ${studentId} is already enrolled in ${serviceId} on line ${earlier}`);
    if (service && !row.broken) refuseOutsideService(row, 'enrolled_on', enrolledOn, service);
    if (!row.broken && !isEligibleOn(state.students.get(studentId)!.spans, enrolledOn))
      row.refuse('enrolled_on', `student ${studentId} is not eligible on ${enrolledOn}`);
    if (row.broken) {
      state.brokenEnrollments.add(key);
      continue;
    }
    lines.set(key, row.line);
    let ofService = state.enrollments.get(serviceId);
    if (!ofService) {
      ofService = new Map();
      state.enrollments.set(serviceId, ofService);
    }
    ofService.set(studentId, {
      enrollment: { serviceId, studentId, enrolledOn },
      attendanceLines: new Map(),
    });
  }
}

/** The enrollment a row of attendance or tests belongs to, or undefined (refused). */
function enrollmentOf(row: RowReader, state: FolderState): KnownEnrollment | undefined {
  const serviceId = row.id('service_id');
  const studentId = row.id('student_id');
  if (row.broken) return undefined;
  const known = state.enrollments.get(serviceId)?.get(studentId);
  if (known) return known;
  const brokenBefore =
    state.brokenEnrollments.has(enrollmentKey(serviceId, studentId)) ||
    state.brokenServices.has(serviceId) ||
    state.brokenFiles.has('enrollments.csv');
  if (!brokenBefore && serviceOf(row, serviceId, state) && knowsStudent(row, studentId, state))
    row.refuse('student_id', `student ${studentId} is not enrolled in ${serviceId}`);
  row.broken = true;
  return undefined;
}

/** S4.3, S4.7: a day of attendance of an enrolled student. */
function readAttendance(files: ReadonlyMap<string, string>, state: FolderState): AttendanceRecord[] {
  const attendance: AttendanceRecord[] = [];
  for (const row of rowsOf('attendance.csv', files, state)) {
    const date = row.date('date');
    const minutes = row.wholeNumber('minutes', 1, MAX_SESSION_MINUTES);
    const known = enrollmentOf(row, state);
    if (!known || row.broken) continue;
    const { enrollment } = known;
    const service = state.services.get(enrollment.serviceId)!;
    refuseOutsideService(row, 'date', date, service);
    if (!row.broken && date < enrollment.enrolledOn)
      row.refuse('date', `date ${date} is before the student was enrolled (${enrollment.enrolledOn})`);
    const day = toEpochDay(date);
    const earlier = known.attendanceLines.get(day);
    if (!row.broken && earlier !== undefined)
      row.refuse(
        'date',
        `attendance of ${enrollment.studentId} in ${enrollment.serviceId} on ${date} is already on line ${earlier}`,
      );
    if (row.broken) continue;
    known.attendanceLines.set(day, row.line);
    attendance.push({ serviceId: enrollment.serviceId, studentId: enrollment.studentId, date, minutes });
  }
  return attendance;
}

/** S4.8: a pre or post test of an enrolled student, within the instrument's range. */
function readTests(files: ReadonlyMap<string, string>, state: FolderState): TestResult[] {
  const tests: TestResult[] = [];
  for (const row of rowsOf('tests.csv', files, state)) {
    const kind = row.oneOf('kind', ['pre', 'post'] as const);
    const date = row.date('date');
    const score = row.decimal('score', 2);
    const enrollment = enrollmentOf(row, state)?.enrollment;
    if (!enrollment || row.broken) continue;
    const service = state.services.get(enrollment.serviceId)!;
    refuseOutsideService(row, 'date', date, service);
    const { min, max } = service.instrument;
    if (!isAtLeast(score, min) || !isAtLeast(max, score))
      row.refuse('score', `score ${row.raw('score')} is outside the instrument's range ${min} to ${max}`);
    if (row.broken) continue;
    tests.push({ serviceId: enrollment.serviceId, studentId: enrollment.studentId, kind, date, score });
  }
  return tests;
}

/**
 * The records of a services folder: file name → UTF-8 text.
 * @throws DomainError `invalid_input` naming file, line and column of each problem (S4)
 */
export function readServicesFolder(files: ReadonlyMap<string, string>): ServiceRecords {
  const missing = SERVICES_FOLDER_FILES.filter((file) => !files.has(file));
  if (missing.length > 0)
    throw new DomainError(
      'invalid_input',
      `the folder has no ${missing.join(', ')}`,
      missing.map((file) => ({ field: file, message: 'the file is missing from the folder' })),
    );
  // plan.json is read first and alone: its refusal names the field's path, and every
  // service's MPOs are checked against it.
  const mpos = readPlanJson(PLAN_FILE, files.get(PLAN_FILE)!);
  const problems = new InputProblems();
  const state: FolderState = {
    problems,
    mpoNumbers: new Set(mpos.map((mpo) => mpo.number)),
    students: new Map(),
    brokenStudents: new Set(),
    services: new Map(),
    brokenServices: new Set(),
    enrollments: new Map(),
    brokenEnrollments: new Set(),
    brokenFiles: new Set(),
  };
  readChildren(files, state);
  const assessments = readAssessments(files, state);
  readServices(files, state);
  readEnrollments(files, state);
  const attendance = readAttendance(files, state);
  const tests = readTests(files, state);
  problems.throwIfAny();
  return {
    mpos,
    students: [...state.students.values()].map(({ studentId, birthDate, spans }) => ({
      studentId,
      birthDate,
      spans,
    })),
    assessments,
    services: [...state.services.values()],
    enrollments: [...state.enrollments.values()].flatMap((ofService) =>
      [...ofService.values()].map((known) => known.enrollment),
    ),
    attendance,
    tests,
  };
}
