import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/common/domain-error';
import {
  findVersionedSetting,
  saveSetting,
  STATE_SETTING_KEYS,
} from '../../src/data/repositories/state-settings.repository';
import { buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';

const STALE = 'version: someone else changed these settings since you read them; reload them';

/** The outcome of a save: its new version, or 'stale' for a 409. */
async function outcome(save: Promise<number>): Promise<number | 'stale'> {
  try {
    return await save;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict' && error.message === STALE) return 'stale';
    throw error;
  }
}

// The settings are statewide: each run gets a database of its own.
describe.each(freshDatabases('setting_versions'))(
  'state settings saved at the version read on $name',
  (database) => {
    let t: TestApp;
    let admin: HttpSession;
    const auditCount = async (entityId: string) =>
      (await t.handle.db.selectFrom('audit_events').select('id').where('entity_id', '=', entityId).execute())
        .length;

    beforeAll(async () => {
      t = await startFreshTestApp(database);
      admin = await signInAs(t.app, (await buildUser(t.handle.db, { role: 'state_admin' })).email);
    });
    afterAll(async () => {
      await t?.close();
      await database.drop();
    });

    it('saveSetting saves only at the stored version (0 when never saved) and raises it', async () => {
      const db = t.handle.db;
      const key = STATE_SETTING_KEYS.deviceKeeping;
      expect(await findVersionedSetting(db, key)).toEqual({ value: undefined, version: 0 });
      // No row yet: only version 0 may save, and a later version does not insert one.
      expect(await outcome(saveSetting(db, key, { days: 5 }, 1))).toBe('stale');
      expect(await findVersionedSetting(db, key)).toEqual({ value: undefined, version: 0 });
      expect(await saveSetting(db, key, { days: 5 }, 0)).toBe(1);
      expect(await outcome(saveSetting(db, key, { days: 6 }, 0))).toBe('stale');
      expect(await outcome(saveSetting(db, key, { days: 6 }, 2))).toBe('stale');
      expect(await findVersionedSetting(db, key)).toEqual({ value: { days: 5 }, version: 1 });
      expect(await saveSetting(db, key, { days: 6 }, 1)).toBe(2);
      expect(await findVersionedSetting(db, key)).toEqual({ value: { days: 6 }, version: 2 });
      // A row that was there before versions (version 0) is saved at 0 like one never saved.
      await db.insertInto('app_state').values({ key: STATE_SETTING_KEYS.termWindows, value: '{}' }).execute();
      expect(await outcome(saveSetting(db, STATE_SETTING_KEYS.termWindows, { a: 1 }, 1))).toBe('stale');
      expect(await saveSetting(db, STATE_SETTING_KEYS.termWindows, { a: 1 }, 0)).toBe(1);
      await db.deleteFrom('app_state').where('key', 'in', [key, STATE_SETTING_KEYS.termWindows]).execute();
    });

    it('of three saves at once at the same version, exactly one wins, also when no row exists yet', async () => {
      const db = t.handle.db;
      const key = STATE_SETTING_KEYS.belowProficient;
      const atOnce = (version: number) =>
        Promise.all(
          [1, 2, 3].map((n) =>
            outcome(db.transaction().execute((trx) => saveSetting(trx, key, { n }, version))),
          ),
        );
      const fresh = await atOnce(0);
      expect([...fresh].sort()).toEqual([1, 'stale', 'stale']);
      const again = await atOnce(1);
      expect([...again].sort()).toEqual([2, 'stale', 'stale']);
      await db.deleteFrom('app_state').where('key', '=', key).execute();
    });

    it('of three eligibility settings saved at once at version 0, one is saved and audited; two get 409', async () => {
      const replies = await Promise.all(
        [7, 8, 9].map((soonAfterDays) =>
          admin.request('PUT', '/api/eligibility/settings', { settings: { soonAfterDays }, version: 0 }),
        ),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      for (const refused of replies.filter((r) => r.status === 409))
        expect(refused.body.error).toMatchObject({
          message: STALE,
          problems: [{ field: 'version', message: 'is stale' }],
        });
      const winner = replies.find((r) => r.status === 200)!.body;
      expect(winner.version).toBe(1);
      const read = (await admin.request('GET', '/api/eligibility/settings')).body;
      expect(read).toMatchObject({ soonAfterDays: winner.settings.soonAfterDays, version: 1 });
      expect(await auditCount(STATE_SETTING_KEYS.eligibility)).toBe(1);
    });

    it('of three term windows saved at once at the version read, one is saved and audited; two get 409', async () => {
      const terms = (await admin.request('GET', '/api/mpo-targets/terms')).body;
      const replies = await Promise.all(
        ['06-20', '06-25', '06-30'].map((to) =>
          admin.request('PUT', '/api/mpo-targets/terms', { ...terms, RSY: { from: '09-01', to } }),
        ),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const winner = replies.find((r) => r.status === 200)!.body;
      expect((await admin.request('GET', '/api/mpo-targets/terms')).body).toEqual(winner);
      expect(await auditCount(STATE_SETTING_KEYS.termWindows)).toBe(1);
    });

    it.each([
      [
        'the eligibility settings',
        '/api/eligibility/settings',
        { settings: {} },
        STATE_SETTING_KEYS.eligibility,
      ],
      [
        'the device keeping period',
        '/api/eligibility/device-keeping',
        { days: 10 },
        STATE_SETTING_KEYS.deviceKeeping,
      ],
      ['the PFS criteria', '/api/pfs/settings', null, STATE_SETTING_KEYS.priorityForServices],
      [
        'the below-proficient levels',
        '/api/assessments/settings',
        { ELA: [1], MATH: [1], ELPAC: [1] },
        STATE_SETTING_KEYS.belowProficient,
      ],
      ['the term windows', '/api/mpo-targets/terms', null, STATE_SETTING_KEYS.termWindows],
    ] as const)('refuses %s at a stale version (409), changing nothing', async (_what, url, given, key) => {
      const read = (await admin.request('GET', url)).body;
      // The setting as read, when the test gives none: the PFS criteria and the term windows.
      const { version: _version, ...setting } = url === '/api/pfs/settings' ? { ...read.settings } : read;
      const body = given ?? setting;
      const saved = await admin.request('PUT', url, { ...body, version: read.version });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      const audited = await auditCount(key);
      const stored = await findVersionedSetting(t.handle.db, key);
      const stale = await admin.request('PUT', url, { ...body, version: read.version });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toBe(STALE);
      expect(await auditCount(key)).toBe(audited);
      expect(await findVersionedSetting(t.handle.db, key)).toEqual(stored);
      const missing = await admin.request('PUT', url, body);
      expect(missing.status).toBe(400);
      expect(await findVersionedSetting(t.handle.db, key)).toEqual(stored);
    });
  },
);
