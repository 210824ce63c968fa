import { parseTermWindows, type TermWindows } from '../../core/services/target-list-terms';
import { STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { saveStateSetting } from '../settings/save-state-setting';
import { stateTermWindows } from './state-term-windows';

/**
 * A state administrator (who manages the plan) sets when each term runs, at the version read (a
 * `conflict` when someone changed it since); saved and audited in one transaction.
 */
export async function changeTermWindows(
  ctx: UseCaseContext,
  input: unknown,
  version: number,
): Promise<TermWindows & { version: number }> {
  requirePermission(ctx, 'plan.manage');
  const windows = parseTermWindows(input);
  const saved = await saveStateSetting(ctx, {
    key: STATE_SETTING_KEYS.termWindows,
    entityType: 'services_settings',
    value: windows,
    version,
    readBefore: stateTermWindows,
  });
  return { ...windows, version: saved };
}
