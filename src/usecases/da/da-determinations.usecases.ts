import {
  buildLeaReport,
  countyOfCdsCode,
  explainDifferentiatedAssistance,
  explainLeaInWords,
  readDaCase,
  type DaLeaReport,
  type LeaType,
  type StudentGroup,
} from '../../core/accountability';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { bulkInsert } from '../../data/bulk-insert';
import { recordAudit } from '../../data/repositories/audit.repository';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';
import { loadImportFiles } from './da-imports.usecases';
import { DA_SETTINGS, daRuleSetsOf } from './da-rule-sets';
import { migrantOverlay } from './migrant-overlay';

/** What is kept per LEA: the report and its plain words in both languages. */
export type DaLeaRecord = DaLeaReport & { explanation: { en: string[]; es: string[] } };

export interface DeterminationHeader {
  id: string;
  importId: string;
  year: number;
  rules: string;
  runAt: string;
  runBy: string;
  leaCount: number;
  eligibleCount: number;
}

/**
 * Run the DA engine on an upload for a year (default: the upload's) and keep the decision of
 * every LEA with the rows that caused it. Earlier years come from the same files.
 */
export async function runDetermination(
  ctx: UseCaseContext,
  importId: string,
  year: number | undefined,
): Promise<DeterminationHeader> {
  requirePermission(ctx, 'da.manage');
  const stored = await loadImportFiles(ctx, importId);
  const runYear = year ?? stored.year;
  const request = runYear === stored.year ? stored.files.request : JSON.stringify({ year: runYear });
  const ruleSets = await daRuleSetsOf(ctx.db);
  const { request: parsed, data } = readDaCase({ ...stored.files, request }, ruleSets);
  const decision = explainDifferentiatedAssistance(parsed, data, ruleSets, DA_SETTINGS);
  // The declared type intersects two array types; each LEA of this call carries its trace.
  const leas = decision.leas as Array<Parameters<typeof buildLeaReport>[0]>;
  const records = leas.map((lea): DaLeaRecord => {
    const report = buildLeaReport(lea, decision.year, data);
    return {
      ...report,
      explanation: {
        en: explainLeaInWords(report, decision.year, 'en'),
        es: explainLeaInWords(report, decision.year, 'es'),
      },
    };
  });
  const eligibleCount = records.filter((r) => r.decision.eligible).length;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const run = await trx
      .insertInto('da_determinations')
      .values({
        import_id: importId,
        year: decision.year,
        rules: decision.rules,
        lea_count: records.length,
        eligible_count: eligibleCount,
        run_by: ctx.actor.userId,
        run_by_label: ctx.actor.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await bulkInsert(
      trx,
      'da_lea_decisions',
      records.map((r) => ({
        determination_id: run.id,
        lea_id: r.decision.leaId,
        lea_name: r.leaName,
        lea_type: r.decision.leaType,
        county: countyOfCdsCode(r.decision.leaId),
        eligible: r.decision.eligible,
        intensive: r.decision.intensive?.eligible ?? false,
        student_groups: r.decision.groups.map((g) => g.group),
        decision: r,
      })),
      1_000,
    );
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'da_determination',
      entityId: run.id,
      regionId: null,
      after: {
        importId,
        year: decision.year,
        rules: decision.rules,
        leas: records.length,
        eligible: eligibleCount,
      },
    });
    return run.id;
  });
  return getDeterminationHeader(ctx, id);
}

async function getDeterminationHeader(ctx: UseCaseContext, id: string): Promise<DeterminationHeader> {
  const row = await ctx.db
    .selectFrom('da_determinations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'No determination with that id.');
  return {
    id: row.id,
    importId: row.import_id,
    year: row.year,
    rules: row.rules,
    runAt: new Date(row.run_at).toISOString(),
    runBy: row.run_by_label,
    leaCount: row.lea_count,
    eligibleCount: row.eligible_count,
  };
}

/** Every determination, newest first. */
export async function listDeterminations(
  ctx: UseCaseContext,
): Promise<{ items: DeterminationHeader[]; total: number }> {
  requirePermission(ctx, 'da.read');
  const rows = await ctx.db
    .selectFrom('da_determinations')
    .selectAll()
    .orderBy('run_at', 'desc')
    .limit(200)
    .execute();
  const items = rows.map((row) => ({
    id: row.id,
    importId: row.import_id,
    year: row.year,
    rules: row.rules,
    runAt: new Date(row.run_at).toISOString(),
    runBy: row.run_by_label,
    leaCount: row.lea_count,
    eligibleCount: row.eligible_count,
  }));
  return { items, total: items.length };
}

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
  const header = await getDeterminationHeader(ctx, id);
  let query = ctx.db
    .selectFrom('da_lea_decisions')
    .select(['lea_id', 'lea_name', 'lea_type', 'county', 'eligible', 'intensive', 'decision'])
    .where('determination_id', '=', id);
  if (filters.county) query = query.where('county', '=', filters.county);
  if (filters.leaType) query = query.where('lea_type', '=', filters.leaType);
  if (filters.status === 'eligible') query = query.where('eligible', '=', true);
  if (filters.status === 'not_eligible') query = query.where('eligible', '=', false);
  if (filters.status === 'intensive') query = query.where('intensive', '=', true);
  const rows = await query.orderBy('lea_id').execute();
  const records = rows
    .map((row) => ({ row, record: row.decision as DaLeaRecord }))
    .filter(({ record }) => !filters.group || record.decision.groups.some((g) => g.group === filters.group));
  const overlay = await migrantOverlay(
    ctx.db,
    records.map(({ record }) => ({ leaId: record.decision.leaId, leaType: record.decision.leaType })),
    today,
  );
  const assistance = await assistanceCounts(
    ctx,
    records.map(({ row }) => row.lea_id),
  );
  const counties = await ctx.db
    .selectFrom('da_lea_decisions')
    .select('county')
    .distinct()
    .where('determination_id', '=', id)
    .where('county', 'is not', null)
    .orderBy('county')
    .execute();
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
  return { ...header, counties: counties.map((c) => c.county as string), items, total: items.length };
}

async function assistanceCounts(
  ctx: UseCaseContext,
  leaIds: readonly string[],
): Promise<Map<string, number>> {
  if (leaIds.length === 0) return new Map();
  const rows = await ctx.db
    .selectFrom('da_assistance_records')
    .select((eb) => ['lea_id', eb.fn.countAll<string>().as('n')])
    .where('lea_id', 'in', [...new Set(leaIds)].slice(0, 5_000))
    .groupBy('lea_id')
    .execute();
  return new Map(rows.map((r) => [r.lea_id, Number(r.n)]));
}
