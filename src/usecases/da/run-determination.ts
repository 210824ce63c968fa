import {
  buildLeaReport,
  countyOfCdsCode,
  explainDifferentiatedAssistance,
  explainLeaInWords,
  readDaCase,
  type DaCaseFiles,
} from '../../core/accountability';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { findDaImportFiles } from '../../data/repositories/da-imports.repository';
import { insertDetermination } from '../../data/repositories/da-determinations.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { DA_SETTINGS, daRuleSetsOf } from './da-rule-sets-in-force';
import { loadDeterminationHeader, type DaLeaRecord, type DeterminationHeader } from './present-determination';

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
  const stored = await findDaImportFiles(ctx.db, importId);
  if (!stored) throw new DomainError('not_found', 'No Dashboard upload with that id.');
  const files = stored.files as DaCaseFiles;
  const runYear = year ?? stored.year;
  const request = runYear === stored.year ? files.request : JSON.stringify({ year: runYear });
  const ruleSets = await daRuleSetsOf(ctx.db);
  const { request: parsed, data } = readDaCase({ ...files, request }, ruleSets);
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
    const runId = await insertDetermination(
      trx,
      {
        import_id: importId,
        year: decision.year,
        rules: decision.rules,
        lea_count: records.length,
        eligible_count: eligibleCount,
        run_by: ctx.actor.userId,
        run_by_label: ctx.actor.label,
      },
      records.map((r) => ({
        lea_id: r.decision.leaId,
        lea_name: r.leaName,
        lea_type: r.decision.leaType,
        county: countyOfCdsCode(r.decision.leaId),
        eligible: r.decision.eligible,
        intensive: r.decision.intensive?.eligible ?? false,
        student_groups: r.decision.groups.map((g) => g.group),
        decision: r,
      })),
    );
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'da_determination',
      entityId: runId,
      regionId: null,
      after: {
        importId,
        year: decision.year,
        rules: decision.rules,
        leas: records.length,
        eligible: eligibleCount,
      },
    });
    return runId;
  });
  return loadDeterminationHeader(ctx.db, id);
}
