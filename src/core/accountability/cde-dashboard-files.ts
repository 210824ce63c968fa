/**
 * The California School Dashboard's downloadable data files, read as the CDE publishes them
 * (one text file per state indicator and Dashboard year, its columns per the CDE's record
 * layout) → the same typed DA input the contract files give (da-input.ts), with a report of
 * what was read and what was left out. Rules CDE1–CDE3 of
 * docs/rules/differentiated-assistance-format.md, "The CDE's downloadable files". Pure: the
 * caller reads the files (and unzips them) and passes their text.
 */
import Papa from 'papaparse';
import { InputProblems } from '../common/csv-table';
import { DomainError } from '../common/domain-error';
import type { CdeLocalMeasuresReport } from './cde-local-measures';
import {
  CHANGE_LEVELS,
  COLORS,
  LEA_TYPES,
  STATUS_LEVELS,
  STUDENT_GROUPS,
  isOneOf,
  type ChangeLevel,
  type Color,
  type Indicator,
  type LeaType,
  type StatusLevel,
  type StudentGroup,
} from './da-codes';
import type { DaCaseFiles } from './read-da-case';
import type { DaData, IndicatorRow, LeaRow } from './da-input';

/** One uploaded CDE file: its name (it may say the indicator) and its text. */
export interface CdeFile {
  name: string;
  text: string;
}

/** CDE1.4: the CDE's student groups that are not DA groups (EL subsets and test takers). */
export const CDE_GROUPS_NOT_IN_DA = ['ELO', 'RFP', 'EO', 'SBA', 'CAA'] as const;

export const CDE_IGNORED_REASONS = [
  'school_row',
  'state_row',
  'not_da_group',
  'unknown_group',
  'unknown_record_type',
  'duplicate',
] as const;
export type CdeIgnoredReason = (typeof CDE_IGNORED_REASONS)[number];

export interface CdeIgnoredRow {
  file: string;
  line: number;
  reason: CdeIgnoredReason;
  /** e.g. the student group code, or the CDS code of the duplicate. */
  detail: string | null;
}

export interface CdeFileReport {
  file: string;
  indicator: Indicator;
  year: number;
  /** How the indicator was told: from the columns alone, or from the file's name among those the columns allow. */
  recognizedBy: 'columns' | 'columns_and_name';
  delimiter: 'tab' | 'pipe' | 'comma';
  rows: number;
  /** Rows kept as LEA results. */
  leaRows: number;
  ignored: number;
}

export interface CdeImportReport {
  files: CdeFileReport[];
  leas: number;
  leasByType: Record<LeaType, number>;
  /** Every DA student group with at least one LEA row, in the contract's order. */
  groups: StudentGroup[];
  years: number[];
  ignoredCount: number;
  ignoredByReason: Record<CdeIgnoredReason, number>;
  /** Rows left out other than school and state rows (counted only), up to CDE_IGNORED_LISTED. */
  ignored: CdeIgnoredRow[];
  /** The Local Measures files read beside (CDE5), one entry per priority and year of each. */
  localMeasures?: CdeLocalMeasuresReport[];
}

const CDE_IGNORED_LISTED = 200;

/** CDE2.2: indicators whose Status level 1 is the bad end ("Very High" rate) and Change level 1 "Increased Significantly". */
const RATE_INDICATORS: readonly Indicator[] = ['CHRONIC', 'SUSP'];

/** CDE1.1: what every layout the reader knows carries (`cdscode` is the 2019 suspension file's name for `cds`). */
const ALWAYS_REQUIRED = ['rtype', 'statuslevel'] as const;
const EXPECTED_COLUMNS =
  'cds, rtype, schoolname, districtname, countyname, charter_flag, coe_flag, dass_flag, studentgroup, currdenom, currstatus, priordenom, priorstatus, change, statuslevel, changelevel, color, box, reportingyear';

/** CDE1.2: the words of a file name that name an indicator, as the CDE names its downloads. */
const NAME_HINTS: Array<[Indicator, RegExp]> = [
  ['ELPI', /elpi/],
  ['ELA', /ela/],
  ['MATH', /math/],
  ['GRAD', /grad/],
  ['CHRONIC', /chronic|chrabs|absent/],
  ['SUSP', /susp/],
  ['CCI', /cci|ccdata|collegecareer|college/],
];

