import {
  CALIFORNIA_PFS_SETTINGS,
  CALIFORNIA_PFS_SOURCE,
  type PfsSettings,
} from '../../core/services/priority-for-services';
import { requirePermission, type UseCaseContext } from '../context';
import { versionedPfsSettings } from './state-pfs-settings';

export interface PfsSettingsReply {
  settings: PfsSettings;
  /** The version of the state's criteria: a change is saved at it. */
  version: number;
  /** California's criteria, and where they come from, to compare and go back to. */
  california: PfsSettings;
  source: string;
}

/** The state's Priority for Services criteria beside California's and their source. */
export async function getPfsSettings(ctx: UseCaseContext): Promise<PfsSettingsReply> {
  requirePermission(ctx, 'service.read');
  const { setting, version } = await versionedPfsSettings(ctx.db);
  return { settings: setting, version, california: CALIFORNIA_PFS_SETTINGS, source: CALIFORNIA_PFS_SOURCE };
}
