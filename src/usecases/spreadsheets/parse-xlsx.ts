import { SaxesParser } from 'saxes';
import { ZipArchive, ZipError } from './read-zip';
import { checkCell, SPREADSHEET_LIMITS, SpreadsheetRefusal, type SheetRows } from './spreadsheet-limits';

/**
 * The sheets of an XLSX workbook as rows of text (as a CSV would hold them; dates as
 * YYYY-MM-DD), read with a streaming XML parser as each part is inflated, within SPREADSHEET_LIMITS.
 * `which: 'first'` reads only the first sheet.
 * @throws SpreadsheetRefusal naming the file and the limit or the problem.
 */
export async function parseXlsx(
  fileName: string,
  bytes: Buffer,
  which: 'first' | 'all',
): Promise<SheetRows[]> {
  let zip: ZipArchive | undefined;
  try {
    zip = await ZipArchive.open(bytes, SPREADSHEET_LIMITS.inflatedBytes);
    const workbookPath = await officeDocumentPath(zip);
    const workbookDir = workbookPath.replace(/[^/]*$/, '');
    const workbook = await workbookOf(zip, workbookPath);
    if (workbook === undefined) throw new SpreadsheetRefusal(`${fileName} is not a readable XLSX file`);
    const rels = await relationships(zip, relsPathOf(workbookPath), workbookDir);
    const sheets = workbook.sheets.map((attrs) => ({
      name: attrs.name ?? '',
      path: rels.byId.get(attrs['r:id'] ?? attrs.id ?? '') ?? '',
    }));
    const wanted = which === 'first' ? sheets.slice(0, 1) : sheets;
    if (wanted.length === 0) throw new SpreadsheetRefusal(`${fileName} has no worksheet`);
    const parts = [...wanted.map((sheet) => sheet.path), rels.sharedStrings ?? '', rels.styles ?? ''];
    if (zip.declaredSizeOf(parts) + zip.declaredSizeOf([workbookPath]) > SPREADSHEET_LIMITS.inflatedBytes)
      throw new ZipError('too-large', 'declared sizes');
    const context: SheetContext = {
      fileName,
      sharedStrings: rels.sharedStrings ? await sharedStrings(zip, rels.sharedStrings) : [],
      dateStyles: rels.styles ? await dateStyles(zip, rels.styles) : new Set(),
      date1904: workbook.date1904,
    };
    const result: SheetRows[] = [];
    for (const sheet of wanted) {
      const rows = await sheetRows(zip, sheet.path, context);
      if (rows === undefined) throw new SpreadsheetRefusal(`${fileName}: sheet ${sheet.name} is missing`);
      result.push({ name: sheet.name, rows });
    }
    return result;
  } catch (error) {
    if (error instanceof ZipError)
      throw new SpreadsheetRefusal(
        error.reason === 'too-large'
          ? `${fileName} inflates to more than ${SPREADSHEET_LIMITS.inflatedBytes / 1024 / 1024} MB, the limit`
          : `${fileName} is not a readable XLSX file (${error.message})`,
      );
    throw error;
  } finally {
    zip?.close();
  }
}

