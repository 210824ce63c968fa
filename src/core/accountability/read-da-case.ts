/**
 * The files of a DA case (FORMAT.md "Files in") → a typed request and rows, or a refusal of
 * the whole run naming file, line and column (FORMAT.md "Rejected input"). Pure: the caller
 * reads the files and passes their text.
 */
import { DomainError } from '../common/domain-error';
import {
  CHANGE_LEVELS,
  COLORS,
  INDICATORS,
  LEA_TYPES,
  LOCAL_RATINGS,
  STATUS_LEVELS,
  STUDENT_GROUPS,
  isOneOf,
  type LeaType,
  type LocalPriority,
} from './da-codes';
import type { DaData, DaRequest, IndicatorRow, LeaRow, LeaStatusRow, LocalIndicatorRow } from './da-input';
import { InputProblems, readCsvRecords, type CsvRecord } from '../common/csv-table';
import { DEFAULT_RULE_FAMILY, type RuleSet } from './rule-set';

/** The file names of a case folder. */
export const DA_FILES = {
  request: 'request.json',
  leas: 'leas.csv',
  indicators: 'indicators.csv',
  localIndicators: 'local_indicators.csv',
  leaStatus: 'lea_status.csv',
} as const;

/** The text of each file of a case; the optional files may be absent. */
export interface DaCaseFiles {
  request: string;
  leas: string;
  indicators: string;
  localIndicators?: string;
  leaStatus?: string;
}

/**
 * The request and rows of a case, checked as FORMAT.md "Rejected input" says.
 * @param ruleSets the rule sets the run may use: the requested year must have one.
 * @throws DomainError `invalid_input` naming file, line and column of the first problem, with every problem listed.
 */
export function readDaCase(
  files: DaCaseFiles,
  ruleSets: readonly RuleSet[],
): { request: DaRequest; data: DaData } {
  const problems = new InputProblems();
  const request = readRequest(files.request, ruleSets, problems);
  const leas = readLeas(files.leas, problems);
  const leaIds = new Set(leas.map((lea) => lea.leaId));
  const data: DaData = {
    leas,
    indicators: readIndicators(files.indicators, leaIds, problems),
    localIndicators:
      files.localIndicators === undefined ? [] : readLocalIndicators(files.localIndicators, leaIds, problems),
    leaStatus: files.leaStatus === undefined ? [] : readLeaStatus(files.leaStatus, leaIds, problems),
  };
  problems.throwIfAny();
  if (!request) throw new DomainError('invalid_input', `${DA_FILES.request}: unreadable`);
  return { request, data };
}

// ---- request.json ----

function readRequest(text: string, ruleSets: readonly RuleSet[], problems: InputProblems): DaRequest | null {
  const file = DA_FILES.request;
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : /end of JSON/.test(message) ? source.trimEnd().length : 0;
    const at = lineAndColumn(source, offset);
    problems.add({ file, ...at, message: `not valid JSON (${message})` });
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problems.add({ file, line: 1, column: 1, message: 'must be a JSON object such as {"year": 2019}' });
    return null;
  }
  const record = json as Record<string, unknown>;
  const yearAt = locateKey(source, 'year');
  if (!('year' in record)) {
    problems.add({ file, line: 1, column: 1, columnName: 'year', message: '"year" is required' });
    return null;
  }
  if (typeof record.year !== 'number' || !Number.isInteger(record.year)) {
    problems.add({
      file,
      ...yearAt,
      columnName: 'year',
      message: `${JSON.stringify(record.year)} is not an integer year`,
    });
    return null;
  }
  const year = record.year;
  if (record.rules !== undefined && typeof record.rules !== 'string') {
    problems.add({
      file,
      ...locateKey(source, 'rules'),
      columnName: 'rules',
      message: 'must be a rule-set id such as "CA-2019"',
    });
    return null;
  }
  const rules = record.rules ?? `${DEFAULT_RULE_FAMILY}-${year}`;
  if (!ruleSets.some((set) => set.id === rules)) {
    const known = ruleSets
      .map((set) => set.id)
      .sort()
      .join(', ');
    const where =
      record.rules === undefined
        ? { ...yearAt, columnName: 'year' }
        : { ...locateKey(source, 'rules'), columnName: 'rules' };
    const why =
      record.rules === undefined
        ? `no rule set for ${year} (no Dashboard in 2020 and 2021; rule sets: ${known})`
        : `no rule set ${rules} (rule sets: ${known})`;
    problems.add({ file, ...where, message: why });
    return null;
  }
  return record.rules === undefined ? { year } : { year, rules };
}

