import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/people/roles';
import type { Db } from '../../src/data/db';
import { buildDistrict, buildRegion, buildRegionWithStaff, buildUser } from '../factories';
import { isExpectedToHold } from '../support/expected-permissions';
import { signInAs, signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';

async function buildService(
  db: Db,
  values: { regionId: string; districtId?: string | null; code: string; start: string; actualStart?: string },
) {
  await db
    .insertInto('services')
    .values({
      code: `${values.code}-${randomUUID().slice(0, 4)}`,
      region_id: values.regionId,
      district_id: values.districtId ?? null,
      name: `Service ${values.code}`,
      term: 'RSY',
      start_date: values.start,
      end_date: '2028-06-30',
      actual_start_date: values.actualStart ?? null,
      instrument_min: 0,
      instrument_max: 100,
    })
    .execute();
}

/** The master calendar of services through the API (docs/rules/monitoring.md MN7): months, scope by role. */
describe.each(freshDatabases('master_calendar'))(
  'the master calendar of services on $name (MN7)',
  (database) => {
    let t: TestApp;
    let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
    let sessions: Record<Role, HttpSession>;
    let otherConsultant: HttpSession;

    beforeAll(async () => {
      t = await startFreshTestApp(database);
      fixture = await buildRegionWithStaff(t.handle.db);
      sessions = await signInEveryRole(t.app, fixture.users);
      otherConsultant = await signInAs(
        t.app,
        (await buildUser(t.handle.db, { role: 'state_consultant', assignedRegionIds: [] })).email,
      );
      const db = t.handle.db;
      const regionId = fixture.region.id;
      const otherDistrict = await buildDistrict(db, regionId);
      await buildService(db, {
        regionId,
        code: 'REG-SUMMER',
        start: '2027-07-06',
        actualStart: '2027-07-08',
      });
      await buildService(db, {
        regionId,
        districtId: fixture.district.id,
        code: 'DIS-READ',
        start: '2027-09-13',
      });
      await buildService(db, {
        regionId,
        districtId: otherDistrict.id,
        code: 'OTHER-MATH',
        start: '2027-09-01',
      });
      await buildService(db, { regionId, code: 'LAST-YEAR', start: '2027-06-15' });
      const elsewhere = await buildRegion(db);
      await buildService(db, { regionId: elsewhere.id, code: 'ELSEWHERE', start: '2027-10-01' });
    });
    afterAll(async () => {
      await t?.close();
      await database.drop();
    });

    const calendarOf = (session: HttpSession, query = 'programYear=2027-28') =>
      session.request('GET', `/api/monitoring/master-calendar?${query}`);
    const codes = (body: { months: { month: string; services: { code: string }[] }[] }) =>
      body.months.flatMap((m) => m.services.map((s) => `${m.month} ${s.code.replace(/-[0-9a-f]{4}$/, '')}`));

    it('lists the coming year’s services of the region and its districts, month by month from July to June', async () => {
      const reply = await calendarOf(sessions.region_director);
      expect(reply.status).toBe(200);
      expect(reply.body.months).toHaveLength(12);
      expect(reply.body.months[0].month).toBe('2027-07');
      expect(reply.body.months[11].month).toBe('2028-06');
      expect(codes(reply.body)).toEqual(['2027-07 REG-SUMMER', '2027-09 OTHER-MATH', '2027-09 DIS-READ']);
      expect(reply.body.months[0].services[0]).toMatchObject({
        districtId: null,
        startDate: '2027-07-06',
        actualStartDate: '2027-07-08',
      });
      expect(reply.body.months[2].services[1]).toMatchObject({ districtName: fixture.district.name });
    });

    it('shows each role the services it reaches: district staff their district’s, consultants their regions’', async () => {
      for (const role of ROLES) {
        const reply = await calendarOf(sessions[role], `programYear=2027-28&regionId=${fixture.region.id}`);
        expect([role, reply.status]).toEqual([role, isExpectedToHold(role, 'monitoring.read') ? 200 : 403]);
      }
      expect(codes((await calendarOf(sessions.district_staff)).body)).toEqual(['2027-09 DIS-READ']);
      expect(
        codes(
          (await calendarOf(sessions.state_consultant, `programYear=2027-28&regionId=${fixture.region.id}`))
            .body,
        ),
      ).toHaveLength(3);
      expect(
        (await calendarOf(otherConsultant, `programYear=2027-28&regionId=${fixture.region.id}`)).status,
      ).toBe(404);
      expect((await calendarOf(sessions.state_admin)).status).toBe(400);
    });

    it('refuses a program year that is not one, naming the field', async () => {
      const reply = await calendarOf(sessions.region_director, 'programYear=2027-29');
      expect(reply).toMatchObject({ status: 400, body: { error: { problems: [{ field: 'programYear' }] } } });
      const coming = await calendarOf(sessions.region_director, '');
      expect(coming.status).toBe(200);
      expect(coming.body.programYear).toMatch(/^\d{4}-\d{2}$/);
    });
  },
);
