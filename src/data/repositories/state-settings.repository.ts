import { sql } from 'kysely';
import { DomainError } from '../../core/common/domain-error';
import type { Db } from '../db';

/**
 * The state's settings, each a JSON value under its own key in `app_state` (and audited under
 * that id): the eligibility settings, which assessment levels count as below proficient,
 * when each term runs, the Priority for Services criteria, and how long a device keeps what it
 * holds of children's records. Each is saved at the version its author read (0: never saved).
 */
export const STATE_SETTING_KEYS = {
  eligibility: 'eligibility_settings',
  belowProficient: 'services_below_proficient',
  termWindows: 'services_term_windows',
  priorityForServices: 'services_priority_for_services',
  deviceKeeping: 'device_keeping',
  childMatches: 'child_matches',
} as const;
export type StateSettingKey = (typeof STATE_SETTING_KEYS)[keyof typeof STATE_SETTING_KEYS];

/** A setting as stored (undefined when never changed) and the version to save the next one at. */
export interface StoredSetting {
  value: unknown;
  version: number;
}

/** A setting as a state administrator saved it (JSON), or undefined when never changed. */
export async function findStoredSetting(db: Db, key: StateSettingKey): Promise<unknown> {
  return (await findVersionedSetting(db, key)).value;
}

/** A setting and its version, read together (version 0 when never saved). */
export async function findVersionedSetting(db: Db, key: StateSettingKey): Promise<StoredSetting> {
  const row = await db
    .selectFrom('app_state')
    .select(['value', 'version'])
    .where('key', '=', key)
    .executeTakeFirst();
  return { value: row?.value, version: row?.version ?? 0 };
}

/**
 * The version of a setting, held (`for share`) until the caller's transaction ends: a save of
 * the setting waits for it, so what the caller writes under this version comes before any
 * newer save.
 */
export async function holdSettingVersion(db: Db, key: StateSettingKey): Promise<number> {
  const row = await db
    .selectFrom('app_state')
    .select('version')
    .where('key', '=', key)
    .forShare()
    .executeTakeFirst();
  return row?.version ?? 0;
}

/** A save made at a version someone else has changed since (409). */
export function staleSetting(): DomainError {
  return new DomainError('conflict', 'version: someone else changed these settings since you read them; reload them', [
    { field: 'version', message: 'is stale' },
  ]);
}

/**
 * Save a setting (already validated) at the version read, raising the version; returns the new
 * version. A `conflict` when the stored version is not `expectedVersion`. One statement each
 * way, so of two saves at the same version exactly one wins on PostgreSQL too: at version 0 an
 * insert that, when the row exists, updates only a row still at 0 (a concurrent insert waits
 * on the key and then sees the winner's version); past 0 an update of the row at that version.
 */
export async function saveSetting(
  db: Db,
  key: StateSettingKey,
  setting: unknown,
  expectedVersion: number,
): Promise<number> {
  const value = JSON.stringify(setting);
  const saved =
    expectedVersion === 0
      ? await db
          .insertInto('app_state')
          .values({ key, value, version: 1 })
          .onConflict((oc) =>
            oc
              .column('key')
              .doUpdateSet({ value, version: sql<number>`app_state.version + 1` })
              .where('app_state.version', '=', 0),
          )
          .returning('version')
          .executeTakeFirst()
      : await db
          .updateTable('app_state')
          .set({ value, version: sql<number>`version + 1` })
          .where('key', '=', key)
          .where('version', '=', expectedVersion)
          .returning('version')
          .executeTakeFirst();
  if (!saved) throw staleSetting();
  return saved.version;
}

/** A setting (the state's, or `fallback` when never changed) and the version it was read at. */
export async function readVersionedSetting<T>(
  db: Db,
  key: StateSettingKey,
  fallback: T,
  parse: (stored: unknown) => T,
): Promise<{ setting: T; version: number }> {
  const stored = await findVersionedSetting(db, key);
  return { setting: stored.value === undefined ? fallback : parse(stored.value), version: stored.version };
}
