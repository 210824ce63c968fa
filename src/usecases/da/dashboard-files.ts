import Papa from 'papaparse';
import { DomainError } from '../../core/common/domain-error';
import { DA_FILES, type DaCaseFiles } from '../../core/accountability';
import { workbookSheets } from '../spreadsheets/read-spreadsheet';
import type { SheetRows } from '../spreadsheets/spreadsheet-limits';

/** The contract's files by the stem of their name: `leas` → leas.csv. */
const CSV_STEMS: Record<string, keyof Omit<DaCaseFiles, 'request'>> = {
  leas: 'leas',
  indicators: 'indicators',
  local_indicators: 'localIndicators',
  lea_status: 'leaStatus',
};
const KNOWN_FILES = `${Object.keys(CSV_STEMS)
  .map((s) => `${s}.csv`)
  .join(', ')}, ${DA_FILES.request}, or .xlsx workbooks`;

/**
 * Uploaded files → the text of each contract file. CSV and request.json are UTF-8 text; an
 * .xlsx (read in the spreadsheet worker, within its limits) gives one CSV per worksheet named
 * like a contract file (or, with a single sheet, the file its own name says), so line numbers
 * stay the sheet's row numbers.
 * @throws DomainError naming the file when a name is unknown or a workbook cannot be read.
 */
export async function caseFilesOf(
  uploaded: Readonly<Record<string, Uint8Array>>,
  year: number | undefined,
): Promise<DaCaseFiles> {
  const texts: Partial<Record<keyof DaCaseFiles, string>> = {};
  const put = (key: keyof DaCaseFiles, name: string, text: string) => {
    if (texts[key] !== undefined)
      throw DomainError.invalidField(
        name,
        `${key === 'request' ? DA_FILES.request : `${stemOf(key)}.csv`} was given twice`,
      );
    texts[key] = text;
  };
  for (const [name, bytes] of Object.entries(uploaded)) {
    const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const lower = name.toLowerCase();
    const stem = lower.replace(/\.(csv|xlsx|json)$/, '');
    if (lower === DA_FILES.request) put('request', name, content);
    else if (lower.endsWith('.csv') && CSV_STEMS[stem]) put(CSV_STEMS[stem], name, content);
    else if (lower.endsWith('.xlsx'))
      for (const [key, text] of await workbookFiles(name, bytes, CSV_STEMS[stem])) put(key, name, text);
    else throw DomainError.invalidField(name, `is not a file of the DA contract (${KNOWN_FILES})`);
  }
  if (texts.leas === undefined) throw DomainError.invalidField(DA_FILES.leas, 'required file is missing');
  if (texts.indicators === undefined)
    throw DomainError.invalidField(DA_FILES.indicators, 'required file is missing');
  return {
    request: requestText(texts.request, year),
    leas: texts.leas,
    indicators: texts.indicators,
    ...(texts.localIndicators === undefined ? {} : { localIndicators: texts.localIndicators }),
    ...(texts.leaStatus === undefined ? {} : { leaStatus: texts.leaStatus }),
  };
}

function stemOf(key: keyof DaCaseFiles): string {
  return Object.entries(CSV_STEMS).find(([, k]) => k === key)?.[0] ?? key;
}

/** request.json, or one made from `year`; both given must agree (as the CLI's --year). */
function requestText(request: string | undefined, year: number | undefined): string {
  if (request === undefined) {
    if (year === undefined)
      throw DomainError.invalidField('year', 'is required when request.json is not uploaded');
    return JSON.stringify({ year });
  }
  if (year !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(request.replace(/^\uFEFF/, ''));
    } catch {
      return request; // readDaCase names the line and column of the bad JSON
    }
    const given = (parsed as { year?: unknown } | null)?.year;
    if (typeof given === 'number' && given !== year)
      throw DomainError.invalidField(
        'year',
        `${year} differs from the year of ${DA_FILES.request} (${given})`,
      );
  }
  return request;
}

async function workbookFiles(
  name: string,
  bytes: Uint8Array,
  singleSheetKey: keyof DaCaseFiles | undefined,
): Promise<Array<[keyof DaCaseFiles, string]>> {
  const sheets = await workbookSheets(name, bytes);
  const files: Array<[keyof DaCaseFiles, string]> = [];
  for (const sheet of sheets) {
    const key =
      CSV_STEMS[
        sheet.name
          .trim()
          .toLowerCase()
          .replace(/\.csv$/, '')
      ] ?? (sheets.length === 1 ? singleSheetKey : undefined);
    if (key) files.push([key, sheetAsCsv(sheet)]);
  }
  if (files.length === 0)
    throw DomainError.invalidField(name, `has no worksheet named ${Object.keys(CSV_STEMS).join(', ')}`);
  return files;
}

/** Every row of the sheet as a CSV line (empty rows kept, so line n is sheet row n). */
function sheetAsCsv(sheet: SheetRows): string {
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const rows = sheet.rows.map((row) => Array.from({ length: width }, (_, c) => (row[c] ?? '').trim()));
  return Papa.unparse(rows, { newline: '\n' });
}
