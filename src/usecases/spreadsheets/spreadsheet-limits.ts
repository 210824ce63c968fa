/** What an uploaded spreadsheet may hold; beyond it, the file is refused with a 400 naming the limit. */
export const SPREADSHEET_LIMITS = {
  /** Rows of a sheet or lines of a CSV, the header included. */
  rows: 200_000,
  columns: 100,
  /** Characters in one cell. */
  cellCharacters: 10_000,
  /** Bytes the parts of an XLSX that are read may inflate to, together. */
  inflatedBytes: 100 * 1024 * 1024,
} as const;

/** Bytes of one uploaded file, and files in one upload. */
export const UPLOAD_LIMITS = { fileBytes: 25 * 1024 * 1024, files: 8 } as const;

/** A sheet as rows of text, each row without its trailing empty cells. */
export interface SheetRows {
  name: string;
  rows: string[][];
}

/** A spreadsheet refused: the message names the file and the limit or the problem. */
export class SpreadsheetRefusal extends Error {}

/** A column number (1-based) as its letters: 27 → AA. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Throws when a row or a cell goes beyond the limits. `row` and `column` are 1-based. */
export function checkCell(fileName: string, row: number, column: number, text: string): void {
  if (row > SPREADSHEET_LIMITS.rows)
    throw new SpreadsheetRefusal(
      `${fileName} has more than ${SPREADSHEET_LIMITS.rows.toLocaleString('en-US')} rows, the limit`,
    );
  if (column > SPREADSHEET_LIMITS.columns)
    throw new SpreadsheetRefusal(
      `${fileName} has a cell in column ${columnLetters(column)} (row ${row}): more than ${SPREADSHEET_LIMITS.columns} columns, the limit`,
    );
  if (text.includes('\u0000'))
    throw new SpreadsheetRefusal(
      `${fileName}, cell ${columnLetters(column)}${row}: contains a NUL character, which cannot be stored`,
    );
  if (text.length > SPREADSHEET_LIMITS.cellCharacters)
    throw new SpreadsheetRefusal(
      `${fileName}, cell ${columnLetters(column)}${row}: more than ${SPREADSHEET_LIMITS.cellCharacters.toLocaleString('en-US')} characters, the limit`,
    );
}
