import {
  assertMayChangeMatchThreshold,
  DEFAULT_MATCH_THRESHOLD,
  parseChildMatchSetting,
} from '../../core/children/reconciliation';
import type { Db } from '../../data/db';
import { readVersionedSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import type { UseCaseContext } from '../context';
import { requirePermission } from '../context';
import { saveStateSetting } from '../settings/save-state-setting';

export interface ChildMatchSettings {
  /** The score from which a likely match is proposed (IR5.2). */
  threshold: number;
  version: number;
}

/** The state's setting of the reconciliation queue, or its default (IR5.2). */
export async function childMatchSettings(db: Db): Promise<ChildMatchSettings> {
  const { setting, version } = await readVersionedSetting(
    db,
    STATE_SETTING_KEYS.childMatches,
    { threshold: DEFAULT_MATCH_THRESHOLD },
    parseChildMatchSetting,
  );
  return { ...setting, version };
}

/** Change the score from which likely matches are proposed (state administrator; audited, versioned). */
export async function changeChildMatchThreshold(
  ctx: UseCaseContext,
  threshold: number,
  version: number,
): Promise<ChildMatchSettings> {
  requirePermission(ctx, 'child.reconcile');
  assertMayChangeMatchThreshold(ctx.actor);
  const setting = parseChildMatchSetting({ threshold });
  const saved = await saveStateSetting(ctx, {
    key: STATE_SETTING_KEYS.childMatches,
    entityType: 'child_match_settings',
    value: setting,
    version,
    readBefore: async (db) => childMatchSettings(db),
  });
  return { ...setting, version: saved };
}
