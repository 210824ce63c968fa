/**
 * CSV text → records with line and column numbers, for input files (the DA contract's "Files
 * in": UTF-8, comma-separated, one header row, column names case-insensitive, order free,
 * empty cell = no value). papaparse does the tokenizing (quotes, embedded newlines); this file
 * keeps track of where each value came from, so a refusal can name file, line and column.
 */
import Papa from 'papaparse';
import { DomainError, type FieldProblem } from './domain-error';

/** One problem in one input file; `line` and `column` are 1-based. */
export interface InputProblem {
  file: string;
  line: number;
  column?: number;
  columnName?: string;
  message: string;
}

/** Where a problem is: `indicators.csv, line 3, column 5 (color)`. */
function describeLocation(problem: Omit<InputProblem, 'message'>): string {
  const column =
    problem.column === undefined
      ? ''
      : `, column ${problem.column}${problem.columnName ? ` (${problem.columnName})` : ''}`;
  return `${problem.file}, line ${problem.line}${column}`;
}

/** Collects problems across files, so one refusal lists all of them (STYLE §5). */
export class InputProblems {
  /** Listing stops here: a wholly wrong file should not print a million lines. */
  static readonly LIMIT = 100;
  readonly list: InputProblem[] = [];
  private dropped = 0;

  add(problem: InputProblem): void {
    if (this.list.length < InputProblems.LIMIT) this.list.push(problem);
    else this.dropped += 1;
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  /** @throws DomainError `invalid_input` whose message names the first problem's file, line and column. */
  throwIfAny(): void {
    const [first] = this.list;
    if (!first) return;
    const others = this.list.length - 1 + this.dropped;
    const more = others > 0 ? ` (and ${others} more problem${others > 1 ? 's' : ''})` : '';
    const problems: FieldProblem[] = this.list.map((p) => ({
      field: describeLocation(p),
      message: p.message,
    }));
    throw new DomainError('invalid_input', `${describeLocation(first)}: ${first.message}${more}`, problems);
  }
}

/** A value of a record with its place in the file. */
export interface CsvCell {
  value: string;
  column: number;
}

/** A data record: its first line and its cells by (lower-case) column name. */
export interface CsvRecord {
  line: number;
  cells: Map<string, CsvCell>;
}

/**
 * The records of `text`. Checks the header (required columns present, no name twice), skips
 * blank lines, and refuses malformed quoting and values beyond the header; values are trimmed.
 * Columns not in `known` are ignored.
 */
export function readCsvRecords(
  file: string,
  text: string,
  known: { required: readonly string[]; optional: readonly string[] },
  problems: InputProblems,
): CsvRecord[] {
  // Line ends are normalised first so a file mixing CRLF and LF still counts its lines right.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: Array<{ line: number; cells: string[] }> = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(normalized, {
    delimiter: ',',
    newline: '\n',
    step: (result) => {
      const cursor = result.meta.cursor;
      const seen = new Set<string>();
      for (const error of result.errors) {
        const at = locateOffset(normalized, error.index ?? start);
        const key = `${at.line}:${at.column}:${error.message}`;
        if (!seen.has(key))
          problems.add({
            file,
            line: at.line,
            column: at.column,
            message: `malformed CSV: ${error.message}`,
          });
        seen.add(key);
      }
      rows.push({ line, cells: result.data });
      line += countNewlines(normalized, start, cursor);
      start = cursor;
    },
  });
  const headerRow = rows.find((row) => !isBlank(row.cells));
  if (!headerRow) {
    problems.add({ file, line: 1, message: 'the header row is missing' });
    return [];
  }
  const columns = new Map<string, number>();
  const wanted = new Set([...known.required, ...known.optional]);
  headerRow.cells.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    if (columns.has(name))
      problems.add({
        file,
        line: headerRow.line,
        column: index + 1,
        columnName: name,
        message: `column "${name}" appears twice in the header`,
      });
    else if (wanted.has(name)) columns.set(name, index);
  });
  for (const name of known.required) {
    if (!columns.has(name))
      problems.add({
        file,
        line: headerRow.line,
        message: `required column "${name}" is missing from the header`,
      });
  }
  const records: CsvRecord[] = [];
  for (const row of rows) {
    if (row === headerRow || row.line < headerRow.line || isBlank(row.cells)) continue;
    for (let index = headerRow.cells.length; index < row.cells.length; index += 1) {
      if ((row.cells[index] ?? '').trim() !== '') {
        problems.add({
          file,
          line: row.line,
          column: index + 1,
          message: `the header has ${headerRow.cells.length} columns; this value has none`,
        });
        break;
      }
    }
    const cells = new Map<string, CsvCell>();
    for (const [name, index] of columns)
      cells.set(name, { value: (row.cells[index] ?? '').trim(), column: index + 1 });
    records.push({ line: row.line, cells });
  }
  return records;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to && i < text.length; i += 1) if (text.charCodeAt(i) === 10) count += 1;
  return count;
}

/** 1-based line and column (by commas, so approximate inside quoted values) of an offset. */
function locateOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = countNewlines(before, 0, before.length) + 1;
  const column = (before.slice(lineStart).match(/,/g)?.length ?? 0) + 1;
  return { line, column };
}
