import type { LeaType } from '../../core/accountability';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { findLeaDecision, listDecisionsOfLea } from '../../data/repositories/da-determinations.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { migrantOverlay, type MigrantOverlay } from './migrant-overlay';
import { listAssistanceViews, type AssistanceView } from './present-assistance';
import type { DaLeaRecord } from './present-determination';

export interface DaLeaPage {
  leaId: string;
  leaName: string | null;
  leaType: LeaType;
  county: string | null;
  determination: { id: string; year: number; rules: string; runAt: string };
  record: DaLeaRecord;
  /** The latest determination of each year that decided this LEA, by year. */
  history: Array<{
    year: number;
    determinationId: string;
    rules: string;
    runAt: string;
    eligible: boolean;
    intensive: boolean;
    groups: string[];
  }>;
  migrant: MigrantOverlay | null;
  assistance: AssistanceView[];
}

/** One LEA: its decision in a determination (default the latest run of the latest year), why, its years, Ciclo's migrant count and the assistance recorded. */
export async function getDaLea(
  ctx: UseCaseContext,
  leaId: string,
  determinationId: string | undefined,
  today: CalendarDate,
): Promise<DaLeaPage> {
  requirePermission(ctx, 'da.read');
  const decisions = await listDecisionsOfLea(ctx.db, leaId);
  const chosen = determinationId ? decisions.find((d) => d.id === determinationId) : decisions[0];
  if (!chosen) throw new DomainError('not_found', 'No determination decided an LEA with that id.');
  const record = (await findLeaDecision(ctx.db, chosen.id, leaId)) as DaLeaRecord;
  const latestByYear = new Map<number, (typeof decisions)[number]>();
  for (const d of decisions) if (!latestByYear.has(d.year)) latestByYear.set(d.year, d);
  const overlay = await migrantOverlay(ctx.db, [{ leaId, leaType: chosen.lea_type }], today);
  return {
    leaId,
    leaName: chosen.lea_name,
    leaType: chosen.lea_type,
    county: chosen.county,
    determination: {
      id: chosen.id,
      year: chosen.year,
      rules: chosen.rules,
      runAt: new Date(chosen.run_at).toISOString(),
    },
    record,
    history: [...latestByYear.values()]
      .sort((a, b) => a.year - b.year)
      .map((d) => ({
        year: d.year,
        determinationId: d.id,
        rules: d.rules,
        runAt: new Date(d.run_at).toISOString(),
        eligible: d.eligible,
        intensive: d.intensive,
        groups: d.student_groups,
      })),
    migrant: overlay.get(leaId) ?? null,
    assistance: (await listAssistanceViews(ctx, { leaId })).items,
  };
}
