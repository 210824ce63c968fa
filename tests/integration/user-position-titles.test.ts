import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInState } from '../../src/usecases/clock';
import { buildRegionWithStaff, buildSchool } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { readPdf } from '../support/pdf-text';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

/** A user's position title (PT1): entered and changed through the users API, audited, printed on the school contact log. */
describe.each(TEST_DATABASES)('position titles on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let admin: HttpSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    admin = await signInAs(t.app, fixture.users.state_admin.email);
  });
  afterAll(() => t.close());

  const auditsOf = (userId: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after'])
      .where('entity_type', '=', 'user')
      .where('entity_id', '=', userId)
      .orderBy('id')
      .execute();

  it('is entered when a user is created, changed and removed at the version read, each change audited', async () => {
    const email = `ines.${Math.random().toString(36).slice(2)}@district.org`;
    const created = await admin.request('POST', '/api/users', {
      email,
      displayName: 'Inés Ramos',
      positionTitle: '  Community Liaison  ',
      password: 'lantern orchard violet',
      role: 'district_recruiter',
      districtCdsCode: fixture.district.cds_code,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    const list = await admin.request('GET', '/api/users');
    const listed = list.body.items.find((u: { id: string }) => u.id === id);
    expect(listed).toMatchObject({ positionTitle: 'Community Liaison', role: 'district_recruiter' });

    const changed = await admin.request('PATCH', `/api/users/${id}`, {
      version: listed.version,
      positionTitle: 'Migrant Education Recruiter',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.positionTitle).toBe('Migrant Education Recruiter');
    const stale = await admin.request('PATCH', `/api/users/${id}`, {
      version: listed.version,
      positionTitle: 'X',
    });
    expect(stale.status).toBe(409);
    const cleared = await admin.request('PATCH', `/api/users/${id}`, {
      version: changed.body.version,
      positionTitle: ' ',
    });
    expect(cleared.body.positionTitle).toBeNull();

    const audits = await auditsOf(id);
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(audits[0]!.after).toMatchObject({ positionTitle: 'Community Liaison' });
    expect(audits[1]!.before).toMatchObject({ positionTitle: 'Community Liaison' });
    expect(audits[1]!.after).toMatchObject({ positionTitle: 'Migrant Education Recruiter' });
    expect(audits[2]!.after).toMatchObject({ positionTitle: null });
  });

  it('refuses a title too long, naming the field, and changes nothing', async () => {
    const recruiter = fixture.users.recruiter;
    const before = await t.handle.db
      .selectFrom('users')
      .select(['position_title', 'version'])
      .where('id', '=', recruiter.id)
      .executeTakeFirstOrThrow();
    const refused = await admin.request('PATCH', `/api/users/${recruiter.id}`, {
      version: before.version,
      positionTitle: 'x'.repeat(121),
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.error)).toContain('positionTitle');
    const after = await t.handle.db
      .selectFrom('users')
      .select(['position_title', 'version'])
      .where('id', '=', recruiter.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it("prints the person's position title on the school contact log, not the role's name (PT1.2)", async () => {
    const recruiter = fixture.users.recruiter;
    const row = await t.handle.db
      .selectFrom('users')
      .select('version')
      .where('id', '=', recruiter.id)
      .executeTakeFirstOrThrow();
    const titled = await admin.request('PATCH', `/api/users/${recruiter.id}`, {
      version: row.version,
      positionTitle: 'Community Liaison',
    });
    expect(titled.status).toBe(200);
    const session = await signInAs(t.app, recruiter.email);
    const school = await buildSchool(t.handle.db, fixture.district.id, { name: 'Lincoln Elementary' });
    const entry = await session.request('POST', '/api/school-contacts', {
      contactDate: todayInState(),
      schoolId: school.id,
      contactType: 'drop_in',
      outcomes: [{ code: 'left_materials' }],
    });
    expect(entry.status, JSON.stringify(entry.body)).toBe(201);
    const month = todayInState().slice(0, 7);
    const log = await session.request('GET', `/api/school-contacts/log?month=${month}`);
    expect(log.body.staff.positionTitle).toBe('Community Liaison');
    for (const language of ['en', 'es']) {
      const base = `/api/school-contacts/log/export?month=${month}&language=${language}`;
      const csv = await t.app.inject({ method: 'GET', url: `${base}&format=csv`, cookies: session.cookies });
      const rows = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const line of rows) expect(line.split(',')[1]).toBe('Community Liaison');
      expect(csv.body).not.toMatch(/,Recruiter,|,Reclutador,/);
      const pdf = await t.app.inject({ method: 'GET', url: `${base}&format=pdf`, cookies: session.cookies });
      const text = readPdf(pdf.rawPayload).text;
      expect(text).toContain('Community Liaison');
      expect(text).not.toMatch(/\bRecruiter\b|\bReclutador\b/);
    }
  });
});
