import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/people/roles';
import type { Db } from '../../src/data/db';
import { buildRegion, buildRegionWithStaff, buildUser } from '../factories';
import { signInAs, signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';

async function buildService(
  db: Db,
  values: {
    regionId: string;
    districtId?: string | null;
    start: string;
    end: string;
    actualStart?: string | null;
    sessionMinutes?: number | null;
  },
) {
  const code = `SIML-${randomUUID().slice(0, 8)}`;
  const { id } = await db
    .insertInto('services')
    .values({
      code,
      region_id: values.regionId,
      district_id: values.districtId ?? null,
      name: `Service ${code}`,
      term: 'RSY',
      start_date: values.start,
      end_date: values.end,
      actual_start_date: values.actualStart ?? null,
      session_minutes: values.sessionMinutes ?? null,
      instrument_min: 0,
      instrument_max: 100,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, code };
}

async function enroll(
  db: Db,
  serviceId: string,
  enrolledOn: string,
  attendance: [string, number][],
  tests: ('pre' | 'post')[],
) {
  const { id } = await db
    .insertInto('service_enrollments')
    .values({ service_id: serviceId, student_id: randomUUID().slice(0, 10), enrolled_on: enrolledOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (attendance.length > 0)
    await db
      .insertInto('service_attendance')
      .values(attendance.map(([date, minutes]) => ({ enrollment_id: id, date, minutes })))
      .execute();
  for (const kind of tests)
    await db
      .insertInto('service_tests')
      .values({ enrollment_id: id, kind, date: enrolledOn, score: 50 })
      .execute();
}

/**
 * The Service Implementation Monitoring Log through the API (docs/rules/monitoring.md MN5): the
 * month's services pre-filled from their records, each role's scope, confirming with a note,
 * the 409 of a stale version and the audit event.
 */
describe.each(freshDatabases('monitoring_service_log'))(
  'Service Implementation Monitoring Log on $name (MN5)',
  (database) => {
    let t: TestApp;
    let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
    let sessions: Record<Role, HttpSession>;
    let otherDirector: HttpSession;
    let lateRegionService: { id: string; code: string };
    let districtService: { id: string; code: string };

    beforeAll(async () => {
      t = await startFreshTestApp(database);
      const db = t.handle.db;
      fixture = await buildRegionWithStaff(db);
      sessions = await signInEveryRole(t.app, fixture.users);
      const otherRegion = await buildRegion(db);
      otherDirector = await signInAs(
        t.app,
        (await buildUser(db, { role: 'region_director', regionId: otherRegion.id })).email,
      );
      // Started five days late; 2 children: 150 of 240 planned minutes (the service met on two
      // days, 60 minutes a session); one child has no pre test.
      lateRegionService = await buildService(db, {
        regionId: fixture.region.id,
        start: '2026-10-01',
        end: '2026-12-18',
        actualStart: '2026-10-06',
        sessionMinutes: 60,
      });
      await enroll(
        db,
        lateRegionService.id,
        '2026-10-01',
        [
          ['2026-10-06', 60],
          ['2026-10-07', 60],
        ],
        ['pre'],
      );
      await enroll(db, lateRegionService.id, '2026-10-01', [['2026-10-06', 30]], []);
      // The district's service has not started, though planned for November 2.
      districtService = await buildService(db, {
        regionId: fixture.region.id,
        districtId: fixture.district.id,
        start: '2026-11-02',
        end: '2027-05-28',
      });
      // Ended in October: not in November's log; another region's service: never in this region's.
      await buildService(db, { regionId: fixture.region.id, start: '2026-09-01', end: '2026-10-31' });
      await buildService(db, { regionId: otherRegion.id, start: '2026-10-01', end: '2026-12-18' });
    });
    afterAll(async () => {
      await t?.close();
      await database.drop();
    });

    const logOf = (session: HttpSession, query = `month=2026-11`) =>
      session.request('GET', `/api/monitoring/service-log?${query}`);
    const codes = (body: { services: { service: { code: string } }[] }) =>
      body.services.map((s) => s.service.code);
    const entry = (over: Record<string, unknown> = {}) => ({
      month: '2026-11',
      version: null,
      startedOnTime: null,
      asDescribed: null,
      attendance: null,
      tests: null,
      adjustmentKind: 'none',
      adjustmentStatus: null,
      note: '',
      ...over,
    });

    it('pre-fills each running service from its records and flags those needing attention', async () => {
      const log = await logOf(sessions.region_director);
      expect(log.status).toBe(200);
      expect(log.body.asOf).toBe('2026-11-30');
      expect(codes(log.body)).toEqual([lateRegionService.code, districtService.code]);
      const [late, notStarted] = log.body.services;
      expect(late.facts).toMatchObject({
        enrolled: 2,
        attendedMinutes: 150,
        plannedMinutes: 240,
        withoutPreTest: 1,
      });
      expect(late.suggestion).toMatchObject({
        startedOnTime: 'no',
        daysLate: 5,
        attendance: 'no',
        attendanceRate: 0.625,
        tests: 'no',
        asDescribed: 'unknown',
      });
      expect(late.needsAttention).toBe(true);
      expect(late.abilities).toEqual({ read: true, confirm: true });
      expect(notStarted.suggestion).toMatchObject({
        startedOnTime: 'no',
        daysLate: 28,
        attendance: 'unknown',
      });
    });

    it('shows each role its scope: district staff their district’s services, state roles and specialists read only', async () => {
      const district = await logOf(sessions.district_staff);
      expect(district.status).toBe(200);
      expect(codes(district.body)).toEqual([districtService.code]);
      expect(district.body.services[0].abilities).toEqual({ read: true, confirm: true });

      const specialist = await logOf(sessions.data_specialist);
      expect(codes(specialist.body)).toHaveLength(2);
      expect(
        specialist.body.services.every((s: { abilities: { confirm: boolean } }) => !s.abilities.confirm),
      ).toBe(true);

      const consultant = await logOf(
        sessions.state_consultant,
        `month=2026-11&regionId=${fixture.region.id}`,
      );
      expect(codes(consultant.body)).toHaveLength(2);
      expect(consultant.body.services[0].abilities.confirm).toBe(false);

      expect((await logOf(otherDirector, `month=2026-11&regionId=${fixture.region.id}`)).status).toBe(404);
      expect((await logOf(sessions.recruiter)).status).toBe(403);
      expect((await logOf(sessions.state_admin)).status).toBe(400);
      expect((await logOf(sessions.region_director, 'month=2026-13')).status).toBe(400);
    });

    it('refuses to confirm outside the scope', async () => {
      const url = (id: string) => `/api/monitoring/service-log/${id}`;
      expect((await sessions.district_staff.request('PUT', url(lateRegionService.id), entry())).status).toBe(
        404,
      );
      expect((await sessions.data_specialist.request('PUT', url(districtService.id), entry())).status).toBe(
        403,
      );
      expect((await sessions.state_consultant.request('PUT', url(districtService.id), entry())).status).toBe(
        403,
      );
      expect((await otherDirector.request('PUT', url(districtService.id), entry())).status).toBe(404);
      expect(
        (await sessions.region_director.request('PUT', url(districtService.id), entry({ month: '2026-09' })))
          .status,
      ).toBe(400);
    });

    it('confirms with a note, audited; a stale version is a 409', async () => {
      const url = `/api/monitoring/service-log/${lateRegionService.id}`;
      const director = sessions.region_director;
      const correction = entry({ startedOnTime: 'yes', attendance: 'no', asDescribed: 'yes' });
      const noNote = await director.request('PUT', url, correction);
      expect(noNote.status).toBe(400);
      expect(noNote.body.error.problems).toEqual([
        { field: 'note', message: 'say why a result differs from what the records say' },
      ]);

      const saved = await director.request('PUT', url, {
        ...correction,
        note: 'Started October 1; entered late.',
      });
      expect(saved.status).toBe(200);
      expect(saved.body.entry).toMatchObject({
        startedOnTime: 'yes',
        version: 1,
        note: 'Started October 1; entered late.',
      });
      expect(saved.body.needsAttention).toBe(true); // attendance and tests still not met

      const audit = await t.handle.db
        .selectFrom('audit_events')
        .selectAll()
        .where('entity_type', '=', 'service_monitoring_entry')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'create', region_id: fixture.region.id });
      expect(audit[0]!.after).toMatchObject({
        serviceId: lateRegionService.id,
        month: '2026-11',
        startedOnTime: 'yes',
      });

      expect((await director.request('PUT', url, { ...correction, note: 'again' })).status).toBe(409);
      const adjusted = entry({
        version: 1,
        startedOnTime: 'yes',
        attendance: 'no',
        tests: 'no',
        adjustmentKind: 'budget_revision',
        adjustmentStatus: 'submitted',
        note: 'Started October 1; a BR moves the sessions to the afternoon.',
      });
      expect((await director.request('PUT', url, { ...adjusted, adjustmentStatus: null })).status).toBe(400);
      const second = await director.request('PUT', url, adjusted);
      expect(second.status).toBe(200);
      expect(second.body.entry).toMatchObject({
        version: 2,
        adjustmentKind: 'budget_revision',
        adjustmentStatus: 'submitted',
      });
      expect((await director.request('PUT', url, adjusted)).status).toBe(409);

      const updates = await t.handle.db
        .selectFrom('audit_events')
        .selectAll()
        .where('entity_type', '=', 'service_monitoring_entry')
        .where('action', '=', 'update')
        .execute();
      expect(updates).toHaveLength(1);
      expect(updates[0]!.before).toMatchObject({ adjustmentKind: 'none', startedOnTime: 'yes' });
    });

    it('district staff confirm their district’s service', async () => {
      const saved = await sessions.district_staff.request(
        'PUT',
        `/api/monitoring/service-log/${districtService.id}`,
        entry({ startedOnTime: 'no', note: 'The teacher starts December 1.' }),
      );
      expect(saved.status).toBe(200);
      expect(saved.body.entry.savedByEmail).toBe(fixture.users.district_staff.email);
    });
  },
);
