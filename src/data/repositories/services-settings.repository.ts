import type { Db } from '../db';

/**
 * The state's services settings kept in `app_state`, each under its own key (and audited
 * under that id): which assessment levels count as below proficient, and when each term runs.
 */
export const SERVICES_SETTING_KEYS = {
  belowProficient: 'services_below_proficient',
  termWindows: 'services_term_windows',
} as const;
export type ServicesSettingKey = (typeof SERVICES_SETTING_KEYS)[keyof typeof SERVICES_SETTING_KEYS];

/** A setting as a state administrator saved it (JSON), or undefined when never changed. */
export async function findStoredServicesSetting(db: Db, key: ServicesSettingKey): Promise<unknown> {
  const row = await db.selectFrom('app_state').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Save a setting (already validated), replacing the one saved before. */
export async function saveServicesSetting(db: Db, key: ServicesSettingKey, setting: unknown): Promise<void> {
  const value = JSON.stringify(setting);
  await db
    .insertInto('app_state')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
