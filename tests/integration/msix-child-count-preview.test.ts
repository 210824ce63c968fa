/**
 * The child counts as MSIX will compute them (issue 21, docs/rules/msix.md X9) end to end: after
 * an export, a child sent is counted by both sides and not listed; a child never exported, one
 * held back by its problems, one whose summer service came after the export and one without a
 * school enrollment are listed with their reasons; a summer service attended before the export
 * counts in MSIX's Category 2 (X7.7). Scopes as the validation report's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/data/db';
import { buildChild, buildDistrict, buildRegion, buildSchool, buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { attendSummer, makeEligible } from '../support/msix-data';
import { startFreshTestApp, type TestApp } from '../support/test-app';

describe.each(freshDatabases('msix_child_count'))('the MSIX child count preview on $name', (database) => {
  let t: TestApp;
  let db: Db;
  let regionA: string;
  let regionB: string;
  let kids: Record<
    'sent' | 'summer' | 'later' | 'noSchool' | 'heldBack' | 'never' | 'other',
    { id: string; student_number: string }
  >;
  let admin: HttpSession;
  let specialistA: HttpSession;
  let specialistB: HttpSession;
  let recruiterA: HttpSession;
  const preview = (session: HttpSession, query = '') =>
    session.request('GET', `/api/msix/child-count-preview?period=2025-26${query}`);

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    db = t.handle.db;
    regionA = (await buildRegion(db)).id;
    regionB = (await buildRegion(db)).id;
    const plain = await buildDistrict(db, regionA);
    const delano = await buildDistrict(db, regionA);
    await db.updateTable('districts').set({ nces_id: '0610920' }).where('id', '=', delano.id).execute();
    const kennedy = await buildSchool(db, delano.id, { name: 'Robert F. Kennedy High' });
    await db.updateTable('schools').set({ nces_id: '061092011935' }).where('id', '=', kennedy.id).execute();
    const child = async (
      regionId: string,
      firstName: string,
      options: { school?: boolean; districtId?: string } = {},
    ) => {
      const built = await buildChild(db, { regionId, firstName, districtId: options.districtId });
      await makeEligible(db, regionId, built.id);
      if (options.school)
        await db
          .insertInto('enrollments')
          .values({
            child_id: built.id,
            district_id: delano.id,
            school_id: kennedy.id,
            enrollment_date: '2025-08-20',
            residency_date: '2025-08-01',
            grade_level: '05',
          })
          .execute();
      return built;
    };
    // Sent by the export below.
    const sent = await child(regionA, 'Ana', { school: true });
    const summer = await child(regionA, 'Beto', { school: true });
    await attendSummer(db, regionA, summer.student_number, 'SUM-1', ['2026-06-16', '2026-06-17']);
    const later = await child(regionA, 'Carla', { school: true });
    const noSchool = await child(regionA, 'Diego');
    // Enrolled where the directory gave no NCES id: held back at every export (X7.3, X7.5).
    const heldBack = await child(regionA, 'Elena', { districtId: plain.id });
    const other = await child(regionB, 'Fabián', { school: true });
    const session = async (options: Parameters<typeof buildUser>[1]) =>
      signInAs(t.app, (await buildUser(db, options)).email);
    admin = await session({ role: 'state_admin' });
    specialistA = await session({ role: 'data_specialist', regionId: regionA });
    specialistB = await session({ role: 'data_specialist', regionId: regionB });
    recruiterA = await session({ role: 'recruiter', regionId: regionA });
    expect((await admin.request('POST', '/api/msix/exports')).body.counts).toMatchObject({
      inserted: 5,
      heldBack: 1,
    });
    // After the export: a child never exported, and a summer service the export did not carry.
    const never = await child(regionA, 'Gabriel', { school: true });
    await attendSummer(db, regionA, later.student_number, 'SUM-2', ['2026-07-01']);
    kids = { sent, summer, later, noSchool, heldBack, never, other };
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('puts both sides’ totals side by side and explains each child counted by one side only', async () => {
    const reply = await preview(specialistA);
    expect(reply.status).toBe(200);
    const body = reply.body;
    expect(body.region.id).toBe(regionA);
    expect(body.period).toBe('2025-26');
    expect(body.lastExportAt).toEqual(expect.any(String));
    // Ciclo: the six eligible children of region A, Beto and Carla served in summer.
    expect(body.ciclo).toEqual({ category1: 6, category2: 2 });
    // MSIX: Ana, Beto and Carla as sent (Diego has no enrollment); Beto's summer project.
    expect(body.msix).toEqual({ category1: 3, category2: 1 });
    const rows = body.rows.map((row: Record<string, unknown>) => [
      row.childId,
      row.category,
      row.countedBy,
      row.reason,
    ]);
    const expected = [
      [kids.later.id, 2, 'ciclo', 'changed_since_export'],
      [kids.noSchool.id, 1, 'ciclo', 'no_residency'],
      [kids.heldBack.id, 1, 'ciclo', 'held_back'],
      [kids.never.id, 1, 'ciclo', 'not_exported'],
    ];
    expect(rows).toHaveLength(4);
    expect(rows).toEqual(expect.arrayContaining(expected));
    // By student number.
    const numbers = body.rows.map((row: { studentNumber: string }) => row.studentNumber);
    expect(numbers).toEqual([...numbers].sort());
    const byChild = new Map(body.rows.map((row: { childId: string }) => [row.childId, row]));
    expect(byChild.get(kids.later.id)).toMatchObject({ elements: ['summerProjects'], problems: 0 });
    expect(byChild.get(kids.heldBack.id)).toMatchObject({
      problems: expect.any(Number),
      name: expect.stringContaining('Elena'),
    });
    expect((byChild.get(kids.heldBack.id) as { problems: number }).problems).toBeGreaterThan(0);
    expect(body.differences).toBe(4);
    expect(body.reasons).toEqual([
      { reason: 'changed_since_export', differences: 1 },
      { reason: 'held_back', differences: 1 },
      { reason: 'no_residency', differences: 1 },
      { reason: 'not_exported', differences: 1 },
    ]);
    // Paged.
    const second = await preview(specialistA, '&limit=3&offset=3');
    expect(second.body.rows).toHaveLength(1);
    expect(second.body.differences).toBe(4);
  });

  it('gives the state administrator the state, and a region’s staff their region only', async () => {
    const state = await preview(admin);
    expect(state.status).toBe(200);
    expect(state.body.region).toBeNull();
    expect(state.body.ciclo).toEqual({ category1: 7, category2: 2 });
    expect(state.body.msix).toEqual({ category1: 4, category2: 1 });
    const regionOfB = await preview(specialistB);
    expect(regionOfB.body.ciclo).toEqual({ category1: 1, category2: 0 });
    expect(regionOfB.body.msix).toEqual({ category1: 1, category2: 0 });
    expect(regionOfB.body.rows).toEqual([]);
    expect((await preview(specialistB, `&regionId=${regionA}`)).status).toBe(404);
    expect((await preview(recruiterA)).status).toBe(403);
    expect((await preview(admin, `&regionId=${regionB}`)).body.region.id).toBe(regionB);
  });

  it('refuses a period that is not one, naming the field', async () => {
    const reply = await specialistA.request('GET', '/api/msix/child-count-preview?period=2025');
    expect(reply.status).toBe(400);
  });

  it('counts a child MSIX still holds when Ciclo no longer does, until the next export deletes it', async () => {
    await db.deleteFrom('enrollments').where('child_id', '=', kids.other.id).execute();
    await db.deleteFrom('child_eligibilities').where('child_id', '=', kids.other.id).execute();
    await db.deleteFrom('coe_children').where('child_id', '=', kids.other.id).execute();
    await db.deleteFrom('children').where('id', '=', kids.other.id).execute();
    const state = await preview(admin);
    const row = state.body.rows.find((r: { reason: string }) => r.reason === 'no_longer_in_ciclo');
    expect(row).toMatchObject({
      childId: null,
      category: 1,
      countedBy: 'msix',
      name: expect.stringContaining('Fabián'),
    });
    expect(state.body.msix).toEqual({ category1: 4, category2: 1 });
    expect(state.body.ciclo).toEqual({ category1: 6, category2: 2 });
  });
});
