/**
 * Consolidated records of children from other states end to end (issue 21, docs/rules/msix.md
 * X11): a data specialist attaches a record to a child of their region, whoever reads the child
 * reads it per sending state, a detach keeps it and attaching it again undoes the detach, a
 * newer record of the same MSIX ID replaces the one held, a file of several children proposes
 * the likely children; another region's staff are refused, each change is audited, and Ciclo's
 * own child is untouched.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consolidatedRecordFileJson,
  parseConsolidatedRecordFile,
} from '../../src/core/exchange/msix-consolidated-record';
import type { Db } from '../../src/data/db';
import { buildChild, buildDistrict, buildRegion, buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { uploadForm } from '../support/upload-form';

const fixture = (name: string) => readFileSync(`tests/fixtures/msix/${name}`, 'utf8');
const ONE = fixture('consolidated-record-one.json');
const SEVERAL = fixture('consolidated-records-several.json');
const BAD = fixture('consolidated-records-bad.json');
const upload = (content: string, fields: Record<string, string> = {}) =>
  uploadForm(fields, [{ name: 'record.json', content }]);

describe('the fixtures', () => {
  it.each(['consolidated-record-one.json', 'consolidated-records-several.json'])(
    '%s reads and writes back byte for byte',
    (name) => {
      const text = fixture(name);
      expect(consolidatedRecordFileJson(parseConsolidatedRecordFile(text))).toBe(text);
    },
  );
});

describe.each(freshDatabases('msix_records'))('records from other states on $name', (database) => {
  let t: TestApp;
  let db: Db;
  let regionA: string;
  let rosa: string;
  let tomas: string;
  let other: string;
  let admin: HttpSession;
  let specialistA: HttpSession;
  let specialistB: HttpSession;
  let recruiterA: HttpSession;
  let districtStaffA: HttpSession;

  const childRow = (id: string) =>
    db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const audits = (childId: string) =>
    db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'actor_label', 'region_id'])
      .where('entity_type', '=', 'msix_consolidated_record')
      .where('child_id', '=', childId)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    db = t.handle.db;
    regionA = (await buildRegion(db)).id;
    const regionB = (await buildRegion(db)).id;
    const districtA = await buildDistrict(db, regionA);
    rosa = (
      await buildChild(db, {
        regionId: regionA,
        districtId: districtA.id,
        firstName: 'Rosa',
        lastSurname: 'Hernandez',
        secondSurname: 'Flores',
        birthDate: '2015-04-12',
      })
    ).id;
    tomas = (
      await buildChild(db, {
        regionId: regionA,
        firstName: 'Tomás',
        lastSurname: 'Ruiz',
        secondSurname: null,
        birthDate: '2012-07-03',
      })
    ).id;
    // Tomás's namesake in region B: not proposed to region A's staff
    other = (
      await buildChild(db, {
        regionId: regionB,
        firstName: 'Tomás',
        lastSurname: 'Ruiz',
        secondSurname: null,
        birthDate: '2012-07-03',
      })
    ).id;
    await db
      .updateTable('children')
      .set({ second_surname: null })
      .where('id', 'in', [tomas, other])
      .execute();
    const session = async (options: Parameters<typeof buildUser>[1]) =>
      signInAs(t.app, (await buildUser(db, options)).email);
    admin = await session({ role: 'state_admin' });
    specialistA = await session({ role: 'data_specialist', regionId: regionA });
    specialistB = await session({ role: 'data_specialist', regionId: regionB });
    recruiterA = await session({ role: 'recruiter', regionId: regionA });
    districtStaffA = await session({ role: 'district_staff', districtId: districtA.id });
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('attaches a record to a child and shows it per sending state, leaving Ciclo’s child as it was', async () => {
    const before = await childRow(rosa);
    const attached = await specialistA.request('POST', `/api/children/${rosa}/msix-records`, upload(ONE));
    expect(attached.status).toBe(200);
    expect(attached.body).toMatchObject({
      msixId: '100200300401',
      sendingStates: ['TX', 'AZ'],
      fileName: 'record.json',
      detachedAt: null,
      version: 1,
    });
    expect(attached.body.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    for (const reader of [recruiterA, districtStaffA, admin]) {
      const read = await reader.request('GET', `/api/children/${rosa}/msix-records`);
      expect(read.status).toBe(200);
      expect(read.body.attached).toHaveLength(1);
      expect(read.body.detached).toEqual([]);
    }
    const read = await specialistA.request('GET', `/api/children/${rosa}/msix-records`);
    expect(read.body.abilities).toEqual({ canAttach: true });
    const [record] = read.body.attached;
    expect(record.states.map((s: { state: string }) => s.state)).toEqual(['TX', 'AZ']);
    expect(record.states[1].enrollments.map((e: { enrollmentDate: string }) => e.enrollmentDate)).toEqual([
      '2023-08-07',
      '2022-10-17',
    ]);
    expect(record.states[0].courses[0]).toMatchObject({ courseTitle: 'Reading 4', creditsGranted: '1.00' });
    expect(record.states[0].assessments[0]).toMatchObject({ interpretation: 'Approaches Grade Level' });
    expect((await recruiterA.request('GET', `/api/children/${rosa}/msix-records`)).body.abilities).toEqual({
      canAttach: false,
    });

    // Ciclo's own child, enrollments and eligibility are as they were
    expect(await childRow(rosa)).toEqual(before);
    const enrollments = await db
      .selectFrom('enrollments')
      .select('id')
      .where('child_id', '=', rosa)
      .execute();
    expect(enrollments).toHaveLength(1);
    const eligibilities = await db
      .selectFrom('child_eligibilities')
      .select('id')
      .where('child_id', '=', rosa)
      .execute();
    expect(eligibilities).toEqual([]);

    expect(await audits(rosa)).toEqual([
      expect.objectContaining({ action: 'create', entity_id: attached.body.id, region_id: regionA }),
    ]);
  });

  it('detaches a record, keeping it, and attaching it again undoes the detach; a stale version is 409', async () => {
    const [held] = (await specialistA.request('GET', `/api/children/${rosa}/msix-records`)).body.attached;
    const detached = await specialistA.request(
      'POST',
      `/api/children/${rosa}/msix-records/${held.id}/detach`,
      { version: held.version },
    );
    expect(detached.status).toBe(200);
    expect(detached.body).toMatchObject({ version: 2, detachedAt: expect.any(String) });
    const stale = await specialistA.request('POST', `/api/children/${rosa}/msix-records/${held.id}/detach`, {
      version: held.version,
    });
    expect(stale.status).toBe(409);

    const after = (await recruiterA.request('GET', `/api/children/${rosa}/msix-records`)).body;
    expect(after.attached).toEqual([]);
    expect(after.detached).toEqual([
      expect.objectContaining({ id: held.id, detachedBy: expect.any(String) }),
    ]);

    const staleAgain = await admin.request('POST', `/api/children/${rosa}/msix-records/${held.id}/attach`, {
      version: 1,
    });
    expect(staleAgain.status).toBe(409);
    const again = await admin.request('POST', `/api/children/${rosa}/msix-records/${held.id}/attach`, {
      version: 2,
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: held.id, detachedAt: null, version: 3 });
    expect((await audits(rosa)).map((a) => a.action)).toEqual(['create', 'delete', 'create']);
  });

  it('replaces the record of an MSIX ID by a newer one, detaching the one held', async () => {
    const [held] = (await specialistA.request('GET', `/api/children/${rosa}/msix-records`)).body.attached;
    const newer = await specialistA.request(
      'POST',
      `/api/children/${rosa}/msix-records`,
      upload(SEVERAL, { msixId: '100200300401' }),
    );
    expect(newer.status).toBe(200);
    expect(newer.body.sendingStates).toEqual(['TX']);
    const read = (await specialistA.request('GET', `/api/children/${rosa}/msix-records`)).body;
    expect(read.attached.map((r: { id: string }) => r.id)).toEqual([newer.body.id]);
    expect(read.detached.map((r: { id: string }) => r.id)).toEqual([held.id]);
    expect((await audits(rosa)).slice(-2)).toEqual([
      expect.objectContaining({ action: 'delete', entity_id: held.id, region_id: regionA }),
      expect.objectContaining({ action: 'create', entity_id: newer.body.id, region_id: regionA }),
    ]);

    // attaching the earlier record again detaches the newer one in its place, each audited
    const [earlier] = read.detached;
    const attachedAlready = await specialistA.request(
      'POST',
      `/api/children/${rosa}/msix-records/${newer.body.id}/attach`,
      { version: newer.body.version },
    );
    expect(attachedAlready.status).toBe(409);
    const back = await specialistA.request(
      'POST',
      `/api/children/${rosa}/msix-records/${earlier.id}/attach`,
      {
        version: earlier.version,
      },
    );
    expect(back.status).toBe(200);
    const after = (await specialistA.request('GET', `/api/children/${rosa}/msix-records`)).body;
    expect(after.attached.map((r: { id: string }) => r.id)).toEqual([earlier.id]);
    expect(after.detached.map((r: { id: string }) => r.id)).toEqual([newer.body.id]);
    expect((await audits(rosa)).slice(-2)).toEqual([
      expect.objectContaining({ action: 'delete', entity_id: newer.body.id, region_id: regionA }),
      expect.objectContaining({ action: 'create', entity_id: earlier.id, region_id: regionA }),
    ]);
  });

  it('refuses a bad file naming the path, and a file of several without the record chosen', async () => {
    const bad = await specialistA.request('POST', `/api/children/${tomas}/msix-records`, upload(BAD));
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0]).toMatchObject({ field: 'records[0].msixId' });
    const several = await specialistA.request('POST', `/api/children/${tomas}/msix-records`, upload(SEVERAL));
    expect(several.status).toBe(400);
    expect(several.body.error.problems[0]).toMatchObject({ field: 'msixId' });
    const notJson = await specialistA.request(
      'POST',
      `/api/children/${tomas}/msix-records`,
      upload('msix,id'),
    );
    expect(notJson.body.error.problems).toEqual([{ field: 'file', message: 'is not a JSON file' }]);
  });

  it('refuses another region’s staff and roles that may not attach', async () => {
    expect((await specialistB.request('GET', `/api/children/${rosa}/msix-records`)).status).toBe(404);
    expect(
      (await specialistB.request('POST', `/api/children/${rosa}/msix-records`, upload(ONE))).status,
    ).toBe(404);
    const [held] = (await admin.request('GET', `/api/children/${rosa}/msix-records`)).body.attached;
    expect(
      (
        await specialistB.request('POST', `/api/children/${rosa}/msix-records/${held.id}/detach`, {
          version: held.version,
        })
      ).status,
    ).toBe(404);
    expect((await recruiterA.request('POST', `/api/children/${rosa}/msix-records`, upload(ONE))).status).toBe(
      403,
    );
    expect(
      (
        await recruiterA.request('POST', `/api/children/${rosa}/msix-records/${held.id}/detach`, {
          version: held.version,
        })
      ).status,
    ).toBe(403);
    expect((await recruiterA.request('POST', '/api/msix/records/proposals', upload(SEVERAL))).status).toBe(
      403,
    );
  });

  it('proposes, for each record of a file, the likely children of the actor’s scope', async () => {
    const proposals = await specialistA.request('POST', '/api/msix/records/proposals', upload(SEVERAL));
    expect(proposals.status).toBe(200);
    const [first, second, third] = proposals.body.records;
    expect(first).toMatchObject({ msixId: '100200300401', sureChildId: rosa });
    expect(first.matches[0]).toMatchObject({ childId: rosa, score: 100 });
    // only the child of region A, not the namesake of region B
    expect(second.matches.map((m: { childId: string }) => m.childId)).toEqual([tomas]);
    expect(second.sureChildId).toBe(tomas);
    expect(third).toMatchObject({ matches: [], sureChildId: null });
    const state = await admin.request('POST', '/api/msix/records/proposals', upload(SEVERAL));
    const stateMatches = state.body.records[1].matches.map((m: { childId: string }) => m.childId);
    expect(stateMatches.sort()).toEqual([tomas, other].sort());
    expect(state.body.records[1].sureChildId).toBeNull();
    // once a child carries the record's MSIX ID, that child comes first and is sure, whatever the name
    await db.updateTable('children').set({ msix_id: '100200300402' }).where('id', '=', other).execute();
    const byId = (await admin.request('POST', '/api/msix/records/proposals', upload(SEVERAL))).body
      .records[1];
    expect(byId.matches.map((m: { childId: string; reasons: string[] }) => [m.childId, m.reasons])).toEqual([
      [other, ['same-msix-id']],
      [tomas, expect.arrayContaining(['same-birth-date'])],
    ]);
    expect(byId.sureChildId).toBe(other);
    // nothing attached by a proposal
    expect((await specialistA.request('GET', `/api/children/${tomas}/msix-records`)).body.attached).toEqual(
      [],
    );
  });
});
