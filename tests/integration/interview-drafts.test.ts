import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildRegionWithStaff, buildUser } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';

/** What the web app keeps: the guided form's facts, whom the interview is with, where it came from. */
const content = (familyName: string) => ({
  draft: { interviewDate: '2026-11-30', familyName, workers: [{ firstName: 'María' }] },
  referralId: null,
  coeId: null,
});

describe.each(freshDatabases('interview_drafts'))('interviews in progress on $name', (database) => {
  let t: TestApp;
  let regionId: string;
  let otherRegionId: string;
  let recruiter: HttpSession;
  let colleague: HttpSession;
  let stranger: HttpSession;
  let reviewer: HttpSession;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
    t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
    const fixture = await buildRegionWithStaff(t.handle.db);
    const other = await buildRegionWithStaff(t.handle.db);
    regionId = fixture.region.id;
    otherRegionId = other.region.id;
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    reviewer = await signInAs(t.app, fixture.users.reviewer.email);
    const sameRegion = await buildUser(t.handle.db, { role: 'recruiter', regionId });
    colleague = await signInAs(t.app, sameRegion.email);
    stranger = await signInAs(t.app, other.users.recruiter.email);
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const auditOf = (id: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after', 'region_id'])
      .where('entity_type', '=', 'interview_draft')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();

  it('keeps a draft under the id its device made, lists it on its recruiter’s home and gives it back whole; created and discarded with an audit event (ID1)', async () => {
    const id = randomUUID();
    const created = await recruiter.request('PUT', `/api/interview-drafts/${id}`, {
      regionId,
      version: 0,
      label: '  García  ',
      content: content('García'),
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ id, regionId, label: 'García', version: 1 });

    const next = await recruiter.request('PUT', `/api/interview-drafts/${id}`, {
      regionId,
      version: 1,
      label: 'García López',
      content: content('García López'),
    });
    expect(next.body.version).toBe(2);

    const list = await recruiter.request('GET', '/api/interview-drafts');
    expect(list.body.items).toEqual([expect.objectContaining({ id, label: 'García López', version: 2 })]);
    expect(list.body.items[0]).not.toHaveProperty('content');
    const one = await recruiter.request('GET', `/api/interview-drafts/${id}`);
    expect(one.body.content).toEqual(content('García López'));

    expect(await auditOf(id)).toEqual([
      expect.objectContaining({ action: 'create', region_id: regionId, after: { label: 'García' } }),
    ]);
    expect((await recruiter.request('DELETE', `/api/interview-drafts/${id}`)).status).toBe(204);
    expect((await recruiter.request('GET', `/api/interview-drafts/${id}`)).status).toBe(404);
    expect((await auditOf(id)).map((event) => event.action)).toEqual(['create', 'delete']);
    expect((await auditOf(id))[1]!.before).toEqual({ label: 'García López', version: 2 });
  });

  it('refuses a save that does not continue the version the server holds: another device saved first (ID3)', async () => {
    const id = randomUUID();
    await recruiter.request('PUT', `/api/interview-drafts/${id}`, {
      regionId,
      version: 0,
      label: 'Núñez',
      content: content('Núñez'),
    });
    const [phone, laptop] = await Promise.all([
      recruiter.request('PUT', `/api/interview-drafts/${id}`, {
        regionId,
        version: 1,
        label: 'Núñez',
        content: content('Núñez (phone)'),
      }),
      recruiter.request('PUT', `/api/interview-drafts/${id}`, {
        regionId,
        version: 1,
        label: 'Núñez',
        content: content('Núñez (laptop)'),
      }),
    ]);
    expect([phone.status, laptop.status].sort()).toEqual([200, 409]);
    const refused = phone.status === 409 ? phone : laptop;
    expect(refused.body.error.problems).toEqual([expect.objectContaining({ field: 'version' })]);
    const again = await recruiter.request('PUT', `/api/interview-drafts/${id}`, {
      regionId,
      version: 0,
      label: 'Núñez',
      content: content('Núñez'),
    });
    expect(again.status).toBe(409);
    const kept = await recruiter.request('GET', `/api/interview-drafts/${id}`);
    expect(kept.body.version).toBe(2);
  });

  it('is its recruiter’s own, in a region they work in (ID2)', async () => {
    const id = randomUUID();
    await recruiter.request('PUT', `/api/interview-drafts/${id}`, {
      regionId,
      version: 0,
      label: 'Pérez',
      content: content('Pérez'),
    });
    for (const other of [colleague, stranger]) {
      expect((await other.request('GET', `/api/interview-drafts/${id}`)).status).toBe(404);
      expect(
        (
          await other.request('PUT', `/api/interview-drafts/${id}`, {
            regionId,
            version: 1,
            label: 'Taken over',
            content: content('x'),
          })
        ).status,
      ).toBe(404);
      expect((await other.request('DELETE', `/api/interview-drafts/${id}`)).status).toBe(404);
      expect((await other.request('GET', '/api/interview-drafts')).body.items).toEqual([]);
    }
    expect((await reviewer.request('GET', '/api/interview-drafts')).status).toBe(403);
    const elsewhere = await recruiter.request('PUT', `/api/interview-drafts/${randomUUID()}`, {
      regionId: otherRegionId,
      version: 0,
      label: 'Elsewhere',
      content: content('Elsewhere'),
    });
    expect(elsewhere.status).toBe(404);
    const moved = await recruiter.request('PUT', `/api/interview-drafts/${id}`, {
      regionId: otherRegionId,
      version: 1,
      label: 'Pérez',
      content: content('Pérez'),
    });
    expect(moved.status).toBe(404);
  });

  it('names the field of a bad save (400, never 500)', async () => {
    const id = randomUUID();
    const tooLong = await recruiter.request('PUT', `/api/interview-drafts/${id}`, {
      regionId,
      version: 0,
      label: 'Long',
      content: { notes: 'x'.repeat(600_000) },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.problems[0].field).toBe('content');
    const nul = await recruiter.request('PUT', `/api/interview-drafts/${id}`, {
      regionId,
      version: 0,
      label: 'Nul',
      content: { draft: { familyName: 'a\u0000b' } },
    });
    expect(nul.status).toBe(400);
  });
});
