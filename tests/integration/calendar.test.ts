import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/people/roles';
import { programYearOf } from '../../src/core/calendar/program-year';
import { todayInState } from '../../src/usecases/clock';
import { buildRegion, buildRegionWithStaff, buildUser } from '../factories';
import { signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';
import { uploadForm } from '../support/upload-form';

const PDF = '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n';

describe.each(freshDatabases('calendar'))('the annual calendar on $name', (database) => {
  let t: TestApp;
  let sessions: Record<Role, HttpSession>;
  let regionId: string;
  let otherRegionId: string;
  let users: Awaited<ReturnType<typeof buildRegionWithStaff>>['users'];
  const today = todayInState();
  const thisYear = programYearOf(today);

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    const built = await buildRegionWithStaff(t.handle.db);
    users = built.users;
    regionId = built.region.id;
    otherRegionId = (await buildRegion(t.handle.db)).id;
    await buildUser(t.handle.db, { role: 'region_director', regionId: otherRegionId });
    sessions = await signInEveryRole(t.app, users);
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const auditOf = (entityType: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'before', 'after'])
      .where('entity_type', '=', entityType as never)
      .orderBy('id')
      .execute();

  const yearItems = async (session: HttpSession, year: number, region = regionId) => {
    const reply = await session.request(
      'GET',
      `/api/calendar/items?view=year&regionId=${region}&programYear=${year}`,
    );
    expect(reply.status).toBe(200);
    return reply.body.items as Array<{
      id: string;
      taskKey: string;
      version: number;
      status: string;
      dueOn: string;
    }>;
  };

  it('lists both tables of the calendar to everyone who reads it', async () => {
    const reply = await sessions.recruiter.request('GET', '/api/calendar/tasks');
    expect(reply.status).toBe(200);
    expect(reply.body.items).toHaveLength(81);
    expect(reply.body.items[0]).toMatchObject({ key: 'glance-07-1', workplacePath: '/services' });
    expect((await sessions.district_staff.request('GET', '/api/calendar/tasks')).status).toBe(403);
  });

  it('opens a program year without the application, then one with it, from the state’s setting', async () => {
    const admin = sessions.state_admin;
    expect(
      (await sessions.region_director.request('PUT', '/api/calendar/settings', { applicationYears: [2027] }))
        .status,
    ).toBe(403);
    const set = await admin.request('PUT', '/api/calendar/settings', {
      applicationYears: [2027, 2027, 2025],
    });
    expect(set).toMatchObject({ status: 200, body: { applicationYears: [2025, 2027] } });
    expect((await auditOf('calendar_settings')).at(-1)).toMatchObject({
      after: { applicationYears: [2025, 2027] },
    });

    const plain = await sessions.region_director.request('POST', '/api/calendar/years', {
      regionId,
      programYear: 2026,
    });
    expect(plain).toMatchObject({ status: 200, body: { added: 30, applicationYear: false } });
    const application = await admin.request('POST', '/api/calendar/years', { regionId, programYear: 2027 });
    expect(application).toMatchObject({ status: 200, body: { added: 43, applicationYear: true } });
    const again = await admin.request('POST', '/api/calendar/years', { regionId, programYear: 2027 });
    expect(again.body.added).toBe(0);
    expect((await auditOf('calendar_item')).filter((e) => e.action === 'create')).toHaveLength(3);

    const items2026 = await yearItems(sessions.recruiter, 2026);
    expect(items2026).toHaveLength(30);
    expect(items2026.some((item) => item.taskKey === 'detail-01-1')).toBe(false);
    expect(items2026[0]).toMatchObject({
      taskKey: 'detail-07-1',
      dueOn: '2026-07-31',
      status: 'not_started',
    });
    const items2027 = await yearItems(sessions.recruiter, 2027);
    expect(items2027.find((item) => item.taskKey === 'detail-01-1')).toMatchObject({ dueOn: '2028-01-31' });

    // Other regions' staff and roles without the permission may not open a year.
    for (const role of ['ir_manager', 'data_specialist', 'recruiter', 'state_consultant'] as const)
      expect(
        (await sessions[role].request('POST', '/api/calendar/years', { regionId, programYear: 2026 })).status,
      ).toBe(403);
    expect(
      (
        await sessions.region_director.request('POST', '/api/calendar/years', {
          regionId: otherRegionId,
          programYear: 2026,
        })
      ).status,
    ).toBe(404);
  });

  it('assigns an owner, changes a status with its version, and keeps notes, links and files as evidence', async () => {
    const [item] = await yearItems(sessions.region_director, 2026);
    const director = sessions.region_director;
    const assigned = await director.request('PATCH', `/api/calendar/items/${item!.id}`, {
      version: item!.version,
      ownerId: users.recruiter.id,
    });
    expect(assigned).toMatchObject({ status: 200, body: { owner: { id: users.recruiter.id } } });
    expect(
      (
        await sessions.data_specialist.request('PATCH', `/api/calendar/items/${item!.id}`, {
          version: assigned.body.version,
          ownerId: null,
        })
      ).status,
    ).toBe(403);
    expect(
      await director.request('PATCH', `/api/calendar/items/${item!.id}`, {
        version: assigned.body.version,
        ownerId: users.state_admin.id,
      }),
    ).toMatchObject({ status: 400, body: { error: { problems: [{ field: 'ownerId' }] } } });

    // The recruiter owns it and may work it; a stale version is a conflict.
    const recruiter = sessions.recruiter;
    const started = await recruiter.request('PATCH', `/api/calendar/items/${item!.id}`, {
      version: assigned.body.version,
      status: 'in_progress',
    });
    expect(started).toMatchObject({ status: 200, body: { status: 'in_progress' } });
    const stale = await recruiter.request('PATCH', `/api/calendar/items/${item!.id}`, {
      version: assigned.body.version,
      status: 'done',
    });
    expect(stale).toMatchObject({ status: 409, body: { error: { problems: [{ field: 'version' }] } } });
    expect((await auditOf('calendar_item')).at(-1)).toMatchObject({
      action: 'update',
      entity_id: item!.id,
      before: { status: 'not_started' },
      after: { status: 'in_progress' },
    });

    const note = await recruiter.request('POST', `/api/calendar/items/${item!.id}/evidence`, {
      kind: 'note',
      text: 'Entered the spring services.',
    });
    expect(note.status).toBe(201);
    expect(
      await recruiter.request('POST', `/api/calendar/items/${item!.id}/evidence`, {
        kind: 'link',
        text: 'ftp://x',
      }),
    ).toMatchObject({ status: 400, body: { error: { problems: [{ field: 'text' }] } } });
    const link = await recruiter.request('POST', `/api/calendar/items/${item!.id}/evidence`, {
      kind: 'link',
      text: 'https://example.org/log',
    });
    expect(link.status).toBe(201);
    const file = await recruiter.request(
      'POST',
      `/api/calendar/items/${item!.id}/files`,
      uploadForm({}, [{ name: 'sign-in.pdf', content: PDF }]),
    );
    expect(file.status).toBe(201);
    const [read] = (await yearItems(recruiter, 2026)).filter((i) => i.id === item!.id) as any[];
    expect(read.evidence.map((e: { kind: string; text: string }) => [e.kind, e.text])).toEqual([
      ['note', 'Entered the spring services.'],
      ['link', 'https://example.org/log'],
      ['file', 'sign-in.pdf'],
    ]);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/calendar/items/${item!.id}/files/${file.body.id}`,
      cookies: sessions.state_consultant.cookies,
    });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe(PDF);
    expect((await auditOf('calendar_evidence')).map((e) => e.action)).toEqual(['create', 'create']);

    // Someone who neither owns it nor works the region's calendar may not add evidence.
    expect(
      (
        await sessions.reviewer.request('POST', `/api/calendar/items/${item!.id}/evidence`, {
          kind: 'note',
          text: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (await recruiter.request('DELETE', `/api/calendar/items/${item!.id}/evidence/${note.body.id}`)).status,
    ).toBe(204);
    expect(
      (await recruiter.request('DELETE', `/api/calendar/items/${item!.id}/evidence/${file.body.id}`)).status,
    ).toBe(204);
    expect((await auditOf('calendar_evidence')).at(-1)).toMatchObject({
      action: 'delete',
      before: { kind: 'note' },
    });
    expect((await auditOf('document')).at(-1)).toMatchObject({ action: 'delete' });
  });

  it('shows the year at a glance live, this month’s items, the overdue ones, and every region side by side', async () => {
    const glance = async () =>
      (await sessions.recruiter.request('GET', `/api/calendar/glance?regionId=${regionId}&programYear=2026`))
        .body;
    const before = await glance();
    expect(before.rows).toHaveLength(40);
    expect(before.rows.find((r: any) => r.task.key === 'glance-01-1').status).toBe('absent');
    const octoberBefore = before.rows.find((r: any) => r.task.key === 'glance-10-1').status;
    expect(octoberBefore).toBe('not_started');
    const october = (await yearItems(sessions.ir_manager, 2026)).find((i) => i.taskKey === 'detail-10-1')!;
    await sessions.ir_manager.request('PATCH', `/api/calendar/items/${october.id}`, {
      version: october.version,
      status: 'done',
    });
    expect((await glance()).rows.find((r: any) => r.task.key === 'glance-10-1').status).toBe('done');

    const month = `${2026 + (Number(today.slice(5, 7)) >= 7 ? 0 : 1)}-${today.slice(5, 7)}`;
    const regionMonth = await sessions.recruiter.request(
      'GET',
      `/api/calendar/items?view=region&month=${month}`,
    );
    expect(regionMonth.status).toBe(200);
    expect(regionMonth.body.items.length).toBeGreaterThan(0);
    expect(regionMonth.body.items.every((i: any) => i.dueOn.startsWith(month))).toBe(true);
    const mine = await sessions.recruiter.request('GET', '/api/calendar/items?view=mine&month=2026-07');
    expect(mine.body.items.map((i: any) => i.taskKey)).toEqual(['detail-07-1']);

    const overdue = await sessions.region_director.request('GET', '/api/calendar/items?view=overdue');
    expect(overdue.status).toBe(200);
    for (const item of overdue.body.items) {
      expect(item.dueOn < today).toBe(true);
      expect(['not_started', 'in_progress']).toContain(item.status);
    }
    if (thisYear >= 2026) expect(overdue.body.items.length).toBeGreaterThan(0);

    await sessions.state_admin.request('POST', '/api/calendar/years', {
      regionId: otherRegionId,
      programYear: 2026,
    });
    const progress = await sessions.state_admin.request('GET', '/api/calendar/progress?programYear=2026');
    expect(progress.status).toBe(200);
    const row = progress.body.rows.find((r: any) => r.task.key === 'detail-10-1');
    const statusOf = (id: string) => row.regions.find((r: any) => r.regionId === id).status;
    expect(statusOf(regionId)).toBe('done');
    expect(statusOf(otherRegionId)).toBe('not_started');
    // A consultant sees only the regions assigned to them.
    const consultant = await sessions.state_consultant.request(
      'GET',
      '/api/calendar/progress?programYear=2026',
    );
    expect(consultant.body.regions.map((r: any) => r.id)).toEqual([regionId]);
    expect(
      (
        await sessions.recruiter.request(
          'GET',
          `/api/calendar/glance?regionId=${otherRegionId}&programYear=2026`,
        )
      ).status,
    ).toBe(404);
  });

  it('gives each user an iCalendar feed of their items at a secret address they can revoke', async () => {
    const recruiter = sessions.recruiter;
    expect((await recruiter.request('GET', '/api/calendar/feed')).body).toEqual({
      active: false,
      createdAt: null,
    });
    const made = await recruiter.request('POST', '/api/calendar/feed');
    expect(made.status).toBe(201);
    const path = made.body.path as string;
    expect(path).toMatch(/^\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}$/);
    const secret = path.slice(path.lastIndexOf('/') + 1);
    const stored = await t.handle.db.selectFrom('calendar_feeds').selectAll().execute();
    expect(stored.map((row) => row.secret_hash)).toEqual([createHash('sha256').update(secret).digest('hex')]);
    expect(JSON.stringify(await auditOf('calendar_feed'))).not.toContain(secret);

    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(feed.body))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['Update service code map as needed', '2026-07-31', true],
    ]);
    expect(events[0]!.description).toContain('Status: in progress');
    expect(events[0]!.description).toContain('Enter service data into MSIN for spring services');

    // A new address replaces the old one; a revoked address answers 404.
    const again = await recruiter.request('POST', '/api/calendar/feed');
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: again.body.path })).statusCode).toBe(200);
    expect((await recruiter.request('DELETE', '/api/calendar/feed')).status).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: again.body.path })).statusCode).toBe(404);
    expect((await recruiter.request('DELETE', '/api/calendar/feed')).status).toBe(404);
    expect((await auditOf('calendar_feed')).map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/feed/not-a-secret' })).statusCode).toBe(
      400,
    );
  });
});
