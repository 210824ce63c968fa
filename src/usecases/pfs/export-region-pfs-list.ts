import type { UseCaseContext } from '../context';
import { tableFile, type TableFormat } from '../exports/table-file';
import { getRegionPfsList, type PfsListQuery } from './get-region-pfs-list';
import { pfsCriterionText } from './pfs-criterion-text';

const COLUMNS = ['student_id', 'child_name', 'birth_date', 'criteria', 'served'] as const;

/** A region's PFS list (filtered as on the page) as a CSV or XLSX file, one child a row. */
export async function exportRegionPfsList(
  ctx: UseCaseContext,
  query: PfsListQuery,
  format: TableFormat,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const list = await getRegionPfsList(ctx, query);
  const rows = list.rows.map((row) => [
    row.studentId,
    row.child?.name ?? '',
    row.birthDate,
    row.criteria.map(pfsCriterionText).join('; '),
    row.served ? 'Y' : 'N',
  ]);
  const fileName = `pfs-region-${list.region.number}-${list.period}-${list.term}.${format}`;
  const table = {
    columns: COLUMNS,
    rows,
    sheetName: `PFS ${list.period} ${list.term}`,
    widthOf: (key: string) => (key === 'child_name' ? 32 : key === 'criteria' ? 60 : 14),
  };
  return { fileName, ...(await tableFile(table, format)) };
}
