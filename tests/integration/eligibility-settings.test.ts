import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { determineValidInterview } from '../../src/core/eligibility/determine-eligibility';
import {
  CALIFORNIA_ELIGIBILITY_SETTINGS,
  type EligibilitySettings,
} from '../../src/core/eligibility/eligibility-settings';
import type { Interview } from '../../src/core/eligibility/interview-schema';
import { openDatabase, type DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { loadDemoDataset } from '../../src/usecases/demo/load-demo-dataset';
import { buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';

/** What Ciclo stores for every child of an approved COE, and their eligibility records. */
async function storedFacts(handle: DatabaseHandle) {
  const children = await handle.db
    .selectFrom('coe_children')
    .innerJoin('coes', 'coes.id', 'coe_children.coe_id')
    .where('coes.status', '=', 'approved')
    .select([
      'coe_children.coe_id',
      'interview_child_id',
      'child_id',
      'eligible',
      'qad',
      'eligibility_end_date',
      'end_reason',
      'basis',
      'relation',
      'worker_move_date',
    ])
    .orderBy('coe_children.coe_id')
    .orderBy('interview_child_id')
    .execute();
  const eligibilities = await handle.db
    .selectFrom('child_eligibilities')
    .select(['child_id', 'coe_id', 'qad', 'eligibility_end_date'])
    .orderBy('coe_id')
    .orderBy('child_id')
    .execute();
  return { children, eligibilities };
}

/** The same facts as the engine gives them now, with `settings`. */
async function expectedFacts(handle: DatabaseHandle, settings: EligibilitySettings) {
  const coes = await handle.db
    .selectFrom('coes')
    .select(['id', 'interview'])
    .where('status', '=', 'approved')
    .execute();
  const results = new Map<string, ReturnType<typeof determineValidInterview>['children'][number]>();
  for (const coe of coes)
    for (const child of determineValidInterview(coe.interview as Interview, { settings }).children)
      results.set(`${coe.id}|${child.child}`, child);
  return results;
}

// The settings are statewide: each run gets a database of its own.
describe.each(freshDatabases('settings'))('changing the eligibility settings on $name', (database) => {
  let t: TestApp;
  let handle: DatabaseHandle;
  let admin: HttpSession;
  let before: Awaited<ReturnType<typeof storedFacts>>;

  beforeAll(async () => {
    const loader = await database.open();
    await migrateToLatest(loader.db);
    await loadDemoDataset(loader.db, { children: 1_000, seed: 21, today: '2026-11-22' });
    await loader.close();
    // From here on, one connection: the app's (two PGlite instances on one folder do not see each other's writes).
    t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
    handle = t.handle;
    before = await storedFacts(handle);
    admin = await signInAs(t.app, (await buildUser(t.handle.db, { role: 'state_admin' })).email);
  }, 180_000);
  /** Wait until a save of the settings is committed at `version` (its re-determination may still run). */
  const untilVersion = async (version: number) => {
    for (let tries = 0; tries < 2_000; tries += 1) {
      const read = await handle.db
        .selectFrom('app_state')
        .select('version')
        .where('key', '=', 'eligibility_settings')
        .executeTakeFirst();
      if (read?.version === version) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`the settings never reached version ${version}`);
  };
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it("reads California's settings until they change", async () => {
    expect((await admin.request('GET', '/api/eligibility/settings')).body).toEqual({
      ...CALIFORNIA_ELIGIBILITY_SETTINGS,
      singleDistrictStates: ['HI', 'PR'],
      version: 0,
    });
  });

  it('re-determines every stored child with the new settings, writing exactly what the engine now says', async () => {
    const stricter = { soonAfterDays: 7, toJoinMaxMonths: 1, precedeMaxMonths: 1 };
    const saving = admin.request('PUT', '/api/eligibility/settings', { settings: stricter, version: 0 });
    // A second save made at the version read before is refused as soon as the first is saved,
    // while its re-determination may still be running, and changes nothing.
    await untilVersion(1);
    const late = await admin.request('PUT', '/api/eligibility/settings', { settings: {}, version: 0 });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe(
      'version: someone else changed these settings since you read them; reload them',
    );
    const reply = await saving;
    expect(reply.status).toBe(200);
    expect(reply.body.version).toBe(1);
    expect(reply.body.settings).toMatchObject(stricter);
    expect(reply.body.redetermined.children).toBe(before.children.length);
    expect(reply.body.redetermined.changed).toBeGreaterThan(0);
    expect(reply.body.redetermined.noLongerEligible).toBeGreaterThan(0);

    const after = await storedFacts(handle);
    const expected = await expectedFacts(handle, { ...CALIFORNIA_ELIGIBILITY_SETTINGS, ...stricter });
    for (const row of after.children) {
      const result = expected.get(`${row.coe_id}|${row.interview_child_id}`)!;
      expect({
        eligible: row.eligible,
        qad: row.qad,
        end: row.eligibility_end_date,
        basis: row.basis,
      }).toEqual({
        eligible: result.eligible,
        qad: result.qad,
        end: result.eligibilityEndDate,
        basis: result.basis,
      });
    }
    const eligibleRows = after.children
      .filter((row) => row.eligible && row.qad && row.child_id)
      .map((row) => `${row.coe_id}|${row.child_id}|${row.qad}`)
      .sort();
    expect(after.eligibilities.map((row) => `${row.coe_id}|${row.child_id}|${row.qad}`).sort()).toEqual(
      eligibleRows,
    );
    const audit = await handle.db
      .selectFrom('audit_events')
      .select(['entity_id', 'before', 'after'])
      .where('entity_type', '=', 'eligibility_settings')
      .execute();
    expect(audit).toEqual([
      {
        entity_id: 'eligibility_settings',
        before: { ...CALIFORNIA_ELIGIBILITY_SETTINGS, singleDistrictStates: ['HI', 'PR'] },
        after: { ...CALIFORNIA_ELIGIBILITY_SETTINGS, singleDistrictStates: ['HI', 'PR'], ...stricter },
      },
    ]);
  }, 120_000);

  it("gives every child back as it was when California's settings return", async () => {
    const reply = await admin.request('PUT', '/api/eligibility/settings', { settings: {}, version: 1 });
    expect(reply.body.redetermined.changed).toBeGreaterThan(0);
    expect(await storedFacts(handle)).toEqual(before);
  }, 120_000);

  it('a save at the new version while the re-determination runs ends with every child as the last settings say', async () => {
    const stricter = { soonAfterDays: 7, toJoinMaxMonths: 1, precedeMaxMonths: 1 };
    const first = admin.request('PUT', '/api/eligibility/settings', { settings: stricter, version: 2 });
    await untilVersion(3);
    const second = await admin.request('PUT', '/api/eligibility/settings', { settings: {}, version: 3 });
    expect(second.status).toBe(200);
    expect((await first).status).toBe(200);
    // The first run stops writing once the second is saved: nothing of the stricter settings stays.
    expect(await storedFacts(handle)).toEqual(before);
  }, 120_000);

  it('refuses a bad setting, naming it, and changes nothing', async () => {
    const refused = await admin.request('PUT', '/api/eligibility/settings', {
      settings: { soonAfterDays: -5 },
      version: 4,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems[0].field).toMatch(/soonAfterDays$/);
    expect(await storedFacts(handle)).toEqual(before);
  });
});
