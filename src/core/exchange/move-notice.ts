/**
 * MSIX move notices (docs/rules/msix.md X10): the file of notices a receiving state reads, one
 * family's notice as one recruiter task, the due date of the answer, the outcomes a recruiter
 * records and the file of answers that goes back. Ciclo's own CSV layout until MSIX's is
 * confirmed.
 */
import { isCalendarDate, type CalendarDate } from '../common/calendar-date';
import { InputProblems, readCsvRecords, type CsvRecord } from '../common/csv-table';
import { DomainError, type FieldProblem } from '../common/domain-error';
import { msixDeadline, type MsixDeadlineStatus, type WorkingCalendar } from './msix-deadlines';
import { FEDERAL_MSIX_SETTINGS, type MsixSettings } from './msix-settings';

/** X10.1: the columns of the notice file, as its header names them (case does not matter). */
export const MOVE_NOTICE_COLUMNS = {
  noticeId: 'Notice ID',
  noticeDate: 'Notice Date',
  msixId: 'MSIX ID',
  firstName: 'First Name',
  middleName: 'Middle Name',
  lastName1: 'Last Name 1',
  lastName2: 'Last Name 2',
  birthDate: 'Birth Date',
  sex: 'Sex',
  parent1: 'Parent 1 Name',
  parent2: 'Parent 2 Name',
  phone: 'Family Phone',
  address: 'Family Address',
  fromState: 'From State',
  fromCity: 'From City',
  toCity: 'To City',
  toState: 'To State',
  toCounty: 'To County',
  toZip: 'To ZIP',
  expectedArrival: 'Expected Arrival Date',
  senderName: 'Sender Name',
  senderPhone: 'Sender Phone',
  senderEmail: 'Sender Email',
  comments: 'Comments',
} as const;
type NoticeColumn = keyof typeof MOVE_NOTICE_COLUMNS;

const REQUIRED: readonly NoticeColumn[] = [
  'noticeId',
  'noticeDate',
  'msixId',
  'firstName',
  'lastName1',
  'birthDate',
  'fromState',
  'toCity',
  'toState',
];

/** X10.2: what one family's notice says about the family; the same on every row of the notice. */
const FAMILY_COLUMNS: readonly NoticeColumn[] = [
  'noticeDate',
  'parent1',
  'parent2',
  'phone',
  'address',
  'fromState',
  'fromCity',
  'toCity',
  'toState',
  'toCounty',
  'toZip',
  'expectedArrival',
  'senderName',
  'senderPhone',
  'senderEmail',
  'comments',
];

export const MOVE_NOTICE_SEXES = ['Female', 'Male', 'Nonbinary'] as const;
export type MoveNoticeSex = (typeof MOVE_NOTICE_SEXES)[number];

export interface MoveNoticeChild {
  /** X1.3: twelve digits. */
  msixId: string;
  firstName: string;
  middleName: string | null;
  lastName1: string;
  lastName2: string | null;
  birthDate: CalendarDate;
  sex: MoveNoticeSex | null;
}

export interface MoveNoticePlace {
  city: string | null;
  state: string;
  county: string | null;
  zip: string | null;
}

/** X10.2: one family's notice, its children together. */
export interface MoveNotice {
  noticeId: string;
  noticeDate: CalendarDate;
  /** The file's line of the notice's first row. */
  line: number;
  children: MoveNoticeChild[];
  parents: string[];
  phone: string | null;
  address: string | null;
  from: MoveNoticePlace;
  to: MoveNoticePlace & { city: string };
  expectedArrival: CalendarDate | null;
  sender: { name: string | null; phone: string | null; email: string | null };
  comments: string | null;
}

/** A row not read: its line, the column at fault (as the header names it) and why. */
export interface SkippedNoticeRow {
  line: number;
  column: string | null;
  message: string;
}

const MAX_TEXT = 200;

