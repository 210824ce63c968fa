import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError } from '../../core/common/domain-error';
import { DA_FILES, type DaCaseFiles } from '../../core/accountability';

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
 * Uploaded files → the text of each contract file. CSV and request.json come as text; an
 * .xlsx comes as base64 and gives one CSV per worksheet named like a contract file (or, with
 * a single sheet, the file its own name says), so line numbers stay the sheet's row numbers.
 * @throws DomainError naming the file when a name is unknown or a workbook cannot be read.
 */
export async function caseFilesOf(
  uploaded: Readonly<Record<string, string>>,
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
  for (const [name, content] of Object.entries(uploaded)) {
    const lower = name.toLowerCase();
    const stem = lower.replace(/\.(csv|xlsx|json)$/, '');
    if (lower === DA_FILES.request) put('request', name, content);
    else if (lower.endsWith('.csv') && CSV_STEMS[stem]) put(CSV_STEMS[stem], name, content);
    else if (lower.endsWith('.xlsx'))
      for (const [key, text] of await workbookFiles(name, content, CSV_STEMS[stem])) put(key, name, text);
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
  base64: string,
  singleSheetKey: keyof DaCaseFiles | undefined,
): Promise<Array<[keyof DaCaseFiles, string]>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw DomainError.invalidField(name, 'is not a readable .xlsx workbook (send it base64-encoded)');
  }
  const sheets = workbook.worksheets;
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
function sheetAsCsv(sheet: ExcelJS.Worksheet): string {
  const rows: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => row.getCell(c + 1).text.trim()));
  }
  return Papa.unparse(rows, { newline: '\n' });
}
