/**
 * The CDE's "Local Measures" downloads (one file per local-indicator priority and Dashboard
 * year: `cdscode`, `lea`, `prioritynumber`, the priority's own measures, `performance`, `year`)
 * read into the rows of the contract's local_indicators.csv. Rule CDE5 of
 * docs/rules/differentiated-assistance-format.md. Pure: the caller passes the files' text.
 */
import Papa from 'papaparse';
import { InputProblems } from '../common/csv-table';
import { dashboardYearOf, parseCdeFile, type CdeFile } from './cde-dashboard-files';
import { LOCAL_PRIORITIES, isOneOf, type LocalPriority, type LocalRating } from './da-codes';
import type { LocalIndicatorRow } from './da-input';

export interface CdeLocalMeasuresReport {
  file: string;
  priority: LocalPriority;
  year: number;
  rows: number;
  /** Rows kept: those of LEAs in the Dashboard files read beside. */
  leaRows: number;
}

/** CDE5.1: a Local Measures file, told from its columns (it has no `rtype` or `statuslevel`). */
export function isLocalMeasuresFile(file: CdeFile): boolean {
  const columns = new Set(parseCdeFile({ name: file.name, text: file.text.split('\n', 1)[0] ?? '' }).header);
  return (
    (columns.has('cdscode') || columns.has('cds')) &&
    columns.has('prioritynumber') &&
    columns.has('performance')
  );
}

/** CDE5.2: the performance level as the CDE writes it: "Met", "Not Met", "Not Met for Two or More Years". */
export function localRatingOf(value: string): LocalRating | null {
  const words = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (words === 'met') return 'MET';
  if (words === 'notmet') return 'NOT_MET';
  if (words === 'notmetfortwoormoreyears' || words === 'notmetfor2ormoreyears') return 'NOT_MET_2PLUS';
  return null;
}

/**
 * CDE5: the local_indicators.csv rows of Local Measures files, for the LEAs in `leaIds` (those
 * of the Dashboard files read beside: a statewide file names every LEA in California).
 * @throws DomainError `invalid_input` naming each file and line whose priority, performance or
 * year is not one the layout allows, and an LEA given a priority's rating twice for a year.
 */
export function readCdeLocalMeasures(
  files: readonly CdeFile[],
  leaIds: ReadonlySet<string>,
): { rows: LocalIndicatorRow[]; report: CdeLocalMeasuresReport[] } {
  const problems = new InputProblems();
  const rows: LocalIndicatorRow[] = [];
  const report: CdeLocalMeasuresReport[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const table = parseCdeFile(file);
    const column = (name: string) => table.header.indexOf(name);
    const cds = column('cdscode') === -1 ? column('cds') : column('cdscode');
    const cell = (cells: string[], index: number) => (index === -1 ? '' : (cells[index] ?? '').trim());
    const yearInName = /(20\d{2})/.exec(file.name.replace(/^.*[\\/]/, ''))?.[1];
    const counts = new Map<string, CdeLocalMeasuresReport>();
    for (const { line, cells } of table.rows) {
      const problem = (columnName: string, message: string) =>
        problems.add({ file: file.name, line, column: column(columnName) + 1, columnName, message });
      const priorityText = cell(cells, column('prioritynumber'));
      const performance = cell(cells, column('performance'));
      const yearText = cell(cells, column('year'));
      const priority = Number(priorityText);
      const rating = localRatingOf(performance);
      const year = dashboardYearOf(yearText) ?? (yearText === '' && yearInName ? Number(yearInName) : null);
      if (!isOneOf(LOCAL_PRIORITIES, priority)) {
        problem(
          'prioritynumber',
          `"${priorityText}" is not a local-indicator priority (1, 2, 3, 6, 7, 9 or 10)`,
        );
        continue;
      }
      if (rating === null) {
        problem('performance', `"${performance}" is not Met, Not Met or Not Met for Two or More Years`);
        continue;
      }
      if (year === null) {
        problem('year', `"${yearText}" is not a year, and the file's name gives none`);
        continue;
      }
      const countKey = `${priority} ${year}`;
      const count = counts.get(countKey) ?? { file: file.name, priority, year, rows: 0, leaRows: 0 };
      counts.set(countKey, count);
      count.rows++;
      const leaId = cell(cells, cds);
      if (!leaIds.has(leaId)) continue;
      const key = `${leaId} ${priority} ${year}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problem('cdscode', `${leaId} was rated on priority ${priority} of ${year} already (${earlier})`);
        continue;
      }
      seen.set(key, `${file.name}, line ${line}`);
      count.leaRows++;
      rows.push({ leaId, year, priority, rating });
    }
    report.push(...counts.values());
  }
  problems.throwIfAny();
  return { rows, report };
}

/** CDE5.3: the rows as the contract's local_indicators.csv. */
export function localIndicatorsCsv(rows: readonly LocalIndicatorRow[]): string {
  const csv = Papa.unparse(
    {
      fields: ['lea_id', 'year', 'priority', 'rating'],
      data: rows.map((r) => [r.leaId, String(r.year), String(r.priority), r.rating]),
    },
    { newline: '\n' },
  );
  return `${csv}\n`;
}
