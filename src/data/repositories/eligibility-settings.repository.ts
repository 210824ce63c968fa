import type { Db } from '../db';

const KEY = 'eligibility_settings';

/** The id of the state's eligibility settings in the audit log. */
export const ELIGIBILITY_SETTINGS_KEY = KEY;

/** The eligibility settings a state administrator saved, as stored (JSON), or undefined when never changed. */
export async function findStoredEligibilitySettings(db: Db): Promise<unknown> {
  const row = await db.selectFrom('app_state').select('value').where('key', '=', KEY).executeTakeFirst();
  return row?.value;
}

/** Save the state's eligibility settings (already validated), replacing those saved before. */
export async function saveEligibilitySettings(db: Db, settings: unknown): Promise<void> {
  const value = JSON.stringify(settings);
  await db
    .insertInto('app_state')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