/**
 * CDE1.2: the indicators a header fits, most specific first. The academic files (ELA,
 * mathematics) share one layout, as do graduation and chronic absenteeism in some years: then
 * the file's name decides.
 */
export function indicatorsOfColumns(columns: ReadonlySet<string>): Indicator[] {
  const has = (name: string) => columns.has(name);
  if (has('currprogressed') || has('currmaintainpl4')) return ['ELPI'];
  // Every other indicator file has a studentgroup column; the ELPI files before 2024 do not.
  if (!has('studentgroup') && has('statuslevel')) return ['ELPI'];
  if (has('studentgroup_pct')) return ['CCI'];
  if (has('type') && has('currnumer')) return ['SUSP'];
  if (has('fiveyrnumer')) return ['GRAD'];
  if (has('certifyflag') && has('currnumer')) return ['CHRONIC'];
  if (has('currnumer')) return ['GRAD', 'CHRONIC'];
  if (has('currdenom') && has('currstatus')) return ['ELA', 'MATH'];
  return [];
}

/** CDE1.3: `2024`, `2023-24` or `2023–24` → 2024 (the Dashboard year is the spring the school year ends). */
export function dashboardYearOf(value: string): number | null {
  const text = value.trim();
  const single = /^(\d{4})$/.exec(text);
  if (single) return Number(single[1]);
  const span = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/.exec(text);
  if (!span) return null;
  const start = Number(span[1]);
  return start + 1;
}

/** The delimiter of the header line: tab, then pipe (the CDE's older downloads), then comma. */
function delimiterOf(headerLine: string): { char: string; name: CdeFileReport['delimiter'] } {
  if (headerLine.includes('\t')) return { char: '\t', name: 'tab' };
  if (headerLine.includes('|')) return { char: '|', name: 'pipe' };
  return { char: ',', name: 'comma' };
}

/** CDE2.2: a CDE Status level number (1–5, 0 or empty = none) → the contract's code. */
export function statusLevelOf(indicator: Indicator, value: string): StatusLevel | null | undefined {
  const n = levelNumber(value);
  if (n === undefined || n === null) return n;
  return RATE_INDICATORS.includes(indicator) ? STATUS_LEVELS[5 - n]! : STATUS_LEVELS[n - 1]!;
}

/** CDE2.2: a CDE Change level number → the contract's code. */
export function changeLevelOf(indicator: Indicator, value: string): ChangeLevel | null | undefined {
  const n = levelNumber(value);
  if (n === undefined || n === null) return n;
  return RATE_INDICATORS.includes(indicator) ? CHANGE_LEVELS[5 - n]! : CHANGE_LEVELS[n - 1]!;
}

/** CDE2.3: a CDE color number (1 red … 5 blue; 0 or empty = no color). */
export function colorOf(value: string): Color | null | undefined {
  const n = levelNumber(value);
  if (n === undefined || n === null) return n;
  return COLORS[n - 1]!;
}

/** null: no level; undefined: not a level at all. */
function levelNumber(value: string): number | null | undefined {
  const text = value.trim();
  if (text === '' || text === '0') return null;
  return /^[1-5]$/.test(text) ? Number(text) : undefined;
}

/** CDE1.4: the CDE's student group code → the contract's, or why the row is left out. */
export function studentGroupOf(value: string): StudentGroup | { ignore: 'not_da_group' | 'unknown_group' } {
  const code = value.replace(/\s+/g, '').toUpperCase();
  if (isOneOf(STUDENT_GROUPS, code)) return code;
  if (isOneOf(CDE_GROUPS_NOT_IN_DA, code)) return { ignore: 'not_da_group' };
  return { ignore: 'unknown_group' };
}