/** X10.1: `YYYYMMDD` (MSIX's notation, X0.2) or `YYYY-MM-DD`. */
export function readNoticeDate(text: string): CalendarDate | null {
  const value = /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}` : text;
  return isCalendarDate(value) ? value : null;
}

interface RowReading {
  child: MoveNoticeChild;
  notice: Omit<MoveNotice, 'children' | 'line'>;
  family: string;
}

function readRow(
  record: CsvRecord,
  receivingState: string,
): { reading: RowReading } | { problem: SkippedNoticeRow } {
  const text = (column: NoticeColumn) =>
    record.cells.get(MOVE_NOTICE_COLUMNS[column].toLowerCase())?.value ?? '';
  const optional = (column: NoticeColumn) => text(column) || null;
  const fail = (column: NoticeColumn, message: string) => ({
    problem: { line: record.line, column: MOVE_NOTICE_COLUMNS[column], message },
  });
  for (const column of REQUIRED) if (text(column) === '') return fail(column, 'is empty');
  for (const column of Object.keys(MOVE_NOTICE_COLUMNS) as NoticeColumn[])
    if (text(column).length > MAX_TEXT) return fail(column, `must be at most ${MAX_TEXT} characters`);
  if (!/^\d{12}$/.test(text('msixId'))) return fail('msixId', 'must be 12 digits');
  const dates: Partial<Record<NoticeColumn, CalendarDate | null>> = {};
  for (const column of ['noticeDate', 'birthDate', 'expectedArrival'] as const) {
    const value = text(column);
    const date = value === '' ? null : readNoticeDate(value);
    if (value !== '' && date === null)
      return fail(column, `"${value}" is not a date (YYYYMMDD or YYYY-MM-DD)`);
    dates[column] = date;
  }
  for (const column of ['fromState', 'toState'] as const)
    if (!/^[A-Z]{2}$/.test(text(column))) return fail(column, 'must be a two-letter state code such as CA');
  if (text('toState') !== receivingState)
    return fail('toState', `is not this state (${receivingState}): the notice is for another state`);
  const sex = text('sex');
  if (sex !== '' && !(MOVE_NOTICE_SEXES as readonly string[]).includes(sex))
    return fail('sex', `"${sex}" is not one of ${MOVE_NOTICE_SEXES.join(', ')}`);
  if (dates.birthDate! > dates.noticeDate!) return fail('birthDate', 'is after the notice date');
  const family = FAMILY_COLUMNS.map((column) => text(column)).join('\u0000');
  return {
    reading: {
      family,
      child: {
        msixId: text('msixId'),
        firstName: text('firstName'),
        middleName: optional('middleName'),
        lastName1: text('lastName1'),
        lastName2: optional('lastName2'),
        birthDate: dates.birthDate!,
        sex: sex === '' ? null : (sex as MoveNoticeSex),
      },
      notice: {
        noticeId: text('noticeId'),
        noticeDate: dates.noticeDate!,
        parents: [text('parent1'), text('parent2')].filter((name) => name !== ''),
        phone: optional('phone'),
        address: optional('address'),
        from: { city: optional('fromCity'), state: text('fromState'), county: null, zip: null },
        to: {
          city: text('toCity'),
          state: text('toState'),
          county: optional('toCounty'),
          zip: optional('toZip'),
        },
        expectedArrival: dates.expectedArrival ?? null,
        sender: {
          name: optional('senderName'),
          phone: optional('senderPhone'),
          email: optional('senderEmail'),
        },
        comments: optional('comments'),
      },
    },
  };
}

/**
 * X10.1, X10.2: the notices of a file, the rows of one notice id together as one family. A bad
 * row is skipped and named (line, column, why); a row whose family columns differ from its
 * notice's first row, or whose MSIX ID is already among the notice's children, is skipped too.
 * @throws DomainError `invalid_input` when the file itself cannot be read (a required column
 * missing from the header, malformed quoting).
 */
export function readMoveNoticeFile(
  fileName: string,
  text: string,
  receivingState: string,
): { notices: MoveNotice[]; skipped: SkippedNoticeRow[] } {
  const problems = new InputProblems();
  const records = readCsvRecords(
    fileName,
    text,
    {
      required: REQUIRED.map((column) => MOVE_NOTICE_COLUMNS[column].toLowerCase()),
      optional: Object.values(MOVE_NOTICE_COLUMNS).map((name) => name.toLowerCase()),
    },
    problems,
  );
  problems.throwIfAny();
  const notices = new Map<string, { notice: MoveNotice; family: string }>();
  const skipped: SkippedNoticeRow[] = [];
  for (const record of records) {
    const read = readRow(record, receivingState);
    if ('problem' in read) {
      skipped.push(read.problem);
      continue;
    }
    const { reading } = read;
    const known = notices.get(reading.notice.noticeId);
    if (!known) {
      notices.set(reading.notice.noticeId, {
        notice: { ...reading.notice, line: record.line, children: [reading.child] },
        family: reading.family,
      });
      continue;
    }
    if (known.family !== reading.family) {
      const firstValues = known.family.split('\u0000');
      const values = reading.family.split('\u0000');
      const column = FAMILY_COLUMNS[values.findIndex((value, i) => value !== firstValues[i])]!;
      skipped.push({
        line: record.line,
        column: MOVE_NOTICE_COLUMNS[column],
        message: `differs from line ${known.notice.line} of the same notice`,
      });
    } else if (known.notice.children.some((child) => child.msixId === reading.child.msixId))
      skipped.push({
        line: record.line,
        column: MOVE_NOTICE_COLUMNS.msixId,
        message: `is already listed on line ${known.notice.line} of the same notice`,
      });
    else known.notice.children.push(reading.child);
  }
  return { notices: [...notices.values()].map((entry) => entry.notice), skipped };
}

/** X10.3: the child the family's task is named after: the eldest, then the first listed. */
export function taskChild(notice: Pick<MoveNotice, 'children'>): MoveNoticeChild {
  return [...notice.children].sort((a, b) =>
    a.birthDate < b.birthDate ? -1 : a.birthDate > b.birthDate ? 1 : 0,
  )[0]!;
}

/** X10.4: the day the answer to a notice is due (X6.5's move-notification period from the notice's date). */
export function moveNoticeDeadline(
  notice: { noticeDate: CalendarDate; sentOn: CalendarDate | null },
  today: CalendarDate,
  calendar: WorkingCalendar,
  settings: MsixSettings = FEDERAL_MSIX_SETTINGS,
): { dueDate: CalendarDate; status: MsixDeadlineStatus } {
  const { dueDate, status } = msixDeadline(
    { childKey: '', kind: 'move-notice', date: notice.noticeDate, submittedOn: notice.sentOn },
    today,
    calendar,
    settings,
  );
  return { dueDate, status };
}

/** X10.5: what came of looking for the family. */
export const MOVE_NOTICE_OUTCOMES = ['found-interviewed', 'not-found', 'moved-on'] as const;
export type MoveNoticeOutcome = (typeof MOVE_NOTICE_OUTCOMES)[number];

export interface MoveNoticeOutcomeInput {
  outcome: string;
  /** The day the family was found, or the search ended. */
  outcomeOn: string;
  movedToCity?: string | null | undefined;
  movedToState?: string | null | undefined;
}

export interface CheckedOutcome {
  outcome: MoveNoticeOutcome;
  outcomeOn: CalendarDate;
  movedToCity: string | null;
  movedToState: string | null;
}

/**
 * X10.5: an outcome as a person records it: one of the three, on a real day from the notice's
 * date to today; where the family moved on to only with `moved-on`, a two-letter state.
 * @throws DomainError `invalid_input` naming every field at fault.
 */
export function checkMoveNoticeOutcome(
  input: MoveNoticeOutcomeInput,
  noticeDate: CalendarDate,
  today: CalendarDate,
): CheckedOutcome {
  const problems: FieldProblem[] = [];
  const at = (field: string, message: string) => problems.push({ field, message });
  if (!(MOVE_NOTICE_OUTCOMES as readonly string[]).includes(input.outcome))
    at('outcome', `must be one of ${MOVE_NOTICE_OUTCOMES.join(', ')}`);
  if (!isCalendarDate(input.outcomeOn)) at('outcomeOn', 'must be a real date written YYYY-MM-DD');
  else if (input.outcomeOn > today) at('outcomeOn', `cannot be after today (${today})`);
  else if (input.outcomeOn < noticeDate)
    at('outcomeOn', `cannot be before the notice's date (${noticeDate})`);
  const city = input.movedToCity?.trim() || null;
  const state = input.movedToState?.trim().toUpperCase() || null;
  if (input.outcome !== 'moved-on' && (city || state))
    at('movedToCity', 'is only for a family that moved on');
  if (city && city.length > MAX_TEXT) at('movedToCity', `must be at most ${MAX_TEXT} characters`);
  if (state && !/^[A-Z]{2}$/.test(state)) at('movedToState', 'must be a two-letter state code such as CA');
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  return {
    outcome: input.outcome as MoveNoticeOutcome,
    outcomeOn: input.outcomeOn,
    movedToCity: city,
    movedToState: state,
  };
}

