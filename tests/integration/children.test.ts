import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInState } from '../../src/usecases/clock';
import { buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)('children, families, enrollments and their audit on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let recruiter: HttpSession;
  let admin: HttpSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    admin = await signInAs(t.app, fixture.users.state_admin.email);
  });
  afterAll(() => t.close());

  const newChild = () => ({
    regionId: fixture.region.id,
    firstName: 'Ángel',
    lastSurname: 'de la Cruz',
    secondSurname: 'Pérez-Ávila',
    birthDate: '2016-02-29',
    birthCountry: 'MX',
    birthCity: 'Tlaxiaco',
    sex: 'male',
  });

  it('takes the child counts’ English-learner and disability flags (S5.9), refusing anything but true or false by name', async () => {
    const created = await recruiter.request('POST', '/api/children', { ...newChild(), disability: true });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ englishLearner: false, disability: true });
    const refused = await recruiter.request('PATCH', `/api/children/${created.body.id}`, {
      version: 1,
      englishLearner: 'yes',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems.map((p: { field: string }) => p.field)).toContain('englishLearner');
    const changed = await recruiter.request('PATCH', `/api/children/${created.body.id}`, {
      version: 1,
      englishLearner: true,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ englishLearner: true, disability: true, version: 2 });
    const stale = await recruiter.request('PATCH', `/api/children/${created.body.id}`, {
      version: 1,
      disability: false,
    });
    expect(stale.status).toBe(409);
  });

  it('creates a family and a child, keeping names exactly as written, and audits both', async () => {
    const family = await recruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      familyName: 'de la Cruz Pérez',
      phone: '(831) 555-0100',
      members: [
        { relation: 'parent', firstName: 'Rosa', lastSurname: 'Pérez-Ávila', isQualifyingWorker: true },
      ],
    });
    expect(family.status).toBe(201);
    const created = await recruiter.request('POST', '/api/children', {
      ...newChild(),
      familyId: family.body.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      firstName: 'Ángel',
      lastSurname: 'de la Cruz',
      secondSurname: 'Pérez-Ávila',
      birthDate: '2016-02-29',
      version: 1,
    });
    expect(created.body.studentNumber).toMatch(/^CA\d{9}$/);
    expect(created.body.family.members[0]).toMatchObject({ firstName: 'Rosa', isQualifyingWorker: true });

    const audit = await admin.request('GET', `/api/audit-events?childId=${created.body.id}`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'create',
      entityType: 'child',
      actorLabel: fixture.users.recruiter.email,
    });
    expect(audit.body.items[0].after).toMatchObject({ first_name: 'Ángel', birth_date: '2016-02-29' });
    const familyAudit = await admin.request(
      'GET',
      `/api/audit-events?entityType=family&entityId=${family.body.id}`,
    );
    expect(familyAudit.body.items[0]).toMatchObject({ action: 'create' });
  });

  it('finds a child whatever the accents and the order of the names', async () => {
    const created = await recruiter.request('POST', '/api/children', {
      ...newChild(),
      firstName: 'Zoé',
      lastSurname: 'Ñúñez',
    });
    for (const q of ['zoe nunez', 'NÚÑEZ Zoé', 'nunez']) {
      const found = await recruiter.request('GET', `/api/children?q=${encodeURIComponent(q)}`);
      expect(
        found.body.items.map((c: { id: string }) => c.id),
        q,
      ).toContain(created.body.id);
    }
    const byNumber = await recruiter.request('GET', `/api/children?q=${created.body.studentNumber}`);
    expect(byNumber.body.items.map((c: { id: string }) => c.id)).toEqual([created.body.id]);
  });

  it('updates with before and after in the audit log, and refuses a stale version with 409', async () => {
    const created = await recruiter.request('POST', '/api/children', newChild());
    const updated = await recruiter.request('PATCH', `/api/children/${created.body.id}`, {
      version: 1,
      firstName: 'Ángel Gabriel',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(2);
    const stale = await recruiter.request('PATCH', `/api/children/${created.body.id}`, {
      version: 1,
      firstName: 'Otro',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems[0].field).toBe('version');
    const audit = await admin.request('GET', `/api/audit-events?childId=${created.body.id}&entityType=child`);
    const update = audit.body.items.find((e: { action: string }) => e.action === 'update');
    expect(update.before.first_name).toBe('Ángel');
    expect(update.after.first_name).toBe('Ángel Gabriel');
    expect(audit.body.items.filter((e: { action: string }) => e.action === 'update')).toHaveLength(1);
  });

  it('keeps the first of two changes made at once from the same version; the second gets 409 on version', async () => {
    const created = await recruiter.request('POST', '/api/children', newChild());
    const change = (firstName: string) =>
      recruiter.request('PATCH', `/api/children/${created.body.id}`, { version: 1, firstName });
    const replies = await Promise.all([change('Ángel Gabriel'), change('Ángel Miguel')]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(replies.find((r) => r.status === 409)!.body.error.problems).toEqual([
      { field: 'version', message: 'is stale' },
    ]);
    const winner = replies.find((r) => r.status === 200)!;
    const stored = await t.handle.db
      .selectFrom('children')
      .select(['first_name', 'version'])
      .where('id', '=', created.body.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ first_name: winner.body.firstName, version: 2 });
    const updates = await t.handle.db
      .selectFrom('audit_events')
      .select('id')
      .where('entity_type', '=', 'child')
      .where('entity_id', '=', created.body.id)
      .where('action', '=', 'update')
      .execute();
    expect(updates).toHaveLength(1);
  });

  it('names every field at fault and writes nothing', async () => {
    const before = await t.handle.db
      .selectFrom('children')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await recruiter.request('POST', '/api/children', {
      ...newChild(),
      birthDate: '2023-02-30',
      birthCountry: 'Mexico',
      firstName: '  ',
    });
    expect(response.status).toBe(400);
    const fields = response.body.error.problems.map((p: { field: string }) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['birthDate']));
    const after = await t.handle.db
      .selectFrom('children')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a birth date in the future', async () => {
    const response = await recruiter.request('POST', '/api/children', {
      ...newChild(),
      birthDate: `${new Date().getUTCFullYear() + 1}-01-01`,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.problems).toEqual([
      { field: 'birthDate', message: 'must not be in the future' },
    ]);
  });

  it('records enrollments with residency dates, audited, and district staff enroll only in their district', async () => {
    const created = await recruiter.request('POST', '/api/children', newChild());
    const enrolled = await recruiter.request('POST', `/api/children/${created.body.id}/enrollments`, {
      districtId: fixture.district.id,
      enrollmentDate: '2025-08-20',
      residencyDate: '2025-08-01',
      gradeLevel: '04',
    });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.enrollments[0]).toMatchObject({
      enrollmentDate: '2025-08-20',
      residencyDate: '2025-08-01',
      districtName: fixture.district.name,
    });
    const enrollmentId = enrolled.body.enrollments[0].id;
    const exit = await recruiter.request('PATCH', `/api/enrollments/${enrollmentId}`, {
      exitDate: '2025-06-01',
    });
    expect(exit.status).toBe(400);
    expect(exit.body.error.problems[0].field).toBe('exitDate');
    const audit = await admin.request(
      'GET',
      `/api/audit-events?entityType=enrollment&entityId=${enrollmentId}`,
    );
    expect(audit.body.items[0]).toMatchObject({ action: 'create', childId: created.body.id });

    const district = await signInAs(t.app, fixture.users.district_staff.email);
    const elsewhere = await district.request('POST', `/api/children/${fixture.child.id}/enrollments`, {
      districtId: '00000000-0000-4000-8000-000000000000',
      enrollmentDate: '2025-08-20',
    });
    expect(elsewhere.status).toBe(400);
  });

  it('deletes a child with the record kept in the audit log', async () => {
    const created = await recruiter.request('POST', '/api/children', newChild());
    const manager = await signInAs(t.app, fixture.users.data_specialist.email);
    expect((await manager.request('DELETE', `/api/children/${created.body.id}`)).status).toBe(204);
    expect((await manager.request('GET', `/api/children/${created.body.id}`)).status).toBe(404);
    const audit = await admin.request(
      'GET',
      `/api/audit-events?entityType=child&entityId=${created.body.id}`,
    );
    expect(audit.body.items[0]).toMatchObject({ action: 'delete' });
    expect(audit.body.items[0].before.first_name).toBe('Ángel');
  });

  it('computes abilities so the web app can hide actions', async () => {
    const reviewer = await signInAs(t.app, fixture.users.reviewer.email);
    const child = await reviewer.request('GET', `/api/children/${fixture.child.id}`);
    expect(child.body.abilities).toEqual({ canEdit: false, canDelete: false, canReconcile: false });
    const mine = await recruiter.request('GET', `/api/children/${fixture.child.id}`);
    expect(mine.body.abilities).toEqual({ canEdit: true, canDelete: false, canReconcile: false });
  });

  it('searches the audit log by actor and date range, the days those of the state', async () => {
    // in the evening in California it is already tomorrow in UTC: the day asked for is the state's
    const today = todayInState();
    const byActor = await admin.request(
      'GET',
      `/api/audit-events?actor=${encodeURIComponent(fixture.users.recruiter.email)}&from=${today}&to=${today}`,
    );
    expect(byActor.body.total).toBeGreaterThan(0);
    expect(
      byActor.body.items.every((e: { actorLabel: string }) => e.actorLabel === fixture.users.recruiter.email),
    ).toBe(true);
    const none = await admin.request(
      'GET',
      `/api/audit-events?actor=${encodeURIComponent(fixture.users.recruiter.email)}&to=2000-01-01`,
    );
    expect(none.body.total).toBe(0);
  });
});
