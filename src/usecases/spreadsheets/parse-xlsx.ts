import { ZipArchive, ZipError } from './read-zip';
import { checkCell, SPREADSHEET_LIMITS, SpreadsheetRefusal, type SheetRows } from './spreadsheet-limits';

/**
 * The sheets of an XLSX workbook as rows of text (as a CSV would hold them; dates as
 * YYYY-MM-DD), read in one pass over each part's XML, within SPREADSHEET_LIMITS.
 * `which: 'first'` reads only the first sheet.
 * @throws SpreadsheetRefusal naming the file and the limit or the problem.
 */
export function parseXlsx(fileName: string, bytes: Buffer, which: 'first' | 'all'): SheetRows[] {
  try {
    const zip = new ZipArchive(bytes, SPREADSHEET_LIMITS.inflatedBytes);
    const workbookPath = officeDocumentPath(zip);
    const workbookDir = workbookPath.replace(/[^/]*$/, '');
    const workbook = zip.text(workbookPath);
    if (workbook === undefined) throw new SpreadsheetRefusal(`${fileName} is not a readable XLSX file`);
    const rels = relationships(zip.text(relsPathOf(workbookPath)) ?? '', workbookDir);
    const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)].map((match) => {
      const attrs = attributes(match[1] ?? '');
      return { name: attrs.name ?? '', path: rels.byId.get(attrs['r:id'] ?? attrs.id ?? '') ?? '' };
    });
    const wanted = which === 'first' ? sheets.slice(0, 1) : sheets;
    if (wanted.length === 0) throw new SpreadsheetRefusal(`${fileName} has no worksheet`);
    const parts = [...wanted.map((sheet) => sheet.path), rels.sharedStrings ?? '', rels.styles ?? ''];
    if (zip.declaredSizeOf(parts) + zip.declaredSizeOf([workbookPath]) > SPREADSHEET_LIMITS.inflatedBytes)
      throw new ZipError('too-large', 'declared sizes');
    const context: SheetContext = {
      fileName,
      sharedStrings: sharedStrings(rels.sharedStrings ? zip.text(rels.sharedStrings) : undefined),
      dateStyles: dateStyles(rels.styles ? zip.text(rels.styles) : undefined),
      date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook),
    };
    return wanted.map((sheet) => {
      const xml = zip.text(sheet.path);
      if (xml === undefined) throw new SpreadsheetRefusal(`${fileName}: sheet ${sheet.name} is missing`);
      return { name: sheet.name, rows: sheetRows(xml, context) };
    });
  } catch (error) {
    if (error instanceof ZipError)
      throw new SpreadsheetRefusal(
        error.reason === 'too-large'
          ? `${fileName} inflates to more than ${SPREADSHEET_LIMITS.inflatedBytes / 1024 / 1024} MB, the limit`
          : `${fileName} is not a readable XLSX file (${error.message})`,
      );
    throw error;
  }
}

interface SheetContext {
  fileName: string;
  sharedStrings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

function officeDocumentPath(zip: ZipArchive): string {
  const rels = zip.text('_rels/.rels') ?? '';
  for (const match of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = attributes(match[1] ?? '');
    if (attrs.Type?.endsWith('/officeDocument') && attrs.Target) return attrs.Target.replace(/^\//, '');
  }
  return 'xl/workbook.xml';
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function relationships(xml: string, baseDir: string) {
  const byId = new Map<string, string>();
  let sharedStrings: string | undefined;
  let styles: string | undefined;
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = attributes(match[1] ?? '');
    if (!attrs.Id || !attrs.Target) continue;
    const target = attrs.Target.startsWith('/') ? attrs.Target.slice(1) : baseDir + attrs.Target;
    byId.set(attrs.Id, target);
    if (attrs.Type?.endsWith('/sharedStrings')) sharedStrings = target;
    if (attrs.Type?.endsWith('/styles')) styles = target;
  }
  return { byId, sharedStrings, styles };
}

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attrs[match[1]!] = decodeXml(match[2] ?? match[3] ?? '');
  return attrs;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10)) ?? whole;
    return ENTITIES[name] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** The text of the <t> runs of a string item, phonetic runs left out. */
