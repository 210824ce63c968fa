import { parseTermWindows, type TermWindows } from '../../core/services/target-list-terms';
import { recordAudit } from '../../data/repositories/audit.repository';
import { saveSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import { requirePermission, type UseCaseContext } from '../context';
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
  return ctx.db.transaction().execute(async (trx) => {
    const before = await stateTermWindows(trx);
    const saved = await saveSetting(trx, STATE_SETTING_KEYS.termWindows, windows, version);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'services_settings',
      entityId: STATE_SETTING_KEYS.termWindows,
      regionId: null,
      before,
      after: windows,
    });
    return { ...windows, version: saved };
  });
}
