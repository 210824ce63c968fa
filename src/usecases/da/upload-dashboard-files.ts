import { readDaCase, summarizeDaImport } from '../../core/accountability';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertDaImport } from '../../data/repositories/da-imports.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { caseFilesOf } from './dashboard-files';
import { cdeCaseFilesOf, isCdeUpload } from './cde-dashboard-upload';
import { DA_SETTINGS, daRuleSetsOf } from './da-rule-sets-in-force';
import { getDaImport, type DaImportView } from './get-da-import';

/**
 * Read uploaded Dashboard files — the DA contract's, or the CDE's downloadable files as
 * published (CDE1–CDE3) — and keep them, with what was read. Nothing is kept when a file is
 * refused (the whole upload, naming file, line and column).
 */
export async function uploadDashboardFiles(
  ctx: UseCaseContext,
  input: { files: Readonly<Record<string, Uint8Array>>; year?: number | undefined },
): Promise<DaImportView> {
  requirePermission(ctx, 'da.manage');
  const cdeUpload = isCdeUpload(Object.keys(input.files))
    ? await cdeCaseFilesOf(input.files, input.year)
    : null;
  const files = cdeUpload?.files ?? (await caseFilesOf(input.files, input.year));
  const ruleSets = await daRuleSetsOf(ctx.db);
  const { request, data } = readDaCase(files, ruleSets);
  const summary = {
    ...summarizeDaImport(request, data, ruleSets, DA_SETTINGS, {
      localIndicators: files.localIndicators !== undefined,
      leaStatus: files.leaStatus !== undefined,
    }),
    ...(cdeUpload ? { cde: cdeUpload.cde } : {}),
  };
  const id = await ctx.db.transaction().execute(async (trx) => {
    const importId = await insertDaImport(trx, {
      year: request.year,
      rules: request.rules ?? `CA-${request.year}`,
      files: JSON.stringify(files),
      summary: JSON.stringify(summary),
      uploaded_by: ctx.actor.userId,
      uploaded_by_label: ctx.actor.label,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'da_import',
      entityId: importId,
      regionId: null,
      after: {
        year: request.year,
        leas: summary.leas,
        years: summary.years,
        rowsByFile: summary.rowsByFile,
        ...(cdeUpload
          ? { cdeFiles: cdeUpload.cde.files.map((f) => `${f.file} (${f.indicator} ${f.year})`) }
          : {}),
      },
    });
    return importId;
  });
  return getDaImport(ctx, id);
}