/** CDE2.1: who a record is about: an LEA of a type, or a school or state row left out. */
export function leaTypeOfRecord(
  rtype: string,
  charterFlag: string,
  coeFlag: string,
): LeaType | { ignore: 'school_row' | 'state_row' | 'unknown_record_type' } {
  const type = rtype.trim().toUpperCase();
  const charter = charterFlag.trim().toUpperCase() === 'Y';
  if (type === 'X') return { ignore: 'state_row' };
  if (type === 'S') return charter ? 'charter' : { ignore: 'school_row' };
  if (type === 'D' || type === 'L') {
    if (charter) return 'charter';
    return coeFlag.trim().toUpperCase() === 'Y' ? 'coe' : 'district';
  }
  return { ignore: 'unknown_record_type' };
}

/** A CDE file split into its header (trimmed, in lower case) and its non-blank rows with their line numbers. */
export interface ParsedFile {
  name: string;
  header: string[];
  rows: Array<{ line: number; cells: string[] }>;
  delimiter: ReturnType<typeof delimiterOf>;
}

/** A CDE download (a Dashboard or Local Measures file) as a table: split on its header's delimiter, values never quoted. */
export function parseCdeFile(file: CdeFile): ParsedFile {
  const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = delimiterOf(firstLine);
  // The CDE's files do not quote values (a name may hold a quote mark), so quotes are plain text.
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiter.char,
    newline: '\n',
    quoteChar: '\u0000',
  });
  const [header = [], ...rest] = parsed.data;
  const rows = rest
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return { name: file.name, header: header.map((h) => h.trim().toLowerCase()), rows, delimiter };
}

/**
 * The DA input of a set of CDE Dashboard files, and what was read.
 * @throws DomainError `invalid_input` naming each file whose layout is unknown (with the
 * columns expected), whose indicator or year cannot be told, or which repeats another file's
 * indicator and year; and each line with a value that is not one of the layout's codes.
 */
