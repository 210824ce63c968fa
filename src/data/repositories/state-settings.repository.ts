import type { Db } from '../db';

/**
 * The state's settings, each a JSON value under its own key in `app_state` (and audited under
 * that id): the eligibility settings, which assessment levels count as below proficient,
 * when each term runs, the Priority for Services criteria, and how long a device keeps what it
 * holds of children's records.
 */
export const STATE_SETTING_KEYS = {
  eligibility: 'eligibility_settings',
  belowProficient: 'services_below_proficient',
  termWindows: 'services_term_windows',
  priorityForServices: 'services_priority_for_services',
  deviceKeeping: 'device_keeping',
} as const;
export type StateSettingKey = (typeof STATE_SETTING_KEYS)[keyof typeof STATE_SETTING_KEYS];

/** A setting as a state administrator saved it (JSON), or undefined when never changed. */
export async function findStoredSetting(db: Db, key: StateSettingKey): Promise<unknown> {
  const row = await db.selectFrom('app_state').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Save a setting (already validated), replacing the one saved before. */
export async function saveSetting(db: Db, key: StateSettingKey, setting: unknown): Promise<void> {
  const value = JSON.stringify(setting);
  await db
    .insertInto('app_state')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
