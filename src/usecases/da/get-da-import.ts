import type { DaImportSummary } from '../../core/accountability';
import { DomainError } from '../../core/common/domain-error';
import { findDaImportRow } from '../../data/repositories/da-imports.repository';
import { listDeterminationRowsOfImport } from '../../data/repositories/da-determinations.repository';
import { requirePermission, type UseCaseContext } from '../context';

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

/** An upload with what was read and the determinations run on it. */
export async function getDaImport(ctx: UseCaseContext, id: string): Promise<DaImportView> {
  requirePermission(ctx, 'da.read');
  const row = await findDaImportRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', 'No Dashboard upload with that id.');
  const runs = await listDeterminationRowsOfImport(ctx.db, id);
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
