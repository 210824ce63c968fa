import type { LeaType } from '../../core/accountability';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';
import { listAssistance, type AssistanceView } from './da-assistance.usecases';
import type { DaLeaRecord } from './da-determinations.usecases';
import { migrantOverlay, type MigrantOverlay } from './migrant-overlay';

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

const NOT_FOUND = () => new DomainError('not_found', 'No determination decided an LEA with that id.');

/** One LEA: its decision in a determination (default the latest run of the latest year), why, its years, Ciclo's migrant count and the assistance recorded. */
export async function getDaLea(
  ctx: UseCaseContext,
  leaId: string,
  determinationId: string | undefined,
  today: CalendarDate,
): Promise<DaLeaPage> {
  requirePermission(ctx, 'da.read');
  const decisions = await ctx.db
    .selectFrom('da_lea_decisions as l')
    .innerJoin('da_determinations as d', 'd.id', 'l.determination_id')
    .select([
      'd.id',
      'd.year',
      'd.rules',
      'd.run_at',
      'l.lea_name',
      'l.lea_type',
      'l.county',
      'l.eligible',
      'l.intensive',
      'l.student_groups',
    ])
    .where('l.lea_id', '=', leaId)
    .orderBy('d.year', 'desc')
    .orderBy('d.run_at', 'desc')
    .execute();
  const chosen = determinationId ? decisions.find((d) => d.id === determinationId) : decisions[0];
  if (!chosen) throw NOT_FOUND();
  const stored = await ctx.db
    .selectFrom('da_lea_decisions')
    .select('decision')
    .where('determination_id', '=', chosen.id)
    .where('lea_id', '=', leaId)
    .executeTakeFirstOrThrow();
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
    record: stored.decision as DaLeaRecord,
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
    assistance: (await listAssistance(ctx, { leaId })).items,
  };
}

/** The name and county of an LEA some determination decided, or not_found. */
export async function findDecidedLea(
  ctx: UseCaseContext,
  leaId: string,
): Promise<{ leaName: string | null; county: string | null }> {
  const row = await ctx.db
    .selectFrom('da_lea_decisions')
    .select(['lea_name', 'county'])
    .where('lea_id', '=', leaId)
    .limit(1)
    .executeTakeFirst();
  if (!row) throw NOT_FOUND();
  return { leaName: row.lea_name, county: row.county };
}
