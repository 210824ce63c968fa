import type { TermWindows } from '../../core/services/target-list-terms';
import { requirePermission, type UseCaseContext } from '../context';
import { stateTermWindows } from './state-term-windows';

/** When each term runs, for anyone who reads the plan. */
export async function getTermWindows(ctx: UseCaseContext): Promise<TermWindows> {
  requirePermission(ctx, 'plan.read');
  return stateTermWindows(ctx.db);
}