interface SheetContext {
  fileName: string;
  sharedStrings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

/** What an XML part's elements are heard as: names without their namespace prefix. */
interface XmlHandlers {
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/**
 * Streams a part of the archive through a SAX parser as it is inflated; false when the archive
 * has no such part. An error thrown by a handler stops the inflating and is thrown here.
 */
async function readXml(zip: ZipArchive, path: string, handlers: XmlHandlers): Promise<boolean> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.on('error', () => {
    throw new ZipError('unreadable', `${path} is not well-formed XML`);
  });
  const found = await zip.read(path, (chunk) => {
    parser.write(chunk);
  });
  if (found) parser.close();
  return found;
}

async function officeDocumentPath(zip: ZipArchive): Promise<string> {
  let target: string | undefined;
  await readXml(zip, '_rels/.rels', {
    open(name, attrs) {
      if (
        target === undefined &&
        name === 'Relationship' &&
        attrs.Type?.endsWith('/officeDocument') &&
        attrs.Target
      )
        target = attrs.Target.replace(/^\//, '');
    },
  });
  return target ?? 'xl/workbook.xml';
}

/** The attributes of the workbook's <sheet> elements, in order, and its date system. */
async function workbookOf(
  zip: ZipArchive,
  path: string,
): Promise<{ sheets: Array<Record<string, string>>; date1904: boolean } | undefined> {
  const sheets: Array<Record<string, string>> = [];
  let date1904 = false;
  const found = await readXml(zip, path, {
    open(name, attrs) {
      if (name === 'sheet') sheets.push(attrs);
      else if (name === 'workbookPr' && (attrs.date1904 === '1' || attrs.date1904 === 'true'))
        date1904 = true;
    },
  });
  return found ? { sheets, date1904 } : undefined;
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

async function relationships(zip: ZipArchive, path: string, baseDir: string) {
  const byId = new Map<string, string>();
  let sharedStrings: string | undefined;
  let styles: string | undefined;
  await readXml(zip, path, {
    open(name, attrs) {
      if (name !== 'Relationship' || !attrs.Id || !attrs.Target) return;
      const target = attrs.Target.startsWith('/') ? attrs.Target.slice(1) : baseDir + attrs.Target;
      byId.set(attrs.Id, target);
      if (attrs.Type?.endsWith('/sharedStrings')) sharedStrings = target;
      if (attrs.Type?.endsWith('/styles')) styles = target;
    },
  });
  return { byId, sharedStrings, styles };
}

/** The text of the <t> runs of a string item (shared or inline), phonetic runs left out. */
class Runs {
  text = '';
  private inT = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 't') this.inT = true;
    else if (name === 'rPh') this.phonetic += 1;
  }

  close(name: string): void {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.phonetic -= 1;
  }

  add(text: string): void {
    if (this.inT && this.phonetic === 0) this.text += text;
  }
}

async function sharedStrings(zip: ZipArchive, path: string): Promise<string[]> {
  const strings: string[] = [];
  let item: Runs | undefined;
  await readXml(zip, path, {
    open(name) {
      if (name === 'si') item = new Runs();
      else item?.open(name);
    },
    close(name) {
      if (name === 'si' && item) {
        strings.push(item.text);
        item = undefined;
      } else item?.close(name);
    },
    text(text) {
      item?.add(text);
    },
  });
  return strings;
}

/** Built-in number formats that show a date. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** The indexes of cell styles (cellXfs) whose number format shows a date. */
async function dateStyles(zip: ZipArchive, path: string): Promise<Set<number>> {
  const dateFormats = new Set(DATE_FORMAT_IDS);
  /** The numFmtId of each <xf> of the first <cellXfs>. */
  const cellFormats: number[] = [];
  let cellXfs: 'before' | 'inside' | 'after' = 'before';
  await readXml(zip, path, {
    open(name, attrs) {
      if (name === 'numFmt') {
        const code = (attrs.formatCode ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
        // minutes (h:mm, mm:ss) are not months
        if (/[yd]/i.test(code) || /m/i.test(code.replace(/[hs]:?m+|m+:?s/gi, '')))
          dateFormats.add(Number(attrs.numFmtId));
      } else if (name === 'cellXfs' && cellXfs === 'before') cellXfs = 'inside';
      else if (name === 'xf' && cellXfs === 'inside') cellFormats.push(Number(attrs.numFmtId));
    },
    close(name) {
      if (name === 'cellXfs' && cellXfs === 'inside') cellXfs = 'after';
    },
  });
  const styles = new Set<number>();
  cellFormats.forEach((format, index) => {
    if (dateFormats.has(format)) styles.add(index);
  });
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

/** A cell as its element gives it: attributes, the text of its first <v>, and its runs. */
interface Cell {
  attrs: Record<string, string>;
  value: string;
  inValue: boolean;
  valueSeen: boolean;
  runs: Runs;
}

function cellText(cell: Cell, context: SheetContext): string {
  const { attrs, value } = cell;
  const type = attrs.t ?? 'n';
  if (type === 'inlineStr') return cell.runs.text;
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

/**
 * Every row of a sheet up to the last one holding text; rows without cells are empty arrays.
 * Undefined when the archive has no such part.
 */
async function sheetRows(
  zip: ZipArchive,
  path: string,
  context: SheetContext,
): Promise<string[][] | undefined> {
  const rows: string[][] = [];
  let sheetData: 'before' | 'inside' | 'after' = 'before';
  let rowNumber = 0;
  let cells: string[] | undefined;
  let column = 0;
  let cell: Cell | undefined;
  const found = await readXml(zip, path, {
    open(name, attrs) {
      if (cell) {
        if (name === 'v' && !cell.valueSeen) cell.inValue = true;
        cell.runs.open(name);
      } else if (cells) {
        if (name !== 'c') return;
        column = attrs.r ? columnNumber(attrs.r) || column + 1 : column + 1;
        cell = { attrs, value: '', inValue: false, valueSeen: false, runs: new Runs() };
      } else if (sheetData === 'inside') {
        if (name !== 'row') return;
        rowNumber = attrs.r ? Number(attrs.r) : rowNumber + 1;
        if (!Number.isInteger(rowNumber) || rowNumber < 1)
          throw new SpreadsheetRefusal(
            `${context.fileName} is not a readable XLSX file (a row has no number)`,
          );
        checkCell(context.fileName, rowNumber, 1, '');
        cells = [];
        column = 0;
      } else if (name === 'sheetData' && sheetData === 'before') sheetData = 'inside';
    },
    close(name) {
      if (cell) {
        if (name === 'c') {
          const text = cellText(cell, context);
          cell = undefined;
          if (text === '' || !cells) return;
          checkCell(context.fileName, rowNumber, column, text);
          while (cells.length < column - 1) cells.push('');
          cells[column - 1] = text;
        } else if (name === 'v' && cell.inValue) {
          cell.inValue = false;
          cell.valueSeen = true;
        } else cell.runs.close(name);
      } else if (cells) {
        if (name !== 'row') return;
        if (cells.length > 0) {
          while (rows.length < rowNumber - 1) rows.push([]);
          rows[rowNumber - 1] = cells;
        }
        cells = undefined;
      } else if (name === 'sheetData' && sheetData === 'inside') sheetData = 'after';
    },
    text(text) {
      if (!cell) return;
      if (cell.inValue) cell.value += text;
      cell.runs.add(text);
    },
  });
  return found ? rows : undefined;
}