export function readCdeDashboardFiles(files: readonly CdeFile[]): {
  data: DaData;
  report: CdeImportReport;
  /** Where each row of `data.indicators` came from (same order). */
  sources: Array<{ file: string; line: number }>;
} {
  if (files.length === 0) throw DomainError.invalidField('files', 'no Dashboard file was given');
  const problems = new InputProblems();
  const leas = new Map<string, LeaRow>();
  const indicators: IndicatorRow[] = [];
  const sources: Array<{ file: string; line: number }> = [];
  const seen = new Map<string, string>();
  const ignored: CdeIgnoredRow[] = [];
  const ignoredByReason = Object.fromEntries(CDE_IGNORED_REASONS.map((r) => [r, 0])) as Record<
    CdeIgnoredReason,
    number
  >;
  const reports: CdeFileReport[] = [];
  const fileOf = new Map<string, string>();

  for (const file of files) {
    const parsed = parseCdeFile(file);
    const columns = new Set(parsed.header);
    const cdsColumn = columns.has('cds') ? 'cds' : columns.has('cdscode') ? 'cdscode' : null;
    const candidates = indicatorsOfColumns(columns);
    const missing = [...(cdsColumn ? [] : ['cds']), ...ALWAYS_REQUIRED.filter((c) => !columns.has(c))];
    if (missing.length > 0 || candidates.length === 0) {
      problems.add({
        file: file.name,
        line: 1,
        message: `not a layout of the Dashboard's downloadable data files${missing.length > 0 ? ` (missing ${missing.join(', ')})` : ''}: expected the CDE record layout's columns ${EXPECTED_COLUMNS}`,
      });
      continue;
    }
    // CDE1.2: the columns decide; when two indicators share a layout, the file's name does.
    const lowerName = file.name.toLowerCase().replace(/^.*[\\/]/, '');
    const named = NAME_HINTS.filter(
      ([indicator, hint]) => candidates.includes(indicator) && hint.test(lowerName),
    );
    const indicator = candidates.length === 1 ? candidates[0]! : named.length === 1 ? named[0]![0] : null;
    if (!indicator) {
      problems.add({
        file: file.name,
        line: 1,
        message: `the columns fit ${candidates.join(' or ')}: name the file as the CDE does (e.g. ${candidates
          .map((c) => `${c.toLowerCase()}download2024.txt`)
          .join(', ')})`,
      });
      continue;
    }
    if (indicator !== 'ELPI' && !columns.has('studentgroup')) {
      problems.add({ file: file.name, line: 1, message: 'required column "studentgroup" is missing' });
      continue;
    }
    const col = (name: string) => parsed.header.indexOf(name);
    const cell = (cells: string[], name: string) => {
      const index = col(name);
      return index === -1 ? '' : (cells[index] ?? '').trim();
    };

    // CDE1.3: the year is the reportingyear of the rows; without the column, a year in the name.
    let year: number | null = null;
    if (columns.has('reportingyear')) {
      for (const row of parsed.rows) {
        const value = cell(row.cells, 'reportingyear');
        if (value === '') continue;
        const rowYear = dashboardYearOf(value);
        if (rowYear === null) {
          problems.add({
            file: file.name,
            line: row.line,
            columnName: 'reportingyear',
            message: `"${value}" is not a year`,
          });
          break;
        }
        if (year === null) year = rowYear;
        else if (rowYear !== year) {
          problems.add({
            file: file.name,
            line: row.line,
            columnName: 'reportingyear',
            message: `${rowYear} differs from the file's year ${year}: one file holds one Dashboard year`,
          });
          break;
        }
      }
    }
    if (year === null) {
      const inName = /(20\d{2})/.exec(lowerName);
      year = inName ? Number(inName[1]) : null;
    }
    if (year === null) {
      problems.add({
        file: file.name,
        line: 1,
        message: 'the Dashboard year cannot be told: no reportingyear value and no year in the file name',
      });
      continue;
    }
    const key = `${indicator}:${year}`;
    const earlier = fileOf.get(key);
    if (earlier !== undefined) {
      problems.add({
        file: file.name,
        line: 1,
        message: `${indicator} ${year} was already given by ${earlier}`,
      });
      continue;
    }
    fileOf.set(key, file.name);

    const report: CdeFileReport = {
      file: file.name,
      indicator,
      year,
      recognizedBy: candidates.length === 1 ? 'columns' : 'columns_and_name',
      delimiter: parsed.delimiter.name,
      rows: parsed.rows.length,
      leaRows: 0,
      ignored: 0,
    };
    reports.push(report);
    const ignore = (line: number, reason: CdeIgnoredReason, detail: string | null = null) => {
      report.ignored += 1;
      ignoredByReason[reason] += 1;
      if (reason !== 'school_row' && reason !== 'state_row' && ignored.length < CDE_IGNORED_LISTED)
        ignored.push({ file: file.name, line, reason, detail });
    };

    for (const { line, cells } of parsed.rows) {
      const at = (columnName: string, message: string) =>
        problems.add({ file: file.name, line, column: col(columnName) + 1, columnName, message });
      const leaType = leaTypeOfRecord(
        cell(cells, 'rtype'),
        cell(cells, 'charter_flag'),
        cell(cells, 'coe_flag'),
      );
      if (typeof leaType !== 'string') {
        ignore(line, leaType.ignore, leaType.ignore === 'unknown_record_type' ? cell(cells, 'rtype') : null);
        continue;
      }
      const cds = cell(cells, cdsColumn!);
      if (!/^\d{14}$/.test(cds)) {
        at(cdsColumn!, `"${cds}" is not a 14-digit CDS code`);
        continue;
      }
      // CDE1.4: the ELPI files before 2024 have no studentgroup column: every row is English learners.
      const group = columns.has('studentgroup') ? studentGroupOf(cell(cells, 'studentgroup')) : 'EL';
      if (typeof group !== 'string') {
        ignore(line, group.ignore, cell(cells, 'studentgroup'));
        continue;
      }
      const statusLevel = statusLevelOf(indicator, cell(cells, 'statuslevel'));
      const changeLevel = changeLevelOf(indicator, cell(cells, 'changelevel'));
      const color = colorOf(cell(cells, 'color'));
      if (statusLevel === undefined) at('statuslevel', `"${cell(cells, 'statuslevel')}" is not 0–5`);
      if (changeLevel === undefined) at('changelevel', `"${cell(cells, 'changelevel')}" is not 0–5`);
      if (color === undefined) at('color', `"${cell(cells, 'color')}" is not 0–5`);
      if (statusLevel === undefined || changeLevel === undefined || color === undefined) continue;

      const dupKey = `${cds}:${year}:${group}:${indicator}`;
      if (seen.has(dupKey)) {
        ignore(line, 'duplicate', `${cds} ${group} (as line ${seen.get(dupKey)})`);
        continue;
      }
      seen.set(dupKey, String(line));

      const name =
        (leaType === 'charter' && cell(cells, 'rtype').toUpperCase() === 'S'
          ? cell(cells, 'schoolname')
          : cell(cells, 'districtname')) || null;
      const known = leas.get(cds);
      if (!known) leas.set(cds, { leaId: cds, leaName: name, leaType });
      else if (known.leaType !== leaType) {
        at('rtype', `${cds} is a ${leaType} here and a ${known.leaType} in an earlier row or file`);
        continue;
      }
      report.leaRows += 1;
      sources.push({ file: file.name, line });
      indicators.push({
        leaId: cds,
        year,
        group,
        indicator,
        color,
        statusLevel,
        changeLevel,
        n: denominatorOf(cells, cell, group, columns),
        line,
      });
    }
  }
  problems.throwIfAny();

  const leaList = [...leas.values()].sort((a, b) => (a.leaId < b.leaId ? -1 : a.leaId > b.leaId ? 1 : 0));
  const leasByType = Object.fromEntries(LEA_TYPES.map((t) => [t, 0])) as Record<LeaType, number>;
  for (const lea of leaList) leasByType[lea.leaType] += 1;
  const presentGroups = new Set(indicators.map((row) => row.group));
  return {
    data: { leas: leaList, indicators, localIndicators: [], leaStatus: [] },
    sources,
    report: {
      files: reports,
      leas: leaList.length,
      leasByType,
      groups: STUDENT_GROUPS.filter((g) => presentGroups.has(g)),
      years: [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b),
      ignoredCount: Object.values(ignoredByReason).reduce((a, b) => a + b, 0),
      ignoredByReason,
      ignored,
    },
  };
}

