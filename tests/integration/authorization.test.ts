import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, permissionsOf, ROLES, type Permission, type Role } from '../../src/core/people/roles';
import { buildChild, buildDistrict, buildRegion, buildRegionWithStaff, buildUser } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';
import { isExpectedToHold } from '../support/expected-permissions';

describe.each(TEST_DATABASES)('authorization on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  const sessions = {} as Record<Role, HttpSession>;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    for (const role of ROLES) sessions[role] = await signInAs(t.app, fixture.users[role].email);
  });
  afterAll(() => t.close());

  it.each(ROLES)('%s holds exactly the permissions of the expected table', (role) => {
    expect(permissionsOf(role)).toEqual(
      PERMISSIONS.filter((permission) => isExpectedToHold(role, permission)),
    );
  });

  it('every /api route declares its access and the table lists them all', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(15);
    for (const entry of t.app.routeTable) expect(entry.access, `${entry.method} ${entry.url}`).toBeTruthy();
  });

  it('for every route and every role, allows exactly what the role permits and refuses the rest with 403', async () => {
    const routes = t.app.routeTable.filter((r) => r.access !== 'public' && r.url !== '/api/auth/sign-out');
    const outcomes: string[] = [];
    for (const route of routes) {
      for (const role of ROLES) {
        const url = route.url.replace(':id', randomUUID());
        const { status } = await sessions[role].request(
          route.method as 'GET',
          url,
          route.hasBody ? {} : undefined,
        );
        const allowed = route.access === 'signed_in' || isExpectedToHold(role, route.access as Permission);
        const ok = allowed ? status !== 403 && status !== 401 && status < 500 : status === 403;
        if (!ok)
          outcomes.push(
            `${role} ${route.method} ${route.url}: ${status} (expected ${allowed ? 'allowed' : '403'})`,
          );
      }
    }
    expect(outcomes).toEqual([]);
    // Every route times every role, one request after another: the table grows with each module.
  }, 180_000);

  it('refuses every non-public route without a session (401)', async () => {
    for (const route of t.app.routeTable.filter((r) => r.access !== 'public')) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: route.url.replace(':id', randomUUID()),
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('refuses a state-changing request without the CSRF header (403), unchanged row', async () => {
    const child = await buildChild(t.handle.db, { regionId: fixture.region.id });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: fixture.users.recruiter.email, password: 'correct horse battery staple' },
    });
    const cookie = login.cookies.find((c) => c.name === 'ciclo_session')!.value;
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/children/${child.id}`,
      cookies: { ciclo_session: cookie },
      payload: { version: 1, firstName: 'Changed' },
    });
    expect(response.statusCode).toBe(403);
    const row = await t.handle.db
      .selectFrom('children')
      .select('first_name')
      .where('id', '=', child.id)
      .executeTakeFirstOrThrow();
    expect(row.first_name).toBe('María José');
  });

  describe('scope: a user of one region cannot reach another region’s child by guessing its id', () => {
    let otherChild: Awaited<ReturnType<typeof buildChild>>;
    let outsider: HttpSession;
    let outsiderManager: HttpSession;

    beforeAll(async () => {
      const otherRegion = await buildRegion(t.handle.db);
      otherChild = await buildChild(t.handle.db, {
        regionId: otherRegion.id,
        firstName: 'Otro',
        lastSurname: 'Niño',
      });
      outsider = sessions.recruiter;
      outsiderManager = sessions.data_specialist;
    });

    it.each(['GET', 'PATCH', 'DELETE'] as const)(
      '%s answers 404, the same as for an id that does not exist',
      async (method) => {
        const session = method === 'DELETE' ? outsiderManager : outsider;
        const body = method === 'PATCH' ? { version: 1, firstName: 'Hacked' } : undefined;
        const guessed = await session.request(method, `/api/children/${otherChild.id}`, body);
        const missing = await session.request(method, `/api/children/${randomUUID()}`, body);
        expect(guessed.status).toBe(404);
        expect(guessed.body).toEqual(missing.body);
        const row = await t.handle.db
          .selectFrom('children')
          .selectAll()
          .where('id', '=', otherChild.id)
          .executeTakeFirst();
        expect(row?.first_name).toBe('Otro');
        expect(row?.version).toBe(1);
      },
    );

    it('cannot enroll the other region’s child or read its family', async () => {
      const enroll = await outsider.request('POST', `/api/children/${otherChild.id}/enrollments`, {
        districtId: fixture.district.id,
        enrollmentDate: '2025-09-01',
      });
      expect(enroll.status).toBe(404);
      const count = await t.handle.db
        .selectFrom('enrollments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('child_id', '=', otherChild.id)
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(0);
    });

    it('does not list the other region’s child in a search', async () => {
      const list = await outsider.request('GET', `/api/children?q=Otro%20Nino`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(otherChild.id);
      const admin = await sessions.state_admin.request('GET', `/api/children?q=Otro%20Nino`);
      expect(admin.body.items.map((c: { id: string }) => c.id)).toContain(otherChild.id);
    });

    it('district staff see only children enrolled in their district', async () => {
      const otherDistrict = await buildDistrict(t.handle.db, fixture.region.id);
      const elsewhere = await buildChild(t.handle.db, {
        regionId: fixture.region.id,
        districtId: otherDistrict.id,
        firstName: 'Elsewhere',
      });
      expect((await sessions.district_staff.request('GET', `/api/children/${elsewhere.id}`)).status).toBe(
        404,
      );
      expect((await sessions.district_staff.request('GET', `/api/children/${fixture.child.id}`)).status).toBe(
        200,
      );
      const list = await sessions.district_staff.request('GET', '/api/children?limit=500');
      expect(list.body.items.every((c: { id: string }) => c.id !== elsewhere.id)).toBe(true);
    });

    it('a state consultant reads only assigned regions', async () => {
      expect(
        (await sessions.state_consultant.request('GET', `/api/children/${fixture.child.id}`)).status,
      ).toBe(200);
      expect((await sessions.state_consultant.request('GET', `/api/children/${otherChild.id}`)).status).toBe(
        404,
      );
    });

    it('a regional reviewer stays in their region; a statewide reviewer reads all', async () => {
      expect((await sessions.reviewer.request('GET', `/api/children/${otherChild.id}`)).status).toBe(404);
      const statewide = await buildUser(t.handle.db, { role: 'reviewer' });
      const session = await signInAs(t.app, statewide.email);
      expect((await session.request('GET', `/api/children/${otherChild.id}`)).status).toBe(200);
    });
  });
});