/** X10.6: the outcome file's columns. */
export const OUTCOME_FILE_HEADER = [
  'Notice ID',
  'MSIX ID',
  'Outcome',
  'Outcome Date',
  'Moved To City',
  'Moved To State',
  'Responding State',
] as const;

/** X10.6: one answer: a notice's outcome for each of its children. */
export interface MoveNoticeAnswer {
  noticeId: string;
  msixIds: readonly string[];
  outcome: MoveNoticeOutcome;
  outcomeOn: CalendarDate;
  movedToCity: string | null;
  movedToState: string | null;
}

/** X10.6: the rows of the outcome file, one per child of each answer, in notice id then MSIX ID order. */
export function outcomeFileRows(answers: readonly MoveNoticeAnswer[], respondingState: string): string[][] {
  const rows = answers.flatMap((answer) =>
    answer.msixIds.map((msixId) => [
      answer.noticeId,
      msixId,
      answer.outcome,
      answer.outcomeOn.replaceAll('-', ''),
      answer.movedToCity ?? '',
      answer.movedToState ?? '',
      respondingState,
    ]),
  );
  return rows.sort((a, b) => compareRows(a, b));
}

function compareRows(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < 2; i += 1) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/**
 * X10.6: the answers an outcome file holds (to read back what was sent). The file is Ciclo's
 * own, so any problem refuses it.
 * @throws DomainError `invalid_input` naming the line and column.
 */