/**
 * CDE2.4: the group's denominator. Students with disabilities in the academic files of 2018
 * and 2019 are counted for the minimum by `currdenom_swd` (those with a current disability
 * code) when the file has that column; every other row by `currdenom`. A value that is not a
 * whole number (suppressed, `*`) is no value: the Dashboard already applied the minimum.
 */
function denominatorOf(
  cells: string[],
  cell: (cells: string[], name: string) => string,
  group: StudentGroup,
  columns: ReadonlySet<string>,
): number | null {
  const value =
    group === 'SWD' && columns.has('currdenom_swd') && cell(cells, 'currdenom_swd') !== ''
      ? cell(cells, 'currdenom_swd')
      : cell(cells, 'currdenom');
  return /^\d+$/.test(value) ? Number(value) : null;
}

/**
 * CDE3.1: the contract files (leas.csv, indicators.csv) holding the same rows, so an upload of
 * CDE files is kept, run and exported as any other. Each indicators.csv row names the CDE file
 * and line it came from (columns the contract reader ignores).
 */
export function contractFilesOfCde(
  data: DaData,
  year: number,
  sources: ReadonlyArray<{ file: string; line: number }> = [],
): DaCaseFiles {
  const leas = Papa.unparse(
    {
      fields: ['lea_id', 'lea_name', 'lea_type'],
      data: data.leas.map((l) => [l.leaId, l.leaName ?? '', l.leaType]),
    },
    { newline: '\n' },
  );
  const indicators = Papa.unparse(
    {
      fields: [
        'lea_id',
        'year',
        'student_group',
        'indicator',
        'color',
        'status_level',
        'change_level',
        'n',
        'source_file',
        'source_line',
      ],
      data: data.indicators.map((r, index) => {
        const source = sources[index];
        return [
          r.leaId,
          String(r.year),
          r.group,
          r.indicator,
          r.color ?? '',
          r.statusLevel ?? '',
          r.changeLevel ?? '',
          r.n === null ? '' : String(r.n),
          source?.file ?? '',
          source ? String(source.line) : '',
        ];
      }),
    },
    { newline: '\n' },
  );
  return { request: JSON.stringify({ year }), leas: `${leas}\n`, indicators: `${indicators}\n` };
}
