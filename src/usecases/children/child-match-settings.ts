import { DEFAULT_MATCH_THRESHOLD } from '../../core/children/reconciliation';
import { DomainError } from '../../core/common/domain-error';
import type { Db } from '../../data/db';
import { findVersionedSetting, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
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
  const { value, version } = await findVersionedSetting(db, STATE_SETTING_KEYS.childMatches);
  const threshold = (value as { threshold?: unknown } | undefined)?.threshold;
  return { threshold: typeof threshold === 'number' ? threshold : DEFAULT_MATCH_THRESHOLD, version };
}

/** Change the score from which likely matches are proposed (state administrator; audited, versioned). */
export async function changeChildMatchThreshold(
  ctx: UseCaseContext,
  threshold: number,
  version: number,
): Promise<ChildMatchSettings> {
  requirePermission(ctx, 'child.reconcile');
  if (ctx.actor.role !== 'state_admin') throw new DomainError('forbidden', 'Your role does not allow this.');
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 100)
    throw DomainError.invalidField('threshold', 'must be a whole number from 1 to 100');
  const saved = await saveStateSetting(ctx, {
    key: STATE_SETTING_KEYS.childMatches,
    entityType: 'child_match_settings',
    value: { threshold },
    version,
    readBefore: async (db) => childMatchSettings(db),
  });
  return { threshold, version: saved };
}
