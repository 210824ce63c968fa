import ExcelJS from 'exceljs';
import { csvFile } from './csv-file';

export type TableFormat = 'csv' | 'xlsx';

/** A table to export: its column names (the header row) and its rows, cells in column order. */
export interface ExportTable {
  columns: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<unknown>>;
  /** The XLSX sheet's name. */
  sheetName: string;
  /** The XLSX width of a column, in characters. */
  widthOf: (column: string) => number;
}

/**
 * One table as a CSV file (formulas escaped, see `csvFile`) or as an XLSX workbook of one
 * sheet whose header row is bold and stays in view.
 */
export async function tableFile(
  table: ExportTable,
  format: TableFormat,
): Promise<{ contentType: string; body: Buffer }> {
  if (format === 'csv')
    return { contentType: 'text/csv; charset=utf-8', body: csvFile(table.columns, table.rows) };
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.columns = table.columns.map((key) => ({ header: key, key, width: table.widthOf(key) }));
  for (const row of table.rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
