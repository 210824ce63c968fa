/**
 * Attendance and test score files of one service (CSV or the first sheet of an XLSX, read as
 * rows of text): the header names the columns (any order, any case); each value is checked for
 * its type here, and every refusal names the file, line and column.
 */
import { isCalendarDate, type CalendarDate } from '../common/calendar-date';
import type { InputProblems } from '../common/csv-table';

interface SheetCell {
  value: string;
  column: number;
}

/** The rows under the header as cells by (lower-case) column name, with their line numbers. */
function sheetRecords(
  file: string,
  rows: readonly string[][],
  columns: readonly string[],
  problems: InputProblems,
): Array<{ line: number; columns: LineColumns; cell: (name: string) => SheetCell }> {
  const headerIndex = rows.findIndex((row) => row.some((value) => value.trim() !== ''));
  if (headerIndex < 0) {
    problems.add({ file, line: 1, message: 'the header row is missing' });
    return [];
  }
  const header = rows[headerIndex]!.map((value) => value.trim().toLowerCase());
  const positions = new Map<string, number>();
  for (const name of columns) {
    const index = header.indexOf(name);
    if (index < 0)
      problems.add({
        file,
        line: headerIndex + 1,
        message: `required column "${name}" is missing from the header`,
      });
    else positions.set(name, index);
  }
  if (positions.size < columns.length) return [];
  const lineColumns = Object.fromEntries([...positions].map(([name, index]) => [name, index + 1]));
  return rows.flatMap((row, index) => {
    if (index <= headerIndex || row.every((value) => value.trim() === '')) return [];
    const cell = (name: string): SheetCell => {
      const position = positions.get(name)!;
      return { value: (row[position] ?? '').trim(), column: position + 1 };
    };
    return [{ line: index + 1, columns: lineColumns, cell }];
  });
}

/** Where a line's values are: the 1-based column of each column name. */
export type LineColumns = Readonly<Record<string, number>>;

export interface AttendanceLine {
  line: number;
  columns: LineColumns;
  studentId: string;
  date: CalendarDate;
  minutes: number;
}

export interface TestLine {
  line: number;
  columns: LineColumns;
  studentId: string;
  kind: 'pre' | 'post';
  date: CalendarDate;
  score: number;
}

const ATTENDANCE_COLUMNS = ['student_id', 'date', 'minutes'] as const;
const TEST_COLUMNS = ['student_id', 'kind', 'date', 'score'] as const;

const WHOLE_NUMBER = /^\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The attendance lines of a file: `student_id`, `date` (YYYY-MM-DD), `minutes` (a whole number); one line per student and date. */
export function readAttendanceLines(
  file: string,
  rows: readonly string[][],
  problems: InputProblems,
): AttendanceLine[] {
  const lines: AttendanceLine[] = [];
  const seen = new Map<string, number>();
  for (const { line, columns, cell } of sheetRecords(file, rows, ATTENDANCE_COLUMNS, problems)) {
    const at = (name: string, message: string) =>
      problems.add({ file, line, column: cell(name).column, columnName: name, message });
    const studentId = cell('student_id').value;
    const date = cell('date').value;
    const minutes = cell('minutes').value;
    if (studentId === '') at('student_id', 'is empty');
    if (!isCalendarDate(date)) at('date', `"${date}" is not a date (YYYY-MM-DD)`);
    if (!WHOLE_NUMBER.test(minutes)) at('minutes', `"${minutes}" is not a whole number of minutes`);
    if (studentId === '' || !isCalendarDate(date) || !WHOLE_NUMBER.test(minutes)) continue;
    const key = `${studentId}\u0000${date}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) at('date', `student ${studentId} on ${date} is already on line ${earlier}`);
    else seen.set(key, line);
    lines.push({ line, columns, studentId, date, minutes: Number(minutes) });
  }
  return lines;
}

/** The test lines of a file: `student_id`, `kind` (`pre` or `post`), `date`, `score` (a number). */
export function readTestLines(file: string, rows: readonly string[][], problems: InputProblems): TestLine[] {
  const lines: TestLine[] = [];
  for (const { line, columns, cell } of sheetRecords(file, rows, TEST_COLUMNS, problems)) {
    const at = (name: string, message: string) =>
      problems.add({ file, line, column: cell(name).column, columnName: name, message });
    const studentId = cell('student_id').value;
    const kind = cell('kind').value.toLowerCase();
    const date = cell('date').value;
    const score = cell('score').value;
    if (studentId === '') at('student_id', 'is empty');
    if (kind !== 'pre' && kind !== 'post') at('kind', `"${cell('kind').value}" is neither pre nor post`);
    if (!isCalendarDate(date)) at('date', `"${date}" is not a date (YYYY-MM-DD)`);
    if (!DECIMAL.test(score)) at('score', `"${score}" is not a number`);
    if (
      studentId === '' ||
      (kind !== 'pre' && kind !== 'post') ||
      !isCalendarDate(date) ||
      !DECIMAL.test(score)
    )
      continue;
    lines.push({ line, columns, studentId, kind, date, score: Number(score) });
  }
  return lines;
}
