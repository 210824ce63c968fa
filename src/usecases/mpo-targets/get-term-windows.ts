import type { TermWindows } from '../../core/services/target-list-terms';
import { requirePermission, type UseCaseContext } from '../context';
import { versionedTermWindows } from './state-term-windows';

/** When each term runs, for anyone who reads the plan, with the version to save a change at. */
export async function getTermWindows(ctx: UseCaseContext): Promise<TermWindows & { version: number }> {
  requirePermission(ctx, 'plan.read');
  const { setting, version } = await versionedTermWindows(ctx.db);
  return { ...setting, version };
}
