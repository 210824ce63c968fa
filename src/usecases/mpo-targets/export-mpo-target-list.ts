import type { TargetReason } from '../../core/services/target-list';
import type { UseCaseContext } from '../context';
import { tableFile, type TableFormat } from '../exports/table-file';
import { getMpoTargetList, type TargetListQuery } from './get-mpo-target-list';

const COLUMNS = ['student_id', 'child_name', 'birth_date', 'reason', 'enrolled', 'services', 'pfs'] as const;

function reasonText(reason: TargetReason): string {
  return reason.kind === 'age' ? `age ${reason.age}` : `${reason.subject} level ${reason.level}`;
}

/** A target list (filtered as on the page) as a CSV or XLSX file, one child a row in the order of service, PFS marked. */
export async function exportMpoTargetList(
  ctx: UseCaseContext,
  query: TargetListQuery,
  format: TableFormat,
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
    row.group === 'pfs' ? 'Y' : 'N',
  ]);
  const fileName = `mpo-${list.mpo.number}-region-${list.region.number}-${list.period}-${list.term}.${format}`;
  const table = {
    columns: COLUMNS,
    rows,
    sheetName: `MPO ${list.mpo.number} ${list.term}`,
    widthOf: (key: string) => (key === 'child_name' || key === 'services' ? 32 : 14),
  };
  return { fileName, ...(await tableFile(table, format)) };
}
