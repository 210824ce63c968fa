import ExcelJS from 'exceljs';
import type { TargetReason } from '../../core/services/target-list';
import type { UseCaseContext } from '../context';
import { csvFile } from '../exports/csv-file';
import { getMpoTargetList, type TargetListQuery } from './get-mpo-target-list';

export type ExportFormat = 'csv' | 'xlsx';

const COLUMNS = ['student_id', 'child_name', 'birth_date', 'reason', 'enrolled', 'services'] as const;

function reasonText(reason: TargetReason): string {
  return reason.kind === 'age' ? `age ${reason.age}` : `${reason.subject} level ${reason.level}`;
}

/** A target list (filtered as on the page) as a CSV or XLSX file, one child a row. */
export async function exportMpoTargetList(
  ctx: UseCaseContext,
  query: TargetListQuery,
  format: ExportFormat,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const list = await getMpoTargetList(ctx, query);
  const codeOf = new Map(list.services.map((s) => [s.id, s.code]));
  const rows = list.rows.map((row) => [
    row.studentId,
    row.child?.name ?? '',
    row.birthDate,
    reasonText(row.reason),
    row.enrolled ? 'Y' : 'N',
    row.serviceIds.map((id) => codeOf.get(id) ?? id).join('; '),
  ]);
  const fileName = `mpo-${list.mpo.number}-region-${list.region.number}-${list.period}-${list.term}.${format}`;
  if (format === 'csv')
    return { fileName, contentType: 'text/csv; charset=utf-8', body: csvFile(COLUMNS, rows) };
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`MPO ${list.mpo.number} ${list.term}`);
  sheet.columns = COLUMNS.map((key) => ({
    header: key,
    key,
    width: key === 'child_name' || key === 'services' ? 32 : 14,
  }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return {
    fileName,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