function runsText(xml: string): string {
  const withoutPhonetics = xml.includes('rPh')
    ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '')
    : xml;
  let text = '';
  for (const match of withoutPhonetics.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g))
    text += decodeXml(match[1] ?? '');
  return text;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((match) =>
    runsText(match[1] ?? ''),
  );
}

/** Built-in number formats that show a date. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** The indexes of cell styles (cellXfs) whose number format shows a date. */
function dateStyles(xml: string | undefined): Set<number> {
  const styles = new Set<number>();
  if (!xml) return styles;
  const dateFormats = new Set(DATE_FORMAT_IDS);
  for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const attrs = attributes(match[1] ?? '');
    const code = (attrs.formatCode ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    // minutes (h:mm, mm:ss) are not months
    if (/[yd]/i.test(code) || /m/i.test(code.replace(/[hs]:?m+|m+:?s/gi, '')))
      dateFormats.add(Number(attrs.numFmtId));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  let index = 0;
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    if (dateFormats.has(Number(attributes(match[1] ?? '').numFmtId))) styles.add(index);
    index += 1;
  }
  return styles;
}

/** A column's letters as its number: AA → 27; 0 when there are none. */
function columnNumber(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    if (column > SPREADSHEET_LIMITS.columns * 1000) break;
  }
  return column;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_OFFSET_DAYS = 25_569; // 1970-01-01 as a 1900-system serial
const DAYS_1900_TO_1904 = 1_462;

function serialDate(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? DAYS_1900_TO_1904 : 0) - EPOCH_OFFSET_DAYS;
  const date = new Date(Math.round(days * MS_PER_DAY));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

function cellText(attrs: Record<string, string>, inner: string, context: SheetContext): string {
  const type = attrs.t ?? 'n';
  if (type === 'inlineStr') return runsText(inner);
  const value = decodeXml(/<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?v>/.exec(inner)?.[1] ?? '');
  switch (type) {
    case 's':
      return context.sharedStrings[Number(value)] ?? '';
    case 'str':
      return value;
    case 'b':
      return value === '' ? '' : value === '1' || value === 'true' ? 'true' : 'false';
    case 'e':
      return '';
    case 'd':
      return value.slice(0, 10);
    default: {
      if (value.trim() === '') return '';
      const number = Number(value);
      if (Number.isNaN(number)) return value;
      return context.dateStyles.has(Number(attrs.s ?? 0))
        ? serialDate(number, context.date1904)
        : String(number);
    }
  }
}

/** Every row up to the last one holding text; rows without cells are empty arrays. */
function sheetRows(xml: string, context: SheetContext): string[][] {
  const rows: string[][] = [];
  const dataStart = xml.search(/<(?:\w+:)?sheetData\b/);
  if (dataStart < 0) return rows;
  const rowPattern = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)|<\/(?:\w+:)?sheetData>/g;
  const cellPattern = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  rowPattern.lastIndex = dataStart;
  let rowNumber = 0;
  for (let match = rowPattern.exec(xml); match; match = rowPattern.exec(xml)) {
    if (match[0].startsWith('</')) break;
    const rowAttrs = attributes(match[1] ?? '');
    rowNumber = rowAttrs.r ? Number(rowAttrs.r) : rowNumber + 1;
    if (!Number.isInteger(rowNumber) || rowNumber < 1)
      throw new SpreadsheetRefusal(`${context.fileName} is not a readable XLSX file (a row has no number)`);
    checkCell(context.fileName, rowNumber, 1, '');
    const cells: string[] = [];
    let column = 0;
    for (const cell of (match[2] ?? '').matchAll(cellPattern)) {
      const attrs = attributes(cell[1] ?? '');
      column = attrs.r ? columnNumber(attrs.r) || column + 1 : column + 1;
      const text = cellText(attrs, cell[2] ?? '', context);
      if (text === '') continue;
      checkCell(context.fileName, rowNumber, column, text);
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = text;
    }
    if (cells.length === 0) continue;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  }
  return rows;
}
