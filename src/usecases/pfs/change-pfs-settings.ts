import { parsePfsSettings } from '../../core/services/priority-for-services';
import { recordAudit } from '../../data/repositories/audit.repository';
import { saveSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getPfsSettings, type PfsSettingsReply } from './get-pfs-settings';
import { statePfsSettings } from './state-pfs-settings';

/**
 * A state administrator (who manages the plan) changes the Priority for Services criteria at
 * the version read (a `conflict` when someone changed them since); saved and audited with the
 * criteria before, in one transaction. Every PFS is computed from the records on read, so the
 * change applies to every child at once.
 */
export async function changePfsSettings(
  ctx: UseCaseContext,
  input: unknown,
  version: number,
): Promise<PfsSettingsReply> {
  requirePermission(ctx, 'plan.manage');
  const settings = parsePfsSettings(input);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await statePfsSettings(trx);
    await saveSetting(trx, STATE_SETTING_KEYS.priorityForServices, settings, version);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'services_settings',
      entityId: STATE_SETTING_KEYS.priorityForServices,
      regionId: null,
      before,
      after: settings,
    });
  });
  return getPfsSettings(ctx);
}
