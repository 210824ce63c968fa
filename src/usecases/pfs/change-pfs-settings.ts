import { parsePfsSettings } from '../../core/services/priority-for-services';
import { STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { saveStateSetting } from '../settings/save-state-setting';
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
  await saveStateSetting(ctx, {
    key: STATE_SETTING_KEYS.priorityForServices,
    entityType: 'services_settings',
    value: settings,
    version,
    readBefore: statePfsSettings,
  });
  return getPfsSettings(ctx);
}
