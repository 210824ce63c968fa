import { DomainError } from '../../core/common/domain-error';
import {
  findMsixExportFile,
  listMsixExports as listExports,
  type MsixExportRow,
} from '../../data/repositories/msix-records.repository';
import type { UseCaseContext } from '../context';
import { requireStateExporter } from './msix-scope';

/** The exports to MSIX, newest first (the state administrator's). */
export async function listMsixExports(ctx: UseCaseContext): Promise<MsixExportRow[]> {
  requireStateExporter(ctx);
  return listExports(ctx.db);
}

/** An export's CSV file, as it was made (X7.2). */
export async function msixExportFile(
  ctx: UseCaseContext,
  id: string,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  requireStateExporter(ctx);
  const file = await findMsixExportFile(ctx.db, id);
  if (!file) throw new DomainError('not_found', 'No MSIX export with that id.');
  return {
    fileName: file.fileName,
    contentType: 'text/csv; charset=utf-8',
    body: Buffer.from(file.text, 'utf8'),
  };
}
