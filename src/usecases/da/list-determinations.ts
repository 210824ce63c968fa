import { listDeterminationRows } from '../../data/repositories/da-determinations.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { presentDeterminationHeader, type DeterminationHeader } from './present-determination';

/** Every determination, newest first (the latest 200). */
export async function listDeterminations(
  ctx: UseCaseContext,
): Promise<{ items: DeterminationHeader[]; total: number }> {
  requirePermission(ctx, 'da.read');
  const items = (await listDeterminationRows(ctx.db, 200)).map(presentDeterminationHeader);
  return { items, total: items.length };
}
