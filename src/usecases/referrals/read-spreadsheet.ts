import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError } from '../../core/common/domain-error';

/** A district's list as rows of text (the header first), from CSV text or an XLSX file's bytes. */
export async function spreadsheetRows(
  fileName: string,
  content: string,
  encoding: 'text' | 'base64',
): Promise<string[][]> {
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(
        Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8') as unknown as ArrayBuffer,
      );
    } catch {
      throw DomainError.invalidField('content', `${fileName} is not a readable XLSX file`);
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw DomainError.invalidField('content', `${fileName} has no worksheet`);
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      for (let column = 1; column <= sheet.columnCount; column += 1)
        cells.push(cellText(row.getCell(column).value));
      rows.push(cells);
    });
    return rows;
  }
  const text = encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal)
    throw DomainError.invalidField('content', `${fileName}, line ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const rows = parsed.data;
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell.trim() === '')) rows.pop();
  return rows;
}

/** An XLSX cell as the text a CSV would hold; dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    return '';
  }
  return String(value);
}
