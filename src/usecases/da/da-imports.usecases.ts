import {
  readDaCase,
  summarizeDaImport,
  type DaCaseFiles,
  type DaImportSummary,
} from '../../core/accountability';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';
import { caseFilesOf } from './dashboard-files';
import { DA_SETTINGS, daRuleSetsOf } from './da-rule-sets';

export interface DaImportView {
  id: string;
  year: number;
  rules: string;
  uploadedAt: string;
  uploadedBy: string;
  summary: DaImportSummary;
  determinations: Array<{
    id: string;
    year: number;
    rules: string;
    runAt: string;
    leaCount: number;
    eligibleCount: number;
  }>;
}

/**
 * Read uploaded Dashboard files as the DA contract says and keep them, with what was read.
 * Nothing is kept when a file is refused (the whole upload, naming file, line and column).
 */
export async function uploadDashboardFiles(
  ctx: UseCaseContext,
  input: { files: Readonly<Record<string, string>>; year?: number | undefined },
): Promise<DaImportView> {
  requirePermission(ctx, 'da.manage');
  const files = await caseFilesOf(input.files, input.year);
  const ruleSets = await daRuleSetsOf(ctx.db);
  const { request, data } = readDaCase(files, ruleSets);
  const summary = summarizeDaImport(request, data, ruleSets, DA_SETTINGS, {
    localIndicators: files.localIndicators !== undefined,
    leaStatus: files.leaStatus !== undefined,
  });
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('da_imports')
      .values({
        year: request.year,
        rules: request.rules ?? `CA-${request.year}`,
        files: JSON.stringify(files),
        summary: JSON.stringify(summary),
        uploaded_by: ctx.actor.userId,
        uploaded_by_label: ctx.actor.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'da_import',
      entityId: row.id,
      regionId: null,
      after: { year: request.year, leas: summary.leas, years: summary.years, rowsByFile: summary.rowsByFile },
    });
    return row.id;
  });
  return getDaImport(ctx, id);
}

/** An upload with what was read and the determinations run on it. */
export async function getDaImport(ctx: UseCaseContext, id: string): Promise<DaImportView> {
  requirePermission(ctx, 'da.read');
  const row = await ctx.db
    .selectFrom('da_imports')
    .select(['id', 'year', 'rules', 'summary', 'uploaded_at', 'uploaded_by_label'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'No Dashboard upload with that id.');
  const runs = await ctx.db
    .selectFrom('da_determinations')
    .selectAll()
    .where('import_id', '=', id)
    .orderBy('run_at', 'desc')
    .execute();
  return {
    id: row.id,
    year: row.year,
    rules: row.rules,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
    uploadedBy: row.uploaded_by_label,
    summary: row.summary as DaImportSummary,
    determinations: runs.map((r) => ({
      id: r.id,
      year: r.year,
      rules: r.rules,
      runAt: new Date(r.run_at).toISOString(),
      leaCount: r.lea_count,
      eligibleCount: r.eligible_count,
    })),
  };
}

/** The stored text of an upload's files. */
export async function loadImportFiles(
  ctx: UseCaseContext,
  id: string,
): Promise<{ files: DaCaseFiles; year: number }> {
  const row = await ctx.db
    .selectFrom('da_imports')
    .select(['files', 'year'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'No Dashboard upload with that id.');
  return { files: row.files as DaCaseFiles, year: row.year };
}
