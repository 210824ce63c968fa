import {
  CALIFORNIA_PFS_SETTINGS,
  CALIFORNIA_PFS_SOURCE,
  type PfsSettings,
} from '../../core/services/priority-for-services';
import { requirePermission, type UseCaseContext } from '../context';
import { statePfsSettings } from './state-pfs-settings';

export interface PfsSettingsReply {
  settings: PfsSettings;
  /** California's criteria, and where they come from, to compare and go back to. */
  california: PfsSettings;
  source: string;
}

/** The state's Priority for Services criteria beside California's and their source. */
export async function getPfsSettings(ctx: UseCaseContext): Promise<PfsSettingsReply> {
  requirePermission(ctx, 'service.read');
  return {
    settings: await statePfsSettings(ctx.db),
    california: CALIFORNIA_PFS_SETTINGS,
    source: CALIFORNIA_PFS_SOURCE,
  };
}
