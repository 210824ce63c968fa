/**
 * The MSIX exchange end to end (issue 21, docs/rules/msix.md X5, X7): the validation report of
 * a region names what a child's record lacks, the state administrator's export sends only what
 * changed since the last one (inserts, then an update and a delete), holds back the records with
 * problems, and is audited; other roles and regions are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalMsixRecord } from '../../src/core/exchange/msix-changes';
import type { MsixChildRecord } from '../../src/core/exchange/msix-record';
import type { Db } from '../../src/data/db';
import { parsedJson } from '../../src/data/repositories/msix-records.repository';
import { todayInState } from '../../src/usecases/clock';
import { msixRecordsOfScope } from '../../src/usecases/exchange/msix-records-of-scope';
import { buildChild, buildDistrict, buildRegion, buildSchool, buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { makeEligible } from '../support/msix-data';
import { signInAs, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';

/** The data rows of an export's CSV: action code and child key of each. */
function changesOf(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',').slice(0, 2));
}

describe.each(freshDatabases('msix_export'))('the MSIX export on $name', (database) => {
  let t: TestApp;
  let db: Db;
  let regionA: string;
  let regionB: string;
  let children: {
    kept: string;
    changed: string;
    removed: string;
    enrolled: string;
    inSchool: string;
    other: string;
  };
  let admin: HttpSession;
  let specialistA: HttpSession;
  let specialistB: HttpSession;
  let consultantA: HttpSession;
  let recruiterA: HttpSession;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    db = t.handle.db;
    regionA = (await buildRegion(db)).id;
    regionB = (await buildRegion(db)).id;
    const district = await buildDistrict(db, regionA);
    // A district and school the school directory gave NCES ids (X7.3).
    const delano = await buildDistrict(db, regionA);
    await db.updateTable('districts').set({ nces_id: '0610920' }).where('id', '=', delano.id).execute();
    const kennedy = await buildSchool(db, delano.id, { name: 'Robert F. Kennedy High' });
    await db.updateTable('schools').set({ nces_id: '061092011935' }).where('id', '=', kennedy.id).execute();
    const child = async (regionId: string, firstName: string, districtId?: string) => {
      const built = await buildChild(db, { regionId, firstName, districtId });
      await makeEligible(db, regionId, built.id);
      return built.id;
    };
    children = {
      kept: await child(regionA, 'Ana'),
      changed: await child(regionA, 'Beto'),
      removed: await child(regionA, 'Carla'),
      // enrolled in a district without a school, neither with an NCES id: held back (X7.3)
      enrolled: await child(regionA, 'Diego', district.id),
      inSchool: await child(regionA, 'Fabián'),
      other: await child(regionB, 'Elena'),
    };
    await db
      .insertInto('enrollments')
      .values({
        child_id: children.inSchool,
        district_id: delano.id,
        school_id: kennedy.id,
        enrollment_date: '2025-08-20',
        residency_date: '2025-08-01',
        grade_level: '10',
      })
      .execute();
    const session = async (options: Parameters<typeof buildUser>[1]) =>
      signInAs(t.app, (await buildUser(db, options)).email);
    admin = await session({ role: 'state_admin' });
    specialistA = await session({ role: 'data_specialist', regionId: regionA });
    specialistB = await session({ role: 'data_specialist', regionId: regionB });
    consultantA = await session({ role: 'state_consultant', assignedRegionIds: [regionA] });
    recruiterA = await session({ role: 'recruiter', regionId: regionA });
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('reports a region’s children with what their record lacks, linking to the child', async () => {
    const report = await specialistA.request('GET', '/api/msix/validation');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ region: { id: regionA }, children: 5, valid: 4, withProblems: 1 });
    expect(report.body.rows).toHaveLength(1);
    const row = report.body.rows[0];
    expect(row).toMatchObject({ childId: children.enrolled, name: 'Diego Hernández Ruiz' });
    expect(row.problems).toContainEqual(
      expect.objectContaining({
        element: 31,
        elementName: 'School Identification Code',
        field: 'enrollments[0].schoolId',
        kind: 'missing',
      }),
    );
    expect(report.body.totals).toContainEqual({
      element: 31,
      elementName: 'School Identification Code',
      problems: 1,
      children: 1,
    });
    const paged = await specialistA.request('GET', '/api/msix/validation?offset=1&limit=10');
    expect(paged.body).toMatchObject({ withProblems: 1, offset: 1, rows: [] });

    const state = await admin.request('GET', '/api/msix/validation');
    expect(state.body).toMatchObject({ region: null, children: 6, withProblems: 1 });
    expect((await consultantA.request('GET', `/api/msix/validation?regionId=${regionA}`)).status).toBe(200);
  });

  it('refuses another region’s data specialist, and roles without the report', async () => {
    expect((await specialistB.request('GET', `/api/msix/validation?regionId=${regionA}`)).status).toBe(404);
    expect((await specialistB.request('GET', '/api/msix/validation')).body.children).toBe(1);
    expect((await recruiterA.request('GET', '/api/msix/validation')).status).toBe(403);
  });

  it('lets only the state administrator export', async () => {
    for (const session of [specialistA, consultantA]) {
      expect((await session.request('POST', '/api/msix/exports')).status).toBe(403);
      expect((await session.request('GET', '/api/msix/exports')).status).toBe(403);
    }
  });

  it('exports every valid child first, then only what changed, and audits each export', async () => {
    const first = await admin.request('POST', '/api/msix/exports');
    expect(first.status).toBe(200);
    expect(first.body.counts).toEqual({ inserted: 5, updated: 0, deleted: 0, heldBack: 1 });
    expect(first.body.heldBack).toEqual([
      expect.objectContaining({ childId: children.enrolled, problems: expect.any(Number) }),
    ]);
    const file = await admin.request('GET', `/api/msix/exports/${first.body.id}/file`);
    expect(file.status).toBe(200);
    const csv = String(file.body);
    expect(csv).toContain('Action,Child Key,1 MSIX Identification Number,2 State Student Identifier');
    expect(csv).toContain('20250526');
    expect(changesOf(csv).sort()).toEqual(
      [children.kept, children.changed, children.removed, children.inSchool, children.other]
        .map((key) => ['I', key])
        .sort(),
    );
    // The enrolled child's school and district NCES ids, from the directory (elements 31 and 37).
    const inSchoolRow = csv.split('\r\n').find((line) => line.includes(children.inSchool))!;
    expect(inSchoolRow).toContain(',061092011935,');
    expect(inSchoolRow).toContain(',0610920,');

    // Nothing changed: nothing to send.
    const again = await admin.request('POST', '/api/msix/exports');
    expect(again.body.counts).toEqual({ inserted: 0, updated: 0, deleted: 0, heldBack: 1 });

    await db
      .updateTable('children')
      .set({ first_name: 'Roberto' })
      .where('id', '=', children.changed)
      .execute();
    await db.deleteFrom('children').where('id', '=', children.removed).execute();
    const third = await admin.request('POST', '/api/msix/exports');
    expect(third.body.counts).toEqual({ inserted: 0, updated: 1, deleted: 1, heldBack: 1 });
    const thirdFile = String((await admin.request('GET', `/api/msix/exports/${third.body.id}/file`)).body);
    expect(changesOf(thirdFile).sort()).toEqual(
      [
        ['U', children.changed],
        ['D', children.removed],
      ].sort(),
    );
    expect(thirdFile).toContain('Roberto');
    expect(thirdFile).toContain('Carla');

    const list = await admin.request('GET', '/api/msix/exports');
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([
      third.body.id,
      again.body.id,
      first.body.id,
    ]);
    const audit = await db
      .selectFrom('audit_events')
      .select(['entity_id', 'action', 'after', 'actor_label'])
      .where('entity_type', '=', 'msix_export')
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.entity_id)).toEqual([first.body.id, again.body.id, third.body.id]);
    const after = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
    expect(after(audit[2]!.after)).toMatchObject({ inserted: 0, updated: 1, deleted: 1, heldBack: 1 });
    expect(audit.every((row) => row.action === 'create')).toBe(true);
  });

  it('keeps as its snapshot what rewriting it whole would, each row naming the export that last sent it', async () => {
    /** The snapshot as a full rewrite leaves it: each ready child's record now, each held-back child's last sent. */
    const rewritten = async (last: ReadonlyMap<string, string>) => {
      const checks = await msixRecordsOfScope(db, { regionId: null }, todayInState(new Date()));
      const snapshot = new Map<string, string>();
      for (const { child, record, problems } of checks) {
        const kept = problems.length === 0 ? canonicalMsixRecord(record) : last.get(child.id);
        if (kept !== undefined) snapshot.set(child.id, kept);
      }
      return snapshot;
    };
    const rows = () =>
      db
        .selectFrom('msix_export_records')
        .select(['child_key', 'record', 'export_id'])
        .orderBy('child_key')
        .execute();
    const recordsOf = (read: Awaited<ReturnType<typeof rows>>) =>
      new Map(
        read.map((row) => [row.child_key, canonicalMsixRecord(parsedJson(row.record) as MsixChildRecord)]),
      );
    const sentByOf = (read: Awaited<ReturnType<typeof rows>>) =>
      new Map(read.map((row) => [row.child_key, row.export_id]));

    // No child sent so far is held back: the snapshot left by the exports above is the rewrite's.
    let expected = await rewritten(new Map());
    expect(recordsOf(await rows())).toEqual(expected);
    const sentBy = sentByOf(await rows());
    const exportAndCheck = async (counts: object) => {
      const made = await admin.request('POST', '/api/msix/exports');
      expect(made.body.counts).toEqual(counts);
      const file = String((await admin.request('GET', `/api/msix/exports/${made.body.id}/file`)).body);
      for (const [action, childKey] of changesOf(file))
        if (action === 'D') sentBy.delete(childKey!);
        else sentBy.set(childKey!, made.body.id);
      expected = await rewritten(expected);
      const read = await rows();
      expect(recordsOf(read)).toEqual(expected);
      expect(sentByOf(read)).toEqual(sentBy);
    };

    // Ana, sent before, is held back (enrolled in a district without an NCES id) and renamed: her
    // last record sent stays. Roberto is renamed (update), Gabriela added (insert), Fabián
    // deleted, Elena unchanged, Diego still held back and never sent.
    const district = await buildDistrict(db, regionA);
    await db
      .insertInto('enrollments')
      .values({ child_id: children.kept, district_id: district.id, enrollment_date: '2025-08-20' })
      .execute();
    await db.updateTable('children').set({ first_name: 'Anita' }).where('id', '=', children.kept).execute();
    await db.updateTable('children').set({ first_name: 'Rob' }).where('id', '=', children.changed).execute();
    const added = (await buildChild(db, { regionId: regionB, firstName: 'Gabriela' })).id;
    await makeEligible(db, regionB, added);
    await db.deleteFrom('children').where('id', '=', children.inSchool).execute();
    await exportAndCheck({ inserted: 1, updated: 1, deleted: 1, heldBack: 2 });
    expect(expected.get(children.kept)).not.toContain('Anita');

    // Both held-back children's enrollments go: Diego is sent first, Anita's record replaces Ana's.
    await db.deleteFrom('enrollments').where('child_id', 'in', [children.kept, children.enrolled]).execute();
    await exportAndCheck({ inserted: 1, updated: 1, deleted: 0, heldBack: 0 });
    expect(expected.get(children.kept)).toContain('Anita');

    await exportAndCheck({ inserted: 0, updated: 0, deleted: 0, heldBack: 0 });
  });

  it('answers 404 for the file of an export that does not exist', async () => {
    const missing = await admin.request('GET', '/api/msix/exports/00000000-0000-4000-8000-000000000000/file');
    expect(missing.status).toBe(404);
  });
});
