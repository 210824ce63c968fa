import { tableFile, type TableFormat } from '../exports/table-file';
import type { CalendarDate } from '../../core/common/calendar-date';
import type { UseCaseContext } from '../context';
import { getDetermination, type DaLeaRow, type DeterminationFilters } from './get-determination';

const COLUMNS = [
  'lea_id',
  'lea_name',
  'lea_type',
  'county',
  'status',
  'eligible',
  'intensive',
  'groups',
  'local_priorities',
  'calpads_late',
  'charter_years_met',
  'migrant_children',
  'ciclo_match',
  'assistance_records',
] as const;

function cellsOf(lea: DaLeaRow): Record<(typeof COLUMNS)[number], string | number> {
  return {
    lea_id: lea.leaId,
    lea_name: lea.leaName ?? '',
    lea_type: lea.leaType,
    county: lea.county ?? '',
    status: lea.intensive ? 'intensive' : lea.eligible ? 'eligible' : 'not_eligible',
    eligible: lea.eligible ? 'Y' : 'N',
    intensive: lea.intensive ? 'Y' : 'N',
    groups: lea.groups.map((g) => `${g.group}: ${g.priorities.join('+')}`).join('; '),
    local_priorities: lea.localPriorities.join('+'),
    calpads_late: lea.calpadsLate ? 'Y' : 'N',
    charter_years_met: lea.charterYearsMet?.join(' ') ?? '',
    migrant_children: lea.migrant?.children ?? '',
    ciclo_match: lea.migrant?.matchedName ?? '',
    assistance_records: lea.assistanceCount,
  };
}

/** A determination's LEAs (filtered as on the results page) as a CSV or XLSX file. */
export async function exportDetermination(
  ctx: UseCaseContext,
  id: string,
  filters: DeterminationFilters,
  format: TableFormat,
  today: CalendarDate,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const determination = await getDetermination(ctx, id, filters, today);
  const rows = determination.items.map(cellsOf);
  const fileName = `da-${determination.year}-${determination.id.slice(0, 8)}.${format}`;
  const table = {
    columns: COLUMNS,
    rows: rows.map((r) => COLUMNS.map((c) => r[c])),
    sheetName: `DA ${determination.year}`,
    widthOf: (key: string) => (key === 'lea_name' || key === 'groups' ? 36 : 16),
  };
  return { fileName, ...(await tableFile(table, format)) };
}
