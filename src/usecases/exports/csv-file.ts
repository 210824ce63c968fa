import Papa from 'papaparse';

/**
 * A cell a spreadsheet would run as a formula: one that starts with `=`, `+`, `-` or `@`
 * (or a tab or carriage return that hides one), unless it is plainly a number such as
 * `-3` or `+2.5%`. Such cells are written with a leading apostrophe, so a name typed as
 * `=HYPERLINK(…)` reaches the reader as text (OWASP "CSV injection").
 */
const FORMULA_START = /^(?![-+]?\d[\d.,]*%?$)[=+\-@\t\r]/;

/**
 * The text of a CSV file as Excel opens it: a byte-order mark, CRLF lines, formulas escaped
 * (also for the web app, which builds the audit log's export in the page).
 */
export function csvText(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${text}\r\n`;
}

/** A CSV file as Excel opens it: UTF-8 with a byte-order mark, CRLF lines, formulas escaped. */
export function csvFile(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): Buffer {
  return Buffer.from(csvText(header, rows), 'utf8');
}
