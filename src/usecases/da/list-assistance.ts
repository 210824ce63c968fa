import type { CountyAssistance } from '../../core/accountability/da-assistance';
import { requirePermission, type UseCaseContext } from '../context';
import { listAssistanceViews, type AssistanceView } from './present-assistance';

/** Assistance recorded, newest first: for one LEA, one county, or across counties. */
export async function listAssistance(
  ctx: UseCaseContext,
  filters: { leaId?: string | undefined; county?: string | undefined },
): Promise<{ items: AssistanceView[]; total: number; byCounty: CountyAssistance[] }> {
  requirePermission(ctx, 'da.read');
  return listAssistanceViews(ctx, { leaId: filters.leaId, county: filters.county });
}
