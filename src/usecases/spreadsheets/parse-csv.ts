import Papa from 'papaparse';
import { checkCell, SPREADSHEET_LIMITS, SpreadsheetRefusal } from './spreadsheet-limits';

/**
 * A CSV file's rows of text (UTF-8, a byte-order mark ignored), trailing empty lines left out,
 * within SPREADSHEET_LIMITS.
 * @throws SpreadsheetRefusal naming the file and the line, or the limit.
 */
export function parseCsv(fileName: string, bytes: Buffer): string[][] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, preview: SPREADSHEET_LIMITS.rows + 1 });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) throw new SpreadsheetRefusal(`${fileName}, line ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const rows = parsed.data;
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell.trim() === '')) rows.pop();
  rows.forEach((row, index) => {
    const last = row.findLastIndex((cell) => cell !== '');
    if (last >= 0) checkCell(fileName, index + 1, last + 1, '');
    for (let column = 0; column <= last; column += 1)
      checkCell(fileName, index + 1, column + 1, row[column]!);
  });
  return rows;
}