export function readOutcomeFile(fileName: string, text: string): MoveNoticeAnswer[] {
  const problems = new InputProblems();
  const names = OUTCOME_FILE_HEADER.map((name) => name.toLowerCase());
  const records = readCsvRecords(fileName, text, { required: names, optional: [] }, problems);
  const answers = new Map<string, MoveNoticeAnswer & { msixIds: string[] }>();
  for (const record of records) {
    const cell = (name: (typeof OUTCOME_FILE_HEADER)[number]) => record.cells.get(name.toLowerCase())!;
    const bad = (name: (typeof OUTCOME_FILE_HEADER)[number], message: string) =>
      problems.add({
        file: fileName,
        line: record.line,
        column: cell(name).column,
        columnName: name,
        message,
      });
    const outcome = cell('Outcome').value;
    const outcomeOn = readNoticeDate(cell('Outcome Date').value);
    if (!(MOVE_NOTICE_OUTCOMES as readonly string[]).includes(outcome)) {
      bad('Outcome', `must be one of ${MOVE_NOTICE_OUTCOMES.join(', ')}`);
      continue;
    }
    if (!outcomeOn) {
      bad('Outcome Date', 'is not a date (YYYYMMDD)');
      continue;
    }
    const noticeId = cell('Notice ID').value;
    const answer = answers.get(noticeId) ?? {
      noticeId,
      msixIds: [],
      outcome: outcome as MoveNoticeOutcome,
      outcomeOn,
      movedToCity: cell('Moved To City').value || null,
      movedToState: cell('Moved To State').value || null,
    };
    answer.msixIds.push(cell('MSIX ID').value);
    answers.set(noticeId, answer);
  }
  problems.throwIfAny();
  return [...answers.values()];
}
