import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';
import { parseXlsx } from './parse-xlsx';
import { SpreadsheetRefusal } from './spreadsheet-limits';

async function workbook(fill: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('parseXlsx', () => {
  it('reads cells as a CSV would hold them: text, numbers, dates, booleans, rich text, formula results', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('List');
      sheet.addRow(['Name & <role>', 'DOB', 'Count', 'Yes?']);
      sheet.addRow(['Ana', new Date(Date.UTC(2016, 1, 29)), 12.5, true]);
      sheet.getCell('A4').value = { richText: [{ text: 'Ma' }, { text: 'ría' }] };
      sheet.getCell('C4').value = { formula: 'C2*2', result: 25 };
      sheet.getCell('E5').value = '  spaced  ';
    });
    expect(await parseXlsx('list.xlsx', bytes, 'first')).toEqual([
      {
        name: 'List',
        rows: [
          ['Name & <role>', 'DOB', 'Count', 'Yes?'],
          ['Ana', '2016-02-29', '12.5', 'true'],
          [],
          ['María', '', '25'],
          ['', '', '', '', '  spaced  '],
        ],
      },
    ]);
  });

  it('reads every sheet, or only the first', async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet('leas').addRow(['a']);
      book.addWorksheet('indicators').addRow(['b']);
    });
    expect((await parseXlsx('d.xlsx', bytes, 'all')).map((sheet) => [sheet.name, sheet.rows])).toEqual([
      ['leas', [['a']]],
      ['indicators', [['b']]],
    ]);
    expect(await parseXlsx('d.xlsx', bytes, 'first')).toHaveLength(1);
  });

  it('refuses what is not a workbook, naming the file', async () => {
    await expect(parseXlsx('notes.xlsx', Buffer.from('just text'), 'first')).rejects.toThrow(
      new SpreadsheetRefusal('notes.xlsx is not a readable XLSX file (it is not a ZIP archive)'),
    );
  });

  it('refuses a cell beyond 100 columns or longer than 10,000 characters', async () => {
    const wide = await workbook((book) => {
      book.addWorksheet('s').getCell(3, 101).value = 'x';
    });
    await expect(parseXlsx('wide.xlsx', wide, 'first')).rejects.toThrow(
      /column CW \(row 3\): more than 100 columns/,
    );
    const long = await workbook((book) => {
      book.addWorksheet('s').getCell('B2').value = 'y'.repeat(10_001);
    });
    await expect(parseXlsx('long.xlsx', long, 'first')).rejects.toThrow(
      'long.xlsx, cell B2: more than 10,000 characters, the limit',
    );
  });
});

describe('parseCsv', () => {
  it('drops a byte-order mark and trailing empty lines, and names the line of a broken quote', () => {
    expect(parseCsv('a.csv', Buffer.from('\uFEFFa,b\n1,2\n\n\n'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(() => parseCsv('q.csv', Buffer.from('a,b\n"1,2\n'))).toThrow(/^q\.csv, line 2: /);
  });

  it('refuses a NUL character in a cell', () => {
    expect(() => parseCsv('nul.csv', Buffer.from('a\nx\u0000y'))).toThrow(
      'nul.csv, cell A2: contains a NUL character, which cannot be stored',
    );
  });
});
