import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInState } from '../../src/usecases/clock';
import { buildDistrict, buildRegion, buildRegionWithStaff, buildSchool, buildUser } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)('the IDR school contact log on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let school: Awaited<ReturnType<typeof buildSchool>>;
  let otherSchool: Awaited<ReturnType<typeof buildSchool>>;
  let outsideSchool: Awaited<ReturnType<typeof buildSchool>>;
  let recruiter: HttpSession;
  let manager: HttpSession;
  let dataSpecialist: HttpSession;
  let outsider: HttpSession;
  const today = todayInState();
  const month = today.slice(0, 7);
  const dayOfMonth = (day: number) =>
    `${month}-${String(Math.min(day, Number(today.slice(8)))).padStart(2, '0')}`;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    school = await buildSchool(t.handle.db, fixture.district.id, { name: 'Lincoln Elementary' });
    otherSchool = await buildSchool(t.handle.db, fixture.district.id, { name: 'Adams Middle' });
    const otherRegion = await buildRegion(t.handle.db);
    outsideSchool = await buildSchool(t.handle.db, (await buildDistrict(t.handle.db, otherRegion.id)).id, {
      name: 'Far Away High',
    });
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    manager = await signInAs(t.app, fixture.users.ir_manager.email);
    dataSpecialist = await signInAs(t.app, fixture.users.data_specialist.email);
    outsider = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'ir_manager', regionId: otherRegion.id })).email,
    );
  });
  afterAll(() => t.close());

  const entry = (overrides: Record<string, unknown> = {}) => ({
    contactDate: dayOfMonth(1),
    schoolId: school.id,
    contactType: 'drop_in',
    outcomes: [{ code: 'spoke_to_staff', detail: 'registrar' }, { code: 'left_materials' }],
    notes: 'Front office',
    ...overrides,
  });

  it('records an entry, names the field of a bad one, and audits it', async () => {
    const created = await recruiter.request('POST', '/api/school-contacts', entry());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      schoolName: 'Lincoln Elementary',
      contactType: 'drop_in',
      userId: fixture.users.recruiter.id,
      regionId: fixture.region.id,
      abilities: { canEdit: true },
    });
    expect(created.body.outcomes).toEqual([
      { code: 'spoke_to_staff', detail: 'registrar' },
      { code: 'left_materials', detail: null },
    ]);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', created.body.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);

    const missingDetail = await recruiter.request(
      'POST',
      '/api/school-contacts',
      entry({ outcomes: [{ code: 'obtained_referrals' }] }),
    );
    expect(missingDetail.status).toBe(400);
    expect(missingDetail.body.error.problems).toContainEqual({
      field: 'outcomes[0].detail',
      message: 'write who gave the referrals',
    });
    const future = await recruiter.request(
      'POST',
      '/api/school-contacts',
      entry({ contactDate: '2999-01-01' }),
    );
    expect(future.status).toBe(400);
    expect(future.body.error.problems[0].field).toBe('contactDate');
    const noOutcome = await recruiter.request('POST', '/api/school-contacts', entry({ outcomes: [] }));
    expect(noOutcome.status).toBe(400);
    expect(noOutcome.body.error.problems[0].field).toBe('outcomes');
    const elsewhere = await recruiter.request(
      'POST',
      '/api/school-contacts',
      entry({ schoolId: outsideSchool.id }),
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.problems[0].field).toBe('schoolId');
  });

  it('gives the month’s log in date order with counts by type and outcome', async () => {
    const staff = await buildUser(t.handle.db, { role: 'recruiter', regionId: fixture.region.id });
    const session = await signInAs(t.app, staff.email);
    for (const body of [
      entry({
        contactDate: dayOfMonth(9),
        contactType: 'appointment',
        outcomes: [
          { code: 'conducted_presentation', detail: 'parent night' },
          { code: 'obtained_referrals', detail: 'counselor Ruiz' },
        ],
      }),
      entry({
        contactDate: dayOfMonth(2),
        schoolId: otherSchool.id,
        contactType: 'phone_contact',
        outcomes: [{ code: 'left_message', detail: 'Ms. Soto' }],
      }),
      entry({ contactDate: dayOfMonth(5), outcomes: [{ code: 'obtained_referrals', detail: 'registrar' }] }),
    ]) {
      expect((await session.request('POST', '/api/school-contacts', body)).status).toBe(201);
    }
    const log = await session.request('GET', `/api/school-contacts/log?month=${month}`);
    expect(log.status).toBe(200);
    expect(log.body.staff).toMatchObject({ id: staff.id, role: 'recruiter' });
    const dates = log.body.entries.map((e: { contactDate: string }) => e.contactDate);
    expect(dates).toEqual([...dates].sort());
    expect(log.body.total).toBe(3);
    expect(log.body.schoolCount).toBe(2);
    expect(log.body.countsByType).toEqual({
      phone_contact: 1,
      drop_in: 1,
      scheduled_visit: 0,
      appointment: 1,
    });
    expect(log.body.countsByOutcome).toMatchObject({
      obtained_referrals: 2,
      left_message: 1,
      conducted_presentation: 1,
      left_materials: 0,
    });
    const byDefault = await session.request('GET', '/api/school-contacts/log');
    expect(byDefault.body.total).toBe(3);
    const previousMonth = await session.request('GET', '/api/school-contacts/log?month=2001-01');
    expect(previousMonth.body.total).toBe(0);
  });

  it('lets the author edit and delete, a manager of the region edit, and nobody else', async () => {
    const created = await recruiter.request('POST', '/api/school-contacts', entry({ notes: 'to change' }));
    const id = created.body.id as string;
    const edited = await recruiter.request(
      'PUT',
      `/api/school-contacts/${id}`,
      entry({ contactType: 'scheduled_visit', outcomes: [{ code: 'established_relationship' }], version: 1 }),
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      contactType: 'scheduled_visit',
      outcomes: [{ code: 'established_relationship', detail: null }],
      version: 2,
    });

    const byManager = await manager.request(
      'PUT',
      `/api/school-contacts/${id}`,
      entry({ notes: 'checked by the manager', version: 2 }),
    );
    expect(byManager.status).toBe(200);
    expect(byManager.body.notes).toBe('checked by the manager');
    expect(byManager.body.userId).toBe(fixture.users.recruiter.id);

    const current = entry({ version: 3 });
    expect((await dataSpecialist.request('PUT', `/api/school-contacts/${id}`, current)).status).toBe(403);
    expect((await dataSpecialist.request('DELETE', `/api/school-contacts/${id}?version=3`)).status).toBe(403);
    const fromOutside = await outsider.request('PUT', `/api/school-contacts/${id}`, current);
    const missing = await outsider.request('PUT', `/api/school-contacts/${randomUUID()}`, current);
    expect(fromOutside.status).toBe(404);
    expect(fromOutside.body).toEqual(missing.body);
    expect((await outsider.request('DELETE', `/api/school-contacts/${id}?version=3`)).status).toBe(404);

    expect((await recruiter.request('DELETE', `/api/school-contacts/${id}?version=3`)).status).toBe(204);
    expect((await recruiter.request('DELETE', `/api/school-contacts/${id}?version=3`)).status).toBe(404);
    expect(
      await t.handle.db.selectFrom('school_contacts').select('id').where('id', '=', id).executeTakeFirst(),
    ).toBeUndefined();
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'delete']);
  });

  const schoolContactAudit = (id: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_type', '=', 'school_contact')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();

  it('refuses an edit or a deletion made at a version someone changed since (409), and nothing changes', async () => {
    const created = await recruiter.request('POST', '/api/school-contacts', entry({ notes: 'first' }));
    const id = created.body.id as string;
    expect(created.body.version).toBe(1);
    const withoutVersion = await recruiter.request('PUT', `/api/school-contacts/${id}`, entry());
    expect(withoutVersion.status).toBe(400);
    expect((await recruiter.request('DELETE', `/api/school-contacts/${id}`)).status).toBe(400);
    const byManager = await manager.request(
      'PUT',
      `/api/school-contacts/${id}`,
      entry({ notes: 'second', version: 1 }),
    );
    expect(byManager.status).toBe(200);
    const stale = await recruiter.request(
      'PUT',
      `/api/school-contacts/${id}`,
      entry({ notes: 'third', contactType: 'appointment', version: 1 }),
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe(
      'version: someone else changed this school contact since you opened it; reload it',
    );
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    expect((await recruiter.request('DELETE', `/api/school-contacts/${id}?version=1`)).status).toBe(409);
    const row = await t.handle.db
      .selectFrom('school_contacts')
      .select(['notes', 'contact_type', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ notes: 'second', contact_type: 'drop_in', version: 2 });
    expect((await schoolContactAudit(id)).map((e) => e.action)).toEqual(['create', 'update']);
    expect((await recruiter.request('DELETE', `/api/school-contacts/${id}?version=2`)).status).toBe(204);
    const gone = await recruiter.request('PUT', `/api/school-contacts/${id}`, entry({ version: 2 }));
    expect(gone.status).toBe(404);
  });

  it('lets one of three edits of the same contact made at once win; the other two are told it changed (409)', async () => {
    const created = await recruiter.request('POST', '/api/school-contacts', entry({ notes: 'at once' }));
    const id = created.body.id as string;
    const replies = await Promise.all(
      ['one', 'two', 'three'].map((notes, i) =>
        (i === 1 ? manager : recruiter).request(
          'PUT',
          `/api/school-contacts/${id}`,
          entry({ notes, version: 1 }),
        ),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const winner = replies.find((r) => r.status === 200)!.body.notes as string;
    const row = await t.handle.db
      .selectFrom('school_contacts')
      .select(['notes', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ notes: winner, version: 2 });
    const updates = (await schoolContactAudit(id)).filter((e) => e.action === 'update');
    expect(updates.map((u) => (u.after as { notes: string }).notes)).toEqual([winner]);
    expect((await recruiter.request('DELETE', `/api/school-contacts/${id}?version=2`)).status).toBe(204);
  });

  it('keeps logs within the region: a manager reads their staff, a recruiter only themself, another region nothing', async () => {
    const ofRecruiter = `/api/school-contacts/log?month=${month}&userId=${fixture.users.recruiter.id}`;
    const byManager = await manager.request('GET', ofRecruiter);
    expect(byManager.status).toBe(200);
    expect(byManager.body.total).toBeGreaterThan(0);
    expect(
      byManager.body.entries.every((e: { abilities: { canEdit: boolean } }) => e.abilities.canEdit),
    ).toBe(true);
    expect((await dataSpecialist.request('GET', ofRecruiter)).status).toBe(403);
    const fromOutside = await outsider.request('GET', ofRecruiter);
    expect(fromOutside.status).toBe(404);
    expect(
      (
        await outsider.request(
          'GET',
          `/api/school-contacts/log/export?format=csv&userId=${fixture.users.recruiter.id}`,
        )
      ).status,
    ).toBe(404);
    expect((await outsider.request('GET', '/api/school-contacts/log')).body.total).toBe(0);
    const admin = await signInAs(t.app, fixture.users.state_admin.email);
    expect((await admin.request('GET', ofRecruiter)).status).toBe(200);
  });

  it('exports notes that look like spreadsheet formulas as text', async () => {
    const created = await recruiter.request(
      'POST',
      '/api/school-contacts',
      entry({ notes: '=HYPERLINK("http://example.com","Open")' }),
    );
    expect(created.status).toBe(201);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/school-contacts/log/export?month=${month}&userId=${fixture.users.recruiter.id}&format=csv`,
      cookies: manager.cookies,
    });
    expect(csv.body).toContain(`"'=HYPERLINK(""http://example.com"",""Open"")"`);
    expect(csv.body).not.toMatch(/(^|,)"?=HYPERLINK/m);
    await recruiter.request('DELETE', `/api/school-contacts/${created.body.id}?version=1`);
  });

  it('exports the month as CSV and as a printable PDF, in English or Spanish', async () => {
    const base = `/api/school-contacts/log/export?month=${month}&userId=${fixture.users.recruiter.id}`;
    const csv = await t.app.inject({ method: 'GET', url: `${base}&format=csv`, cookies: manager.cookies });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'MEP Staff Name,Position Title,Month,Date,School Name,District,Type of Attempt,Outcome,Notes',
    );
    expect(
      lines
        .slice(1)
        .some(
          (line) =>
            line.includes('Lincoln Elementary') &&
            line.includes(
              'Spoke to secretary, registrar, counselor (registrar); Left Migrant Education IDR information/materials',
            ),
        ),
    ).toBe(true);
    const csvEs = await t.app.inject({
      method: 'GET',
      url: `${base}&format=csv&language=es`,
      cookies: manager.cookies,
    });
    expect(csvEs.body).toContain('Tipo de intento');
    expect(csvEs.body).toContain('Visita sin cita');

    const pdf = await t.app.inject({
      method: 'GET',
      url: `${base}&format=pdf&language=es`,
      cookies: manager.cookies,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/school-contact-log-.*\.pdf/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(1000);
  });

  it('finds the schools of a region by name for the entry form', async () => {
    const found = await recruiter.request('GET', `/api/schools?regionId=${fixture.region.id}&q=linc`);
    expect(found.status).toBe(200);
    expect(found.body.items.map((s: { name: string }) => s.name)).toEqual(['Lincoln Elementary']);
    expect((await recruiter.request('GET', '/api/schools')).status).toBe(400);
  });
});
