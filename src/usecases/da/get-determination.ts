import type { DaLeaReport, LeaType, StudentGroup } from '../../core/accountability';
import type { CalendarDate } from '../../core/common/calendar-date';
import { countAssistanceByLea } from '../../data/repositories/da-assistance.repository';
import {
  listDeterminationCounties,
  listLeaDecisionRows,
} from '../../data/repositories/da-determinations.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { migrantOverlay } from './migrant-overlay';
import { loadDeterminationHeader, type DaLeaRecord, type DeterminationHeader } from './present-determination';

export type DaStatusFilter = 'eligible' | 'not_eligible' | 'intensive';

export interface DeterminationFilters {
  county?: string | undefined;
  leaType?: LeaType | undefined;
  group?: StudentGroup | undefined;
  status?: DaStatusFilter | undefined;
}

export interface DaLeaRow {
  leaId: string;
  leaName: string | null;
  leaType: LeaType;
  county: string | null;
  eligible: boolean;
  intensive: boolean;
  groups: DaLeaReport['decision']['groups'];
  localPriorities: string[];
  calpadsLate: boolean;
  charterYearsMet: number[] | null;
  /** Ciclo's organization matched by CDS code and its eligible migratory children enrolled today; null when none matched. */
  migrant: { matchedName: string; children: number } | null;
  assistanceCount: number;
}

/** A determination's LEAs, filtered, with the migrant overlay and the assistance recorded. */
export async function getDetermination(
  ctx: UseCaseContext,
  id: string,
  filters: DeterminationFilters,
  today: CalendarDate,
): Promise<DeterminationHeader & { counties: string[]; items: DaLeaRow[]; total: number }> {
  requirePermission(ctx, 'da.read');
  const header = await loadDeterminationHeader(ctx.db, id);
  const rows = await listLeaDecisionRows(ctx.db, id, filters);
  const records = rows
    .map((row) => ({ row, record: row.decision as DaLeaRecord }))
    .filter(({ record }) => !filters.group || record.decision.groups.some((g) => g.group === filters.group));
  const overlay = await migrantOverlay(
    ctx.db,
    records.map(({ record }) => ({ leaId: record.decision.leaId, leaType: record.decision.leaType })),
    today,
  );
  const assistance = await countAssistanceByLea(
    ctx.db,
    records.map(({ row }) => row.lea_id),
  );
  const counties = await listDeterminationCounties(ctx.db, id);
  const items = records.map(({ row, record }): DaLeaRow => ({
    leaId: row.lea_id,
    leaName: row.lea_name,
    leaType: row.lea_type,
    county: row.county,
    eligible: row.eligible,
    intensive: row.intensive,
    groups: record.decision.groups,
    localPriorities: record.decision.localPriorities,
    calpadsLate: record.decision.calpadsLate,
    charterYearsMet: record.decision.charter?.yearsMet ?? null,
    migrant: overlay.get(row.lea_id) ?? null,
    assistanceCount: assistance.get(row.lea_id) ?? 0,
  }));
  return { ...header, counties, items, total: items.length };
}