/** Line and column of the value of `"key":` in JSON text (of the text's start if absent). */
function locateKey(text: string, key: string): { line: number; column: number } {
  const match = new RegExp(`"${key}"\\s*:\\s*`).exec(text);
  return lineAndColumn(text, match ? match.index + match[0].length : 0);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

// ---- cells ----

/** Reads the cells of one record, adding a located problem for each bad value. */
class RecordReader {
  constructor(
    private readonly file: string,
    private readonly record: CsvRecord,
    private readonly problems: InputProblems,
  ) {}

  hasProblems = false;

  fail(name: string, message: string): null {
    const cell = this.record.cells.get(name);
    this.problems.add({
      file: this.file,
      line: this.record.line,
      ...(cell ? { column: cell.column } : {}),
      columnName: name,
      message,
    });
    this.hasProblems = true;
    return null;
  }

  text(name: string, required: boolean): string | null {
    const value = this.record.cells.get(name)?.value ?? '';
    if (value !== '') return value;
    return required ? this.fail(name, 'a value is required') : null;
  }

  code<T extends string>(name: string, list: readonly T[], required: boolean): T | null {
    const value = this.text(name, required);
    if (value === null) return null;
    return isOneOf(list, value) ? value : this.fail(name, `"${value}" is not one of ${list.join(', ')}`);
  }

  integer(name: string, required: boolean, what: string): number | null {
    const value = this.text(name, required);
    if (value === null) return null;
    return /^\d+$/.test(value) ? Number(value) : this.fail(name, `"${value}" is not ${what}`);
  }

  leaId(leaIds: ReadonlySet<string>): string | null {
    const value = this.text('lea_id', true);
    if (value === null) return null;
    return leaIds.has(value) ? value : this.fail('lea_id', `"${value}" is not in ${DA_FILES.leas}`);
  }

  /** Refuses the record when `key` was already seen (FORMAT.md: the same key twice). */
  unique(seen: Map<string, number>, key: string, columns: string): void {
    const earlier = seen.get(key);
    if (earlier !== undefined)
      this.fail('lea_id', `duplicate of line ${earlier}: the same (${columns}) appears twice`);
    else seen.set(key, this.record.line);
  }

  get line(): number {
    return this.record.line;
  }
}

// ---- leas.csv ----

function readLeas(text: string, problems: InputProblems): LeaRow[] {
  const leas = new Map<string, LeaRow>();
  for (const record of readCsvRecords(
    DA_FILES.leas,
    text,
    { required: ['lea_id', 'lea_type'], optional: ['lea_name'] },
    problems,
  )) {
    const cells = new RecordReader(DA_FILES.leas, record, problems);
    const leaId = cells.text('lea_id', true);
    const leaName = cells.text('lea_name', false);
    const leaType = cells.code<LeaType>('lea_type', LEA_TYPES, true);
    if (leaId === null || leaType === null) continue;
    const earlier = leas.get(leaId);
    if (!earlier) leas.set(leaId, { leaId, leaName, leaType, line: record.line });
    else if (earlier.leaType !== leaType)
      cells.fail(
        'lea_type',
        `"${leaType}" differs from "${earlier.leaType}" on line ${earlier.line} for lea_id ${leaId}`,
      );
  }
  return [...leas.values()];
}

// ---- indicators.csv ----

function readIndicators(text: string, leaIds: ReadonlySet<string>, problems: InputProblems): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const seen = new Map<string, number>();
  const columns = {
    required: ['lea_id', 'year', 'student_group', 'indicator'],
    optional: ['color', 'status_level', 'change_level', 'n'],
  };
  for (const record of readCsvRecords(DA_FILES.indicators, text, columns, problems)) {
    const cells = new RecordReader(DA_FILES.indicators, record, problems);
    const leaId = cells.leaId(leaIds);
    const year = cells.integer('year', true, 'an integer year');
    const group = cells.code('student_group', STUDENT_GROUPS, true);
    const indicator = cells.code('indicator', INDICATORS, true);
    const color = cells.code('color', COLORS, false);
    const statusLevel = cells.code('status_level', STATUS_LEVELS, false);
    const changeLevel = cells.code('change_level', CHANGE_LEVELS, false);
    const n = cells.integer('n', false, 'an integer ≥ 0');
    if (leaId === null || year === null || group === null || indicator === null) continue;
    cells.unique(
      seen,
      JSON.stringify([leaId, year, group, indicator]),
      'lea_id, year, student_group, indicator',
    );
    if (!cells.hasProblems)
      rows.push({ leaId, year, group, indicator, color, statusLevel, changeLevel, n, line: cells.line });
  }
  return rows;
}

// ---- local_indicators.csv ----

const PRIORITY_CODES = ['1', '2', '3', '6', '7', '9', '10'] as const;

function readLocalIndicators(
  text: string,
  leaIds: ReadonlySet<string>,
  problems: InputProblems,
): LocalIndicatorRow[] {
  const rows: LocalIndicatorRow[] = [];
  const seen = new Map<string, number>();
  for (const record of readCsvRecords(
    DA_FILES.localIndicators,
    text,
    { required: ['lea_id', 'year', 'priority', 'rating'], optional: [] },
    problems,
  )) {
    const cells = new RecordReader(DA_FILES.localIndicators, record, problems);
    const leaId = cells.leaId(leaIds);
    const year = cells.integer('year', true, 'an integer year');
    const priority = cells.code('priority', PRIORITY_CODES, true);
    const rating = cells.code('rating', LOCAL_RATINGS, true);
    if (leaId === null || year === null || priority === null || rating === null) continue;
    cells.unique(seen, JSON.stringify([leaId, year, priority]), 'lea_id, year, priority');
    if (!cells.hasProblems)
      rows.push({ leaId, year, priority: Number(priority) as LocalPriority, rating, line: cells.line });
  }
  return rows;
}

// ---- lea_status.csv ----

function readLeaStatus(text: string, leaIds: ReadonlySet<string>, problems: InputProblems): LeaStatusRow[] {
  const rows: LeaStatusRow[] = [];
  const seen = new Map<string, number>();
  for (const record of readCsvRecords(
    DA_FILES.leaStatus,
    text,
    { required: ['lea_id', 'year', 'calpads_late'], optional: [] },
    problems,
  )) {
    const cells = new RecordReader(DA_FILES.leaStatus, record, problems);
    const leaId = cells.leaId(leaIds);
    const year = cells.integer('year', true, 'an integer year');
    const late = cells.code('calpads_late', ['Y', 'N'] as const, true);
    if (leaId === null || year === null || late === null) continue;
    // Not in FORMAT.md's list, but two flags for one LEA and year cannot both hold.
    cells.unique(seen, JSON.stringify([leaId, year]), 'lea_id, year');
    if (!cells.hasProblems) rows.push({ leaId, year, calpadsLate: late === 'Y', line: cells.line });
  }
  return rows;
}
