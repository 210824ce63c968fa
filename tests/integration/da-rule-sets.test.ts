import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { californiaRuleSets } from '../../src/core/accountability';
import { openDatabase } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { loadStartupRuleSets } from '../../src/usecases/da/load-startup-rule-sets';
import { buildRegionWithStaff } from '../factories';
import { daCases } from '../support/da-cases';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { dashboardForm } from '../support/upload-form';

// Case 004: SWD is Red on graduation and chronic absence, both Priority 5 under CA-2018. A state
// that put chronic absence under Priority 6 would make SWD meet two areas: eligible.
const CASE = daCases().find((c) => c.name.startsWith('004'))!;
const seed = californiaRuleSets().find((s) => s.id === 'CA-2018')!;
const OVERRIDE = {
  ...seed,
  priorityAreas: seed.priorityAreas.map((area) =>
    area.id === 'P5'
      ? { id: 'P5', any: [{ all: [{ indicator: 'GRAD', colors: ['RED'] }] }] }
      : area.id === 'P6'
        ? { ...area, any: [...(area.any ?? []), { all: [{ indicator: 'CHRONIC', colors: ['RED'] }] }] }
        : area,
  ),
};

// Rule sets are statewide: each run gets a database of its own.
describe.each(freshDatabases('da_rules'))(
  'state rule sets for differentiated assistance on $name',
  (database) => {
    let t: TestApp;
    let admin: HttpSession;
    let consultant: HttpSession;
    const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-da-rules-'));

    beforeAll(async () => {
      const handle = await database.open();
      await migrateToLatest(handle.db);
      await handle.close();
      t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
      const fixture = await buildRegionWithStaff(t.handle.db);
      admin = await signInAs(t.app, fixture.users.state_admin.email);
      consultant = await signInAs(t.app, fixture.users.state_consultant.email);
    }, 120_000);
    afterAll(async () => {
      await t?.close();
      await database.drop();
      rmSync(folder, { recursive: true, force: true });
    });

    async function swdDecision(): Promise<{ eligible: boolean; groups: unknown }> {
      const upload = await admin.request('POST', '/api/da/imports', dashboardForm(CASE.files));
      const run = await admin.request('POST', `/api/da/imports/${upload.body.id}/determinations`, {});
      const lea = await admin.request(
        'GET',
        `/api/da/leas/${CASE.expected.leas[0]!.leaId}?determinationId=${run.body.id}`,
      );
      return lea.body.record.decision;
    }

    it("lists California's rule sets, and a state administrator overrides one without a code change", async () => {
      const before = await consultant.request('GET', '/api/da/rule-sets');
      expect(before.body.items.find((s: { id: string }) => s.id === 'CA-2018')).toMatchObject({
        source: 'california',
        overridesCalifornia: false,
      });
      expect((await swdDecision()).eligible).toBe(false);

      expect(
        (
          await consultant.request('PUT', '/api/da/rule-sets', {
            definition: OVERRIDE,
            versions: { 'CA-2018': 0 },
          })
        ).status,
      ).toBe(403);
      const saved = await admin.request('PUT', '/api/da/rule-sets', {
        definition: OVERRIDE,
        versions: { 'CA-2018': 0 },
      });
      expect(saved.status).toBe(200);
      expect(saved.body.items.find((s: { id: string }) => s.id === 'CA-2018')).toMatchObject({
        source: 'web',
        overridesCalifornia: true,
        version: 1,
      });
      expect(await swdDecision()).toMatchObject({
        eligible: true,
        groups: [{ group: 'SWD', priorities: ['P5', 'P6'] }],
      });

      const audit = await t.handle.db
        .selectFrom('audit_events')
        .select('entity_id')
        .where('entity_type', '=', 'da_rule_set')
        .execute();
      expect(audit.map((row) => row.entity_id)).toEqual(['CA-2018']);
    });

    it('saves a rule set only at the version read: a stale save or removal gets 409 and writes nothing', async () => {
      const audited = async () =>
        (
          await t.handle.db
            .selectFrom('audit_events')
            .select('id')
            .where('entity_type', '=', 'da_rule_set')
            .execute()
        ).length;
      const before = await audited();
      const unread = await admin.request('PUT', '/api/da/rule-sets', { definition: OVERRIDE, versions: {} });
      expect(unread.status).toBe(400);
      expect(unread.body.error.problems).toEqual([{ field: 'versions', message: 'lacks CA-2018' }]);

      const stale = await admin.request('PUT', '/api/da/rule-sets', {
        definition: { ...OVERRIDE, sources: ['stale'] },
        versions: { 'CA-2018': 0 },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
      expect((await admin.request('DELETE', '/api/da/rule-sets/CA-2018?version=7')).status).toBe(409);
      const listed = (await admin.request('GET', '/api/da/rule-sets')).body.items.find(
        (s: { id: string }) => s.id === 'CA-2018',
      );
      expect(listed).toMatchObject({
        version: 1,
        definition: { sources: OVERRIDE.sources },
      });
      expect(await audited()).toBe(before);

      // Three administrators save the set they all read at version 1 at once: one is saved.
      const replies = await Promise.all(
        ['first', 'second', 'third'].map((source) =>
          admin.request('PUT', '/api/da/rule-sets', {
            definition: { ...OVERRIDE, sources: [source] },
            versions: { 'CA-2018': 1 },
          }),
        ),
      );
      expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409, 409]);
      expect(await audited()).toBe(before + 1);
      const current = await admin.request('GET', '/api/da/rule-sets');
      const set = current.body.items.find((s: { id: string }) => s.id === 'CA-2018');
      expect(set.version).toBe(2);
      // Put the override of the next tests back, at the version now read.
      expect(
        (
          await admin.request('PUT', '/api/da/rule-sets', {
            definition: OVERRIDE,
            versions: { 'CA-2018': 2 },
          })
        ).status,
      ).toBe(200);
    });

    it('refuses a rule set that breaks the schema, naming the field, and changes nothing', async () => {
      const refused = await admin.request('PUT', '/api/da/rule-sets', {
        definition: [{ ...OVERRIDE, charterRule: 'SOMETIMES' }],
        versions: { 'CA-2018': 3 },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain(
        '[0].charterRule: "SOMETIMES" is not one of THREE_OF_FOUR_YEARS, TWO_CONSECUTIVE_YEARS',
      );
      expect((await swdDecision()).eligible).toBe(true);
    });

    it("gives California's set back when the override is removed", async () => {
      expect((await admin.request('DELETE', '/api/da/rule-sets/CA-2018?version=3')).status).toBe(204);
      expect((await admin.request('DELETE', '/api/da/rule-sets/CA-2018?version=3')).status).toBe(404);
      expect((await swdDecision()).eligible).toBe(false);
      const removal = await t.handle.db
        .selectFrom('audit_events')
        .select(['entity_id', 'before'])
        .where('entity_type', '=', 'da_rule_set')
        .where('action', '=', 'delete')
        .execute();
      expect(removal).toEqual([{ entity_id: 'CA-2018', before: expect.objectContaining({ id: 'CA-2018' }) }]);
    });

    it('loads rule sets from the file CICLO_DA_RULE_SETS names at start, and refuses a bad file naming the field', async () => {
      const file = path.join(folder, 'state-rules.json');
      writeFileSync(file, JSON.stringify([OVERRIDE]));
      expect(await loadStartupRuleSets(t.handle.db, file)).toEqual(['CA-2018']);
      expect(
        (await admin.request('GET', '/api/da/rule-sets')).body.items.find(
          (s: { id: string }) => s.id === 'CA-2018',
        ).source,
      ).toBe('startup-file');
      const audit = await admin.request(
        'GET',
        '/api/audit-events?entityType=da_rule_set&entityId=CA-2018&actor=startup-file',
      );
      expect(audit.body.items[0]).toMatchObject({
        action: 'update',
        actorLabel: 'startup-file',
        after: { id: 'CA-2018' },
      });
      const bad = path.join(folder, 'bad.json');
      writeFileSync(bad, JSON.stringify({ ...OVERRIDE, minimumGroupSize: 'thirty' }));
      await expect(loadStartupRuleSets(t.handle.db, bad)).rejects.toThrow(/^bad\.json: /);
    });
  },
);
