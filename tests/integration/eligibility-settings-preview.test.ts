import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { loadDemoDataset } from '../../src/usecases/demo/load-demo-dataset';
import { buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';

/** Everything a save of the settings writes: the stored children, their eligibilities, the settings, the audit. */
async function everythingASaveWrites(handle: DatabaseHandle) {
  const children = await handle.db
    .selectFrom('coe_children')
    .select(['coe_id', 'interview_child_id', 'eligible', 'qad', 'eligibility_end_date', 'basis', 'relation'])
    .orderBy('coe_id')
    .orderBy('interview_child_id')
    .execute();
  const eligibilities = await handle.db
    .selectFrom('child_eligibilities')
    .select(['child_id', 'coe_id', 'qad', 'eligibility_end_date'])
    .orderBy('coe_id')
    .orderBy('child_id')
    .execute();
  const determinations = await handle.db
    .selectFrom('coes')
    .select(['id', 'determination'])
    .orderBy('id')
    .execute();
  const settings = await handle.db.selectFrom('app_state').selectAll().orderBy('key').execute();
  const audit = await handle.db
    .selectFrom('audit_events')
    .select('id')
    .where('entity_type', '=', 'eligibility_settings')
    .execute();
  return { children, eligibilities, determinations, settings, audit };
}

// The settings are statewide: each run gets a database of its own.
describe.each(freshDatabases('settings_preview'))(
  'previewing new eligibility settings on $name',
  (database) => {
    let t: TestApp;
    let admin: HttpSession;
    let regionDirector: HttpSession;
    const stricter = { soonAfterDays: 7, toJoinMaxMonths: 1, precedeMaxMonths: 1 };

    beforeAll(async () => {
      const loader = await database.open();
      await migrateToLatest(loader.db);
      await loadDemoDataset(loader.db, { children: 300, seed: 17, today: '2026-11-22' });
      await loader.close();
      t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
      admin = await signInAs(t.app, (await buildUser(t.handle.db, { role: 'state_admin' })).email);
      regionDirector = await signInAs(
        t.app,
        (await buildUser(t.handle.db, { role: 'region_director' })).email,
      );
    }, 180_000);
    afterAll(async () => {
      await t?.close();
      await database.drop();
    });

    it('counts what the save would re-determine, writing nothing, and the save then does exactly that', async () => {
      const before = await everythingASaveWrites(t.handle);
      const preview = await admin.request('POST', '/api/eligibility/settings/preview', {
        settings: stricter,
      });
      expect(preview.status).toBe(200);
      expect(preview.body.settings).toMatchObject(stricter);
      expect(preview.body.redetermined.children).toBe(before.children.length);
      expect(preview.body.redetermined.changed).toBeGreaterThan(0);
      expect(await everythingASaveWrites(t.handle)).toEqual(before);
      expect((await admin.request('GET', '/api/eligibility/settings')).body.soonAfterDays).toBe(60);

      const saved = await admin.request('PUT', '/api/eligibility/settings', {
        settings: stricter,
        version: 0,
      });
      expect(saved.status).toBe(200);
      expect(saved.body.redetermined).toEqual(preview.body.redetermined);

      // once saved, the same settings would change nothing more
      const again = await admin.request('POST', '/api/eligibility/settings/preview', { settings: stricter });
      expect(again.body.redetermined.changed).toBe(0);
      const back = await admin.request('POST', '/api/eligibility/settings/preview', { settings: {} });
      expect(back.body.redetermined.changed).toBe(preview.body.redetermined.changed);
      await admin.request('PUT', '/api/eligibility/settings', { settings: {}, version: 1 });
    }, 120_000);

    it('is for a state administrator only', async () => {
      const refused = await regionDirector.request('POST', '/api/eligibility/settings/preview', {
        settings: stricter,
      });
      expect(refused.status).toBe(403);
    });

    it('refuses a bad setting, naming it', async () => {
      const refused = await admin.request('POST', '/api/eligibility/settings/preview', {
        settings: { soonAfterDays: -5 },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.problems[0].field).toMatch(/soonAfterDays$/);
    });
  },
);

const run = promisify(execFile);

describe.each(freshDatabases('settings_preview_cli'))(
  'ciclo settings eligibility --preview on $name',
  (database) => {
    let handle: DatabaseHandle;
    const ciclo = async (args: string[]) => {
      const env = database.connection.url
        ? { DATABASE_URL: database.connection.url }
        : { DATABASE_URL: '', CICLO_DATA_DIR: database.connection.dataDir! };
      return (await run('node', ['bin/ciclo.mjs', ...args], { env: { ...process.env, ...env } })).stdout;
    };

    beforeAll(async () => {
      const loader = await database.open();
      await migrateToLatest(loader.db);
      await loadDemoDataset(loader.db, { children: 300, seed: 17, today: '2026-11-22' });
      await loader.close();
    }, 180_000);
    afterAll(async () => {
      await handle?.close();
      await database.drop();
    });

    it('says what --set would re-determine and saves nothing; --set then re-determines that', async () => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'ciclo-settings-')), 'stricter.json');
      writeFileSync(file, JSON.stringify({ soonAfterDays: 7, toJoinMaxMonths: 1, precedeMaxMonths: 1 }));
      const preview = await ciclo(['settings', 'eligibility', '--preview', file]);
      const would = preview.match(
        /^Nothing saved\. These settings would re-determine ([\d,]+) children of [\d,]+ approved COEs: ([\d,]+) would change/,
      );
      expect(would, preview).not.toBeNull();
      expect(JSON.parse(await ciclo(['settings', 'eligibility'])).soonAfterDays).toBe(60);
      const saved = await ciclo(['settings', 'eligibility', '--set', file]);
      expect(saved).toContain(`Re-determined ${would![1]} children`);
      expect(saved).toContain(`: ${would![2]} changed`);
      handle = await database.open();
      const audit = await handle.db
        .selectFrom('audit_events')
        .select('id')
        .where('entity_type', '=', 'eligibility_settings')
        .execute();
      expect(audit).toHaveLength(1);
    }, 120_000);
  },
);
