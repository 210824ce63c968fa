import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionWithStaff, buildUser } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { freshDatabases } from '../support/fresh-databases';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { uploadForm } from '../support/upload-form';

const CASES = path.resolve(import.meta.dirname, '../cases/eligibility');
const scenario2 = JSON.parse(
  readFileSync(path.join(CASES, '002-seed-joe-daughter-joins-sqm.json'), 'utf8'),
).input;

const LIST = ['Student ID,First Name,Last Name,Birthdate', '7101,Rocío,Villaseñor Paz,2011-02-10'].join('\n');

/**
 * ID9: an interview taken over days (offline) read records that someone else changed meanwhile;
 * the COE is refused naming each changed record, nothing is made, and the recruiter's second
 * try, with what they saw of both versions, goes through.
 */
describe.each(freshDatabases('coe_records_changed'))(
  'records changed under an interview, on $name',
  (database) => {
    let t: TestApp;
    let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
    let manager: HttpSession;
    let recruiter: HttpSession;

    beforeAll(async () => {
      t = await startFreshTestApp(database);
      fixture = await buildRegionWithStaff(t.handle.db);
      manager = await signInAs(t.app, fixture.users.ir_manager.email);
      recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    });
    afterAll(() => t.close());

    const coesOfRegion = async () =>
      (await t.handle.db.selectFrom('coes').select('id').where('region_id', '=', fixture.region.id).execute())
        .length;

    it('ID9.1–9.2 a child edited and a referral reassigned meanwhile are named (409) and nothing is made; sent again with the versions seen, the COE is made', async () => {
      const imported = await manager.request(
        'POST',
        '/api/referrals/imports',
        uploadForm({ districtId: fixture.district.id }, [{ name: 'enrollees.csv', content: LIST }]),
      );
      expect(imported.status, JSON.stringify(imported.body)).toBe(200);
      const [referral] = (await manager.request('GET', '/api/referrals?assignee=all&status=open&limit=10'))
        .body.items as Array<{ id: string }>;
      await manager.request('POST', '/api/referrals/assignments', {
        referralIds: [referral!.id],
        recruiterId: fixture.users.recruiter.id,
      });
      const child = await recruiter.request('POST', '/api/children', {
        regionId: fixture.region.id,
        firstName: 'Rocío',
        lastSurname: 'Villaseñor',
        secondSurname: 'Paz',
        birthDate: '2011-02-10',
        birthCountry: 'MX',
        sex: 'female',
      });
      expect(child.status, JSON.stringify(child.body)).toBe(201);
      // What the interview read when it began, in the field
      const childVersionRead = child.body.version as number;
      const referralAsRead = { assignedTo: fixture.users.recruiter.id, status: 'pending' };

      // Meanwhile, at the office: the child's name corrected, the family given to another recruiter
      const edited = await manager.request('PATCH', `/api/children/${child.body.id}`, {
        version: childVersionRead,
        firstName: 'María del Rocío',
      });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      const other = await buildUser(t.handle.db, { role: 'recruiter', regionId: fixture.region.id });
      await manager.request('POST', '/api/referrals/assignments', {
        referralIds: [referral!.id],
        recruiterId: other.id,
      });

      const body = (childVersion: number, asRead: typeof referralAsRead) => ({
        regionId: fixture.region.id,
        referralId: referral!.id,
        referralAsRead: asRead,
        interview: scenario2,
        children: [{ interviewChildId: 'c-daughter', childId: child.body.id, childVersion }],
        residencyDate: '2019-08-01',
      });
      const before = await coesOfRegion();
      const refused = await recruiter.request('POST', '/api/coes', body(childVersionRead, referralAsRead));
      expect(refused.status, JSON.stringify(refused.body)).toBe(409);
      expect(refused.body.error.problems).toEqual([
        {
          field: 'children[0].childId',
          message: "was changed by someone else since the interview linked it: compare the child's facts",
        },
        { field: 'referralId', message: 'was given to another recruiter since the interview began' },
      ]);
      expect(await coesOfRegion()).toBe(before);

      // The recruiter compared both versions and decided: sent again with what they saw
      const made = await recruiter.request(
        'POST',
        '/api/coes',
        body(edited.body.version, { assignedTo: other.id, status: 'pending' }),
      );
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      expect(await coesOfRegion()).toBe(before + 1);
    });

    it('a COE from a draft that read no versions (before ID9) is judged as before', async () => {
      const child = await recruiter.request('POST', '/api/children', {
        regionId: fixture.region.id,
        firstName: 'Tomás',
        lastSurname: 'Villaseñor',
        birthDate: '2012-06-01',
        birthCountry: 'MX',
        sex: 'male',
      });
      await manager.request('PATCH', `/api/children/${child.body.id}`, {
        version: child.body.version,
        firstName: 'Tomas',
      });
      const made = await recruiter.request('POST', '/api/coes', {
        regionId: fixture.region.id,
        interview: scenario2,
        children: [{ interviewChildId: 'c-daughter', childId: child.body.id }],
        residencyDate: '2019-08-01',
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
    });
  },
);
