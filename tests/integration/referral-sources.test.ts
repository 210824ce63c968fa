import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/common/calendar-date';
import { weekdayOf } from '../../src/core/recruitment/contact-quota';
import { todayInState } from '../../src/usecases/clock';
import { buildChild, buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';
import { uploadForm } from '../support/upload-form';

describe.each(TEST_DATABASES)(
  'referrals from every source, priority overrides and working days on $name',
  (database) => {
    let t: TestApp;
    let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
    let manager: HttpSession;
    let recruiter: HttpSession;
    const today = todayInState();

    beforeAll(async () => {
      t = await startTestApp(database);
      fixture = await buildRegionWithStaff(t.handle.db);
      manager = await signInAs(t.app, fixture.users.ir_manager.email);
      recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    });
    afterAll(() => t.close());

    const auditOf = (entityId: string) =>
      t.handle.db
        .selectFrom('audit_events')
        .select(['action', 'before', 'after'])
        .where('entity_id', '=', entityId)
        .orderBy('id')
        .execute();

    it('enters a referral by hand from a source, refuses bad input naming the field, and a child already listed', async () => {
      const body = {
        districtId: fixture.district.id,
        source: 'employer',
        firstName: 'Rosa',
        lastSurname: 'Méndez',
        birthDate: '2016-04-02',
        hispanic: true,
        guardianName: 'Luz Méndez',
        phone: '(209) 555-0199',
      };
      const entered = await recruiter.request('POST', '/api/referrals', body);
      expect(entered.status).toBe(200);
      expect(entered.body).toMatchObject({
        firstName: 'Rosa',
        source: 'employer',
        status: 'pending',
        priority: 3,
        rulesPriority: 3,
        priorityOverride: null,
        receivedOn: today,
        version: 1,
      });
      expect((await auditOf(entered.body.id)).map((event) => event.action)).toEqual(['create']);
      const again = await recruiter.request('POST', '/api/referrals', { ...body, firstName: ' rosa ' });
      expect(again.status).toBe(409);
      const bad = await recruiter.request('POST', '/api/referrals', { ...body, birthDate: '2016-02-30' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.problems).toEqual([expect.objectContaining({ field: 'birthDate' })]);
      const fromContact = await recruiter.request('POST', '/api/referrals', {
        ...body,
        source: 'school-contact',
      });
      expect(fromContact.status).toBe(400);
      expect(fromContact.body.error.problems[0].field).toBe('source');
      const unknownSource = await recruiter.request('POST', '/api/referrals', { ...body, source: 'radio' });
      expect(unknownSource.status).toBe(400);
      const outsider = await signInAs(t.app, (await buildRegionWithStaff(t.handle.db)).users.recruiter.email);
      expect((await outsider.request('POST', '/api/referrals', body)).status).toBe(400);
    });

    it("respects the list's own 'Dates are same?' box: equal dates with the box unchecked stay priority 4", async () => {
      const list = [
        'First,Last,DOB,DstEnterDt,Enter Date,Dates are Same?,Prior Migrant?,Hispanic?',
        'Uno,Cuatro,2014-01-01,02/22/21,02/22/21,N,N,N',
        'Dos,Tres,2014-01-02,02/22/21,02/22/21,Y,N,N',
      ].join('\n');
      const imported = await manager.request(
        'POST',
        '/api/referrals/imports',
        uploadForm({ districtId: fixture.district.id }, [{ name: 'list.csv', content: list }]),
      );
      expect(imported.body).toMatchObject({ added: 2 });
      const queue = await manager.request('GET', '/api/referrals?limit=500');
      const priorityOf = (name: string) =>
        queue.body.items.find((r: { firstName: string }) => r.firstName === name)?.priority;
      expect(priorityOf('Uno')).toBe(4);
      expect(priorityOf('Dos')).toBe(3);
    });

    it("keeps the 'Dates are same?' box of a list's row entered by hand: equal dates with the box unchecked stay priority 4", async () => {
      const row = {
        districtId: fixture.district.id,
        source: 'school-list',
        lastSurname: 'Cuatro',
        birthDate: '2014-03-03',
        districtEnterDate: '2021-02-22',
        schoolEnterDate: '2021-02-22',
      };
      const unchecked = await manager.request('POST', '/api/referrals', {
        ...row,
        firstName: 'Tres',
        datesSame: false,
      });
      expect(unchecked.body).toMatchObject({ priority: 4, priorityReasons: [] });
      const unsaid = await manager.request('POST', '/api/referrals', { ...row, firstName: 'Cuatro' });
      expect(unsaid.body).toMatchObject({ priority: 3, priorityReasons: [{ ruleId: 'dates-same' }] });
    });

    it('computes the priority again on the next day it is read: a child who became known makes a prior migrant', async () => {
      const entered = await manager.request('POST', '/api/referrals', {
        districtId: fixture.district.id,
        source: 'community',
        firstName: 'Tomás',
        lastSurname: 'Vega',
        birthDate: '2013-09-09',
      });
      expect(entered.body).toMatchObject({ priority: 4, priorMigrant: null });
      await buildChild(t.handle.db, {
        regionId: fixture.region.id,
        firstName: 'Tomás',
        lastSurname: 'Vega',
        birthDate: '2013-09-09',
      });
      // Read again the same day: computed today already, unchanged.
      expect((await manager.request('GET', `/api/referrals/${entered.body.id}`)).body.priority).toBe(4);
      await t.handle.db
        .updateTable('referrals')
        .set({ priority_computed_on: addDays(today, -1) })
        .where('id', '=', entered.body.id)
        .execute();
      const next = await manager.request('GET', `/api/referrals/${entered.body.id}`);
      expect(next.body).toMatchObject({
        priority: 3,
        rulesPriority: 3,
        priorMigrant: true,
        priorityComputedOn: today,
        priorityReasons: [{ ruleId: 'prior-migrant', label: 'Prior migrant' }],
      });
    });

    it("lets a manager override a referral's priority with a reason, kept beside the rules', versioned and audited", async () => {
      const entered = await manager.request('POST', '/api/referrals', {
        districtId: fixture.district.id,
        source: 'agency',
        firstName: 'Inés',
        lastSurname: 'Soto',
        birthDate: '2015-05-05',
        hispanic: true,
      });
      const id = entered.body.id as string;
      const path = `/api/referrals/${id}/priority`;
      expect((await recruiter.request('PUT', path, { priority: 1, reason: 'x', version: 1 })).status).toBe(
        403,
      );
      const noReason = await manager.request('PUT', path, { priority: 1, reason: ' ', version: 1 });
      expect(noReason.status).toBe(400);
      expect(noReason.body.error.problems[0].field).toBe('reason');
      const set = await manager.request('PUT', path, {
        priority: 1,
        reason: 'Family leaves after the harvest',
        version: 1,
      });
      expect(set.body).toMatchObject({
        priority: 1,
        rulesPriority: 3,
        priorityReasons: [{ ruleId: 'hispanic' }],
        priorityOverride: { priority: 1, reason: 'Family leaves after the harvest' },
        version: 2,
      });
      const stale = await manager.request('PUT', path, { priority: 2, reason: 'Later', version: 1 });
      expect(stale.status).toBe(409);
      // A day's recomputation keeps the override as the queue's priority.
      await t.handle.db
        .updateTable('referrals')
        .set({ priority_computed_on: addDays(today, -1) })
        .where('id', '=', id)
        .execute();
      expect((await manager.request('GET', `/api/referrals/${id}`)).body).toMatchObject({
        priority: 1,
        rulesPriority: 3,
      });
      const removed = await manager.request('PUT', path, { priority: 0, version: 2 });
      expect(removed.body, JSON.stringify(removed.body)).toMatchObject({
        priority: 3,
        priorityOverride: null,
        version: 3,
      });
      const audit = await auditOf(id);
      expect(audit.map((event) => [event.action, (event.after as { priority: number }).priority])).toEqual([
        ['create', 3],
        ['update', 1],
        ['update', 3],
      ]);
    });

    it("counts in the month plan a referral made on the month's last evening in California, already the 1st in UTC", async () => {
      const entered = await manager.request('POST', '/api/referrals', {
        districtId: fixture.district.id,
        source: 'community',
        firstName: 'Ilse',
        lastSurname: 'Cárdenas',
        birthDate: '2015-09-14',
        guardianName: 'Marta Cárdenas',
        phone: '(209) 555-0142',
      });
      expect(entered.status).toBe(200);
      const pendingAtStart = async () =>
        (await recruiter.request('GET', '/api/referrals/quota')).body.plan.pendingAtStart as number;
      const made = (createdAt: string) =>
        sql`update referrals set assigned_to = ${fixture.users.recruiter.id}, created_at = ${createdAt}::timestamptz
          where id = ${entered.body.id}`.execute(t.handle.db);
      const firstOfMonth = `${today.slice(0, 7)}-01`;
      await made(`${firstOfMonth}T08:30:00Z`); // 12:30 or 1:30 a.m. on the 1st in California
      const counted = await pendingAtStart();
      await made(`${firstOfMonth}T06:30:00Z`); // 10:30 or 11:30 p.m. the evening before
      expect(await pendingAtStart()).toBe(counted + 1);
    });

    it("follows a recruiter's own working days, set by their manager: no quota on a day they do not work", async () => {
      const path = `/api/recruiters/${fixture.users.recruiter.id}/schedule`;
      const first = await recruiter.request('GET', path);
      expect(first.body).toMatchObject({ weekdays: [1, 2, 3, 4, 5], isDefault: true, version: 0 });
      expect(first.body.abilities).toEqual({ read: true, write: false });
      expect((await recruiter.request('PUT', path, { weekdays: [1], leave: [], version: 0 })).status).toBe(
        403,
      );
      const notToday = [0, 1, 2, 3, 4, 5, 6].filter((day) => day !== weekdayOf(today));
      const saved = await manager.request('PUT', path, { weekdays: notToday, leave: [], version: 0 });
      expect(saved.body).toMatchObject({ weekdays: notToday, isDefault: false, version: 1 });
      expect((await manager.request('PUT', path, { weekdays: [1], leave: [], version: 0 })).status).toBe(409);
      const bad = await manager.request('PUT', path, {
        weekdays: [1],
        leave: [{ from: today, to: addDays(today, -1) }],
        version: 1,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.problems[0].field).toBe('leave[0].to');
      const quota = await recruiter.request('GET', '/api/referrals/quota');
      expect(quota.body).toMatchObject({ dayOff: true, minimumToday: 0 });
      expect(quota.body.plan).toEqual(expect.objectContaining({ month: today.slice(0, 7) }));
      const onLeave = await manager.request('PUT', path, {
        weekdays: [0, 1, 2, 3, 4, 5, 6],
        leave: [{ from: today, to: today }],
        version: 1,
      });
      expect(onLeave.status).toBe(200);
      expect((await recruiter.request('GET', '/api/referrals/quota')).body.dayOff).toBe(true);
      expect((await auditOf(fixture.users.recruiter.id)).map((event) => event.action)).toEqual([
        'create',
        'update',
      ]);
    });
  },
);
