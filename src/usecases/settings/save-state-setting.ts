import type { AuditedEntity } from '../../core/common/audited-entities';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { saveSetting, type StateSettingKey } from '../../data/repositories/state-settings.repository';
import type { UseCaseContext } from '../context';

/**
 * Saves a state setting at the version its author read and audits the change with the setting
 * as it was, in one transaction; returns the new version (a `conflict` when someone saved it
 * since, and then nothing is written).
 */
export async function saveStateSetting(
  ctx: UseCaseContext,
  change: {
    key: StateSettingKey;
    entityType: AuditedEntity;
    value: unknown;
    version: number;
    /** The setting as it is before the change, for the audit event. */
    readBefore: (db: Db) => Promise<unknown>;
  },
): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await change.readBefore(trx);
    const saved = await saveSetting(trx, change.key, change.value, change.version);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: change.entityType,
      entityId: change.key,
      regionId: null,
      before,
      after: change.value,
    });
    return saved;
  });
}
