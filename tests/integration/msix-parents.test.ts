/**
 * The MSIX export sends the parents' names (issue 21, docs/rules/msix.md X7.4): the male and the
 * female parent or guardian of the child's family, as their sex is recorded; correcting a
 * member's sex changes whose names go, and the next export sends the child as an update.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/data/db';
import { buildChild, buildRegion, buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { makeEligible } from '../support/msix-data';
import { signInAs, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';

const PARENT_COLUMNS = [
  '16 Male Parent First Name',
  '17 Male Parent Last Name',
  '18 Female Parent First Name',
  '19 Female Parent Last Name',
];

/** Each data row of an export's CSV: its action and the four parents' names. */
function parentsOf(csv: string): string[][] {
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const columns = header!.split(',');
  const at = PARENT_COLUMNS.map((name) => columns.indexOf(name));
  return rows.map((row) => {
    const cells = row.split(',');
    return [cells[0]!, ...at.map((i) => cells[i]!)];
  });
}

describe.each(freshDatabases('msix_parents'))(
  'the parents’ names in the MSIX export on $name',
  (database) => {
    let t: TestApp;
    let db: Db;
    let admin: HttpSession;
    let recruiter: HttpSession;
    let family: { id: string; version: number; members: Array<{ id: string; firstName: string }> };

    beforeAll(async () => {
      t = await startFreshTestApp(database);
      db = t.handle.db;
      const regionId = (await buildRegion(db)).id;
      const child = await buildChild(db, { regionId, firstName: 'Ana' });
      await makeEligible(db, regionId, child.id);
      admin = await signInAs(t.app, (await buildUser(db, { role: 'state_admin' })).email);
      recruiter = await signInAs(t.app, (await buildUser(db, { role: 'recruiter', regionId })).email);
      const created = await recruiter.request('POST', '/api/families', {
        regionId,
        familyName: 'Hernández López',
        members: [
          { relation: 'guardian', firstName: 'Tomás', lastSurname: 'Ruiz', sex: 'male' },
          {
            relation: 'parent',
            firstName: 'Rosa',
            lastSurname: 'López',
            secondSurname: 'Vega',
            sex: 'female',
          },
          { relation: 'parent', firstName: 'Juan', lastSurname: 'Hernández' },
        ],
      });
      expect(created.status).toBe(201);
      family = created.body;
      await db.updateTable('children').set({ family_id: family.id }).where('id', '=', child.id).execute();
    });
    afterAll(async () => {
      await t?.close();
      await database.drop();
    });

    async function exportParents() {
      const made = await admin.request('POST', '/api/msix/exports');
      expect(made.status).toBe(200);
      return parentsOf(String((await admin.request('GET', `/api/msix/exports/${made.body.id}/file`)).body));
    }

    it('sends the parents recorded by sex, a parent before a guardian, and an update when that changes', async () => {
      // Juan's sex is not recorded: the guardian Tomás goes as the male parent.
      expect(await exportParents()).toEqual([['I', 'Tomás', 'Ruiz', 'Rosa', 'López Vega']]);
      expect(await exportParents()).toEqual([]);

      const juan = family.members.find((m) => m.firstName === 'Juan')!;
      const set = await recruiter.request('PUT', `/api/families/${family.id}/members/${juan.id}/sex`, {
        sex: 'male',
        version: family.version,
      });
      expect(set.status).toBe(200);
      expect(await exportParents()).toEqual([['U', 'Juan', 'Hernández', 'Rosa', 'López Vega']]);
    });
  },
);
