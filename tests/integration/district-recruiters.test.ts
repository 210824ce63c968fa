import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/data/db';
import { todayInState } from '../../src/usecases/clock';
import { buildChild, buildDistrict, buildRegionWithStaff, buildSchool } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

const scenario2 = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../cases/eligibility/002-seed-joe-daughter-joins-sqm.json'),
    'utf8',
  ),
).input;
const newDaughter = {
  firstName: 'Lucía',
  lastSurname: 'Jellybean',
  birthDate: '2011-02-10',
  birthCountry: 'GT',
  sex: 'female',
};

async function insertReferral(db: Db, regionId: string, districtId: string, firstName: string) {
  return db
    .insertInto('referrals')
    .values({
      region_id: regionId,
      district_id: districtId,
      referral_key: `k-${firstName}-${Math.random()}`,
      first_name: firstName,
      last_surname: 'Ruiz',
      birth_date: '2015-01-01',
      priority: 4,
      received_on: '2026-01-05',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * A recruiter employed by one district (DR1) works that district's contact queue, COEs,
 * families and contact logs, and cannot read or write another district's of the same region.
 */
describe.each(TEST_DATABASES)('district recruiters on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let recruiter: HttpSession;
  let districtRecruiter: HttpSession;
  let otherDistrictId: string;
  const ids = {} as Record<
    | 'ownReferral'
    | 'otherReferral'
    | 'ownFamily'
    | 'otherFamily'
    | 'ownCoe'
    | 'otherCoe'
    | 'ownSchool'
    | 'otherSchool',
    string
  >;

  /** A family of the region whose one child is enrolled in `districtId`. */
  async function familyIn(districtId: string): Promise<string> {
    const family = await recruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      familyName: 'Ruiz',
      members: [],
    });
    expect(family.status, JSON.stringify(family.body)).toBe(201);
    const child = await buildChild(t.handle.db, { regionId: fixture.region.id, districtId });
    await t.handle.db
      .updateTable('children')
      .set({ family_id: family.body.id })
      .where('id', '=', child.id)
      .execute();
    return family.body.id;
  }

  async function coeIn(session: HttpSession, districtId: string) {
    return session.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      districtId,
      interview: scenario2,
      children: [{ interviewChildId: 'c-daughter', newChild: newDaughter }],
      residencyDate: '2019-08-01',
    });
  }

  beforeAll(async () => {
    t = await startTestApp(database);
    const db = t.handle.db;
    fixture = await buildRegionWithStaff(db);
    otherDistrictId = (await buildDistrict(db, fixture.region.id)).id;
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    districtRecruiter = await signInAs(t.app, fixture.users.district_recruiter.email);
    ids.ownReferral = (await insertReferral(db, fixture.region.id, fixture.district.id, 'Ana')).id;
    ids.otherReferral = (await insertReferral(db, fixture.region.id, otherDistrictId, 'Beto')).id;
    ids.ownFamily = await familyIn(fixture.district.id);
    ids.otherFamily = await familyIn(otherDistrictId);
    const own = await coeIn(recruiter, fixture.district.id);
    const other = await coeIn(recruiter, otherDistrictId);
    expect([own.status, other.status]).toEqual([201, 201]);
    ids.ownCoe = own.body.id;
    ids.otherCoe = other.body.id;
    ids.ownSchool = (await buildSchool(db, fixture.district.id)).id;
    ids.otherSchool = (await buildSchool(db, otherDistrictId)).id;
  });
  afterAll(() => t.close());

  it('sees the contact queue and the COEs of their district only', async () => {
    const queue = await districtRecruiter.request('GET', '/api/referrals?assignee=all');
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((r: { id: string }) => r.id)).toEqual([ids.ownReferral]);
    const coes = await districtRecruiter.request('GET', '/api/coes');
    expect(coes.status).toBe(200);
    expect(coes.body.items.map((c: { id: string }) => c.id)).toEqual([ids.ownCoe]);
  });

  it("reads their district's family, referral and COE, and none of another district (404)", async () => {
    for (const [url, own, other] of [
      ['/api/families/', ids.ownFamily, ids.otherFamily],
      ['/api/referrals/', ids.ownReferral, ids.otherReferral],
      ['/api/coes/', ids.ownCoe, ids.otherCoe],
    ] as const) {
      expect((await districtRecruiter.request('GET', `${url}${own}`)).status, url).toBe(200);
      expect((await districtRecruiter.request('GET', `${url}${other}`)).status, url).toBe(404);
    }
    expect(
      (await districtRecruiter.request('GET', `/api/referrals/${ids.otherReferral}/contacts`)).status,
    ).toBe(404);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/coes/${ids.otherCoe}/pdf?language=en`,
      cookies: districtRecruiter.cookies,
    });
    expect(pdf.statusCode).toBe(404);
  });

  it("logs contacts with their district's families only, audited", async () => {
    const contact = { contactedOn: todayInState(), attemptType: 'phone', outcome: 'no-answer' };
    const own = await districtRecruiter.request(
      'POST',
      `/api/referrals/${ids.ownReferral}/contacts`,
      contact,
    );
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    const other = await districtRecruiter.request(
      'POST',
      `/api/referrals/${ids.otherReferral}/contacts`,
      contact,
    );
    expect(other.status).toBe(404);
    const log = await districtRecruiter.request('GET', `/api/referrals/${ids.ownReferral}/contacts`);
    expect(log.body.items).toHaveLength(1);
    const audits = await t.handle.db
      .selectFrom('audit_events')
      .select(['entity_id'])
      .where('actor_user_id', '=', fixture.users.district_recruiter.id)
      .execute();
    expect(audits.map((a) => a.entity_id)).not.toContain(ids.otherReferral);
    expect(audits.length).toBeGreaterThan(0);
  });

  it("prepares COEs in their district, never in another; cannot change another district's COE", async () => {
    const own = await coeIn(districtRecruiter, fixture.district.id);
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.district.id).toBe(fixture.district.id);
    const other = await coeIn(districtRecruiter, otherDistrictId);
    expect(other.status).toBe(400);
    expect(other.body.error.problems[0].field).toBe('districtId');
    const moved = await districtRecruiter.request('PUT', `/api/coes/${own.body.id}`, {
      version: own.body.version,
      districtId: otherDistrictId,
      interview: scenario2,
      children: [{ interviewChildId: 'c-daughter', newChild: newDaughter }],
      residencyDate: '2019-08-01',
      familyId: null,
    });
    expect(moved.status).toBe(404);
    const submitted = await districtRecruiter.request('POST', `/api/coes/${ids.otherCoe}/submit`);
    expect(submitted.status).toBe(404);
    const count = await t.handle.db
      .selectFrom('coes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('recruiter_id', '=', fixture.users.district_recruiter.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it("records school contacts with their district's schools only, and reads no family of another district to change", async () => {
    const entry = (schoolId: string) => ({
      contactDate: todayInState(),
      schoolId,
      contactType: 'drop_in',
      outcomes: [{ code: 'left_materials' }],
    });
    const own = await districtRecruiter.request('POST', '/api/school-contacts', entry(ids.ownSchool));
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const other = await districtRecruiter.request('POST', '/api/school-contacts', entry(ids.otherSchool));
    expect(other.status).toBe(400);
    expect(other.body.error.problems[0].field).toBe('schoolId');
    // The region recruiter's entry about the other district's school is not theirs to read.
    const theirs = await recruiter.request('POST', '/api/school-contacts', entry(ids.otherSchool));
    expect(theirs.status).toBe(201);
    expect((await districtRecruiter.request('GET', `/api/school-contacts/${theirs.body.id}`)).status).toBe(
      404,
    );
    const rename = await districtRecruiter.request('PATCH', `/api/families/${ids.otherFamily}`, {
      familyName: 'Changed',
      version: 1,
    });
    expect(rename.status).toBe(404);
    // Nor one of their own district that a region's recruiter recorded without a district.
    const ownByEnrollment = await districtRecruiter.request('PATCH', `/api/families/${ids.ownFamily}`, {
      familyName: 'Changed',
      version: 1,
    });
    expect(ownByEnrollment.status).toBe(403);
  });

  it('creates a family for their own district, reads and changes it, prepares its COE, and records none for another district (DR1.5)', async () => {
    const created = await districtRecruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      familyName: 'Ortega',
      members: [{ relation: 'parent', firstName: 'Rosa', lastSurname: 'Ortega', isQualifyingWorker: true }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      districtId: fixture.district.id,
      regionId: fixture.region.id,
      abilities: { canEdit: true, canAddMember: true },
    });
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('entity_type', '=', 'family')
      .where('entity_id', '=', created.body.id)
      .execute();
    expect(audit).toEqual([{ action: 'create', actor_user_id: fixture.users.district_recruiter.id }]);
    expect((await districtRecruiter.request('GET', `/api/families/${created.body.id}`)).status).toBe(200);
    const renamed = await districtRecruiter.request('PATCH', `/api/families/${created.body.id}`, {
      familyName: 'Ortega Ruiz',
      version: created.body.version,
    });
    expect(renamed.status).toBe(200);
    const coe = await districtRecruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      districtId: fixture.district.id,
      familyId: created.body.id,
      interview: scenario2,
      children: [{ interviewChildId: 'c-daughter', newChild: { ...newDaughter, firstName: 'Inés' } }],
      residencyDate: '2019-08-01',
    });
    expect(coe.status, JSON.stringify(coe.body)).toBe(201);

    const elsewhere = await districtRecruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      districtId: otherDistrictId,
      familyName: 'Elsewhere',
      members: [],
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.problems.map((p: { field: string }) => p.field)).toEqual(['districtId']);
    expect(
      await t.handle.db.selectFrom('families').select('id').where('family_name', '=', 'Elsewhere').execute(),
    ).toEqual([]);

    // The region's recruiter records a family for the other district: out of the district recruiter's reach.
    const theirs = await recruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      districtId: otherDistrictId,
      familyName: 'Vega',
      members: [],
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.districtId).toBe(otherDistrictId);
    expect((await districtRecruiter.request('GET', `/api/families/${theirs.body.id}`)).status).toBe(404);
    const outOfRegion = await recruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      districtId: (await buildDistrict(t.handle.db, (await buildRegionWithStaff(t.handle.db)).region.id)).id,
      familyName: 'Lejos',
      members: [],
    });
    expect(outOfRegion.status).toBe(400);
  });
});
