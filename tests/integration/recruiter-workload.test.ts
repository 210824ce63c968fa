import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInState } from '../../src/usecases/clock';
import { buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)(
  "each recruiter's queue and quota for their managers (WL1) on $name",
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

    const enter = async (firstName: string) => {
      const entered = await manager.request('POST', '/api/referrals', {
        districtId: fixture.district.id,
        source: 'community',
        firstName,
        lastSurname: 'Villaseñor',
        birthDate: '2014-05-06',
        guardianName: 'Irma Villaseñor',
        phone: '(209) 555-0111',
      });
      expect(entered.status).toBe(200);
      return entered.body.id as string;
    };

    it("shows the manager each recruiter's queue and quota as the recruiter's own page counts them, and this week's contacts", async () => {
      const ids = [await enter('Aurelio'), await enter('Belén'), await enter('Ciro')];
      const assigned = await manager.request('POST', '/api/referrals/assignments', {
        referralIds: ids.slice(0, 2),
        recruiterId: fixture.users.recruiter.id,
      });
      expect(assigned.body).toEqual({ assigned: 2 });
      const contact = await recruiter.request('POST', `/api/referrals/${ids[0]}/contacts`, {
        contactedOn: today,
        attemptType: 'phone',
        outcome: 'no-answer',
      });
      expect(contact.status).toBe(200);

      const workload = await manager.request('GET', '/api/referrals/workload');
      expect(workload.status).toBe(200);
      expect(workload.body).toMatchObject({ regionId: fixture.region.id, today });
      const row = workload.body.recruiters.find(
        (r: { userId: string }) => r.userId === fixture.users.recruiter.id,
      );
      const { regionId: _region, ...ownQuota } = (await recruiter.request('GET', '/api/referrals/quota'))
        .body;
      expect(row).toMatchObject({ ...ownQuota, contactsThisWeek: 1 });
      expect(row).toMatchObject({ pace: { pending: 2 }, contactedToday: 1 });
      expect(row.name).toBe(fixture.users.recruiter.display_name);
    });

    it('is for those who assign referrals, in their own region only', async () => {
      expect((await recruiter.request('GET', '/api/referrals/workload')).status).toBe(403);
      const other = await buildRegionWithStaff(t.handle.db);
      const otherManager = await signInAs(t.app, other.users.ir_manager.email);
      const theirs = await otherManager.request('GET', '/api/referrals/workload');
      expect(theirs.status).toBe(200);
      expect(theirs.body.recruiters.map((r: { userId: string }) => r.userId)).not.toContain(
        fixture.users.recruiter.id,
      );
      const reaching = await otherManager.request(
        'GET',
        `/api/referrals/workload?regionId=${fixture.region.id}`,
      );
      expect(reaching.status).toBe(404);
    });

    it('lets a state administrator choose the region, and asks for one when they name none', async () => {
      const admin = await signInAs(t.app, fixture.users.state_admin.email);
      const unnamed = await admin.request('GET', '/api/referrals/workload');
      expect(unnamed.status).toBe(400);
      expect(unnamed.body.error.problems[0].field).toBe('regionId');
      const chosen = await admin.request('GET', `/api/referrals/workload?regionId=${fixture.region.id}`);
      expect(chosen.status).toBe(200);
      expect(chosen.body.recruiters.map((r: { userId: string }) => r.userId)).toContain(
        fixture.users.recruiter.id,
      );
    });
  },
);
