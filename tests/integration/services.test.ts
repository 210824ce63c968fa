import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/data/db';
import {
  buildChild,
  buildDistrict,
  buildEligibilitySpans,
  buildRegionWithStaff,
  buildUser,
  serviceBody,
} from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

/** An adopted plan version with MPOs 1.0, 2.0, 7.0 and strategies 1.1, 7.1, adopted after any other. */
async function adoptPlan(db: Db): Promise<void> {
  const plan = await db
    .insertInto('plan_versions')
    .values({ name: 'Services test plan', status: 'adopted', adopted_on: '2999-01-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const population = JSON.stringify({ kind: 'age', minAge: 3, maxAge: 5 });
  const growth = JSON.stringify({ kind: 'anyGain' });
  await db
    .insertInto('plan_mpos')
    .values(
      ['1.0', '2.0', '7.0'].map((number, i) => ({
        plan_version_id: plan.id,
        number,
        need_area: 'ELA',
        population,
        min_hours: null,
        growth,
        target: 60,
        min_n: 10,
        sort_order: i,
      })),
    )
    .execute();
  await db
    .insertInto('plan_strategies')
    .values(
      ['1.1', '7.1'].map((number, i) => ({
        plan_version_id: plan.id,
        number,
        need_area: 'ELA',
        text_en: 'Strategy',
        text_es: 'Estrategia',
        implementer: 'either' as const,
        sort_order: i,
      })),
    )
    .execute();
}

const SERVICE = serviceBody({
  code: 'R-ELA-1',
  name: 'After-school reading',
  term: 'RSY',
  site: 'Lincoln Elementary',
  startDate: '2026-09-01',
  endDate: '2027-06-30',
  fundingResource: '3060',
  applicationKind: 'regional_application',
  applicationLine: '2.1',
  mpos: ['1.0'],
  strategies: ['1.1'],
  components: ['eld'],
  instrumentName: 'Reading inventory',
  instrumentMax: 40,
  instrumentLevels: [{ label: 'Beginning', from: 0, to: 19 }],
  sessionMinutes: 45,
});

describe.each(TEST_DATABASES)('services and enrollment on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let director: HttpSession;
  let specialist: HttpSession;
  let recruiter: HttpSession;
  let consultant: HttpSession;
  let districtStaff: HttpSession;
  let otherDistrictStaff: HttpSession;
  let outsider: HttpSession;
  let admin: HttpSession;
  let uid = 0;
  const code = () => `SVC-${Date.now()}-${(uid += 1)}`;

  beforeAll(async () => {
    t = await startTestApp(database);
    await adoptPlan(t.handle.db);
    fixture = await buildRegionWithStaff(t.handle.db);
    await buildEligibilitySpans(t.handle.db, [fixture.child.student_number], '2025-01-01', '2027-12-31');
    const otherDistrict = await buildDistrict(t.handle.db, fixture.region.id);
    director = await signInAs(t.app, fixture.users.region_director.email);
    specialist = await signInAs(t.app, fixture.users.data_specialist.email);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    consultant = await signInAs(t.app, fixture.users.state_consultant.email);
    districtStaff = await signInAs(t.app, fixture.users.district_staff.email);
    otherDistrictStaff = await signInAs(
      t.app,
      (
        await buildUser(t.handle.db, {
          role: 'district_staff',
          regionId: fixture.region.id,
          districtId: otherDistrict.id,
        })
      ).email,
    );
    admin = await signInAs(t.app, fixture.users.state_admin.email);
    outsider = await signInAs(t.app, (await buildRegionWithStaff(t.handle.db)).users.region_director.email);
  });
  afterAll(() => t.close());

  const auditOf = (entityType: string, entityId: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_label', 'child_id', 'after', 'before'])
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();

  const create = (session: HttpSession, overrides: Record<string, unknown> = {}) =>
    session.request('POST', '/api/services', { ...SERVICE, code: code(), ...overrides });

  it('creates a service in the region, audited, and lists it by period, term and region', async () => {
    const created = await create(director);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'After-school reading',
      regionId: fixture.region.id,
      mpos: ['1.0'],
      instrumentLevels: [{ label: 'Beginning', from: 0, to: 19 }],
      sessionMinutes: 45,
      version: 1,
      enrolled: 0,
      activity: { enrolled: 0, minutes: 0, hours: 0 },
      abilities: { read: true, manage: true, record: true },
    });
    expect((await auditOf('service', created.body.id)).map((a) => a.action)).toEqual(['create']);

    const listed = await director.request(
      'GET',
      `/api/services?period=2026-27&term=RSY&regionId=${fixture.region.id}`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toContain(created.body.id);
    const otherPeriod = await director.request(
      'GET',
      `/api/services?period=2025-26&regionId=${fixture.region.id}`,
    );
    expect(otherPeriod.body.items.map((s: { id: string }) => s.id)).not.toContain(created.body.id);
    const summer = await director.request('GET', `/api/services?period=2026-27&term=SUMMER`);
    expect(summer.body.items.map((s: { id: string }) => s.id)).not.toContain(created.body.id);
    expect((await director.request('GET', '/api/services?period=2026')).status).toBe(400);
  });

  it('refuses a service breaking a rule, naming each field, and writes nothing', async () => {
    const before = await t.handle.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const bad = await create(director, {
      endDate: '2026-08-01',
      mpos: ['9.0'],
      strategies: ['3.3'],
      instrumentLevels: [{ label: 'Top', from: 30, to: 50 }],
      applicationKind: 'mou',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems).toEqual(
      expect.arrayContaining([
        { field: 'endDate', message: '2026-08-01 is before the start date 2026-09-01' },
        { field: 'mpos', message: 'MPO 9.0 is not in the plan (1.0, 2.0, 7.0)' },
        { field: 'strategies', message: 'Strategy 3.3 is not in the plan (1.1, 7.1)' },
        { field: 'instrumentLevels[0]', message: "30 to 50 is outside the instrument's range 0 to 40" },
        { field: 'districtId', message: 'a DSA or MOU service is provided by a district: choose it' },
      ]),
    );
    const range = await create(director, { instrumentMin: 10, instrumentMax: 10, instrumentLevels: [] });
    expect(range.body.error.problems).toEqual([
      { field: 'instrumentMax', message: 'must be greater than the lowest score 10' },
    ]);
    const session = await create(director, { sessionMinutes: 601 });
    expect(session.status).toBe(400);
    expect(session.body.error.problems[0].field).toBe('sessionMinutes');
    const funding = await create(director, { fundingResource: '9999' });
    expect(funding.status).toBe(400);
    expect(funding.body.error.problems[0].field).toBe('fundingResource');
    const foreignDistrict = await create(director, {
      districtId: (await buildDistrict(t.handle.db, (await buildRegionWithStaff(t.handle.db)).region.id)).id,
    });
    expect(foreignDistrict.body.error.problems).toEqual([
      { field: 'districtId', message: "is not one of the region's districts" },
    ]);
    const after = await t.handle.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    const duplicate = await create(director, { code: 'DUP-' + code() });
    const again = await director.request('POST', '/api/services', { ...SERVICE, code: duplicate.body.code });
    expect(again.status).toBe(409);
    expect(again.body.error.problems).toEqual([{ field: 'code', message: 'is taken by another service' }]);
  });

  it('lets only those who set services up create and change them, within their region', async () => {
    expect((await create(recruiter)).status).toBe(403);
    expect((await create(districtStaff)).status).toBe(403);
    expect((await create(consultant)).status).toBe(403);
    const elsewhere = await create(outsider, { regionId: fixture.region.id });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.problems[0].field).toBe('regionId');
    expect((await create(specialist)).status).toBe(201);
    expect((await create(admin, { regionId: fixture.region.id })).status).toBe(201);
  });

  it('shows a district-provided service to that district only, who record but do not manage it', async () => {
    const provided = await create(director, { districtId: fixture.district.id, applicationKind: 'dsa' });
    const regional = await create(director);
    const path = `/api/services/${provided.body.id}`;
    const seen = await districtStaff.request('GET', path);
    expect(seen.status).toBe(200);
    expect(seen.body.abilities).toEqual({ read: true, manage: false, record: true });
    const listed = await districtStaff.request('GET', '/api/services');
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([provided.body.id]);
    expect((await districtStaff.request('GET', `/api/services/${regional.body.id}`)).status).toBe(404);
    expect((await otherDistrictStaff.request('GET', path)).status).toBe(404);
    expect((await outsider.request('GET', path)).status).toBe(404);
    expect((await recruiter.request('GET', path)).status).toBe(403);
    const consultantView = await consultant.request('GET', path);
    expect(consultantView.body.abilities).toEqual({ read: true, manage: false, record: false });
    const change = await districtStaff.request('PUT', path, {
      ...SERVICE,
      code: provided.body.code,
      version: 1,
    });
    expect(change.status).toBe(403);

    const enrolled = await districtStaff.request('POST', `${path}/enrollments`, {
      studentId: fixture.child.student_number,
      enrolledOn: '2026-09-15',
      reason: 'below_proficient_ela',
    });
    expect(enrolled.status).toBe(201);
    const byConsultant = await consultant.request('POST', `${path}/enrollments`, {
      studentId: fixture.child.student_number,
      enrolledOn: '2026-09-15',
      reason: 'other',
    });
    expect(byConsultant.status).toBe(403);
  });

  it('changes a service at its version, answers 409 on a stale one, and audits the change', async () => {
    const created = await create(director);
    const path = `/api/services/${created.body.id}`;
    const changed = await director.request('PUT', path, {
      ...SERVICE,
      code: created.body.code,
      name: 'Reading club',
      mpos: ['1.0', '7.0'],
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Reading club', mpos: ['1.0', '7.0'], version: 2 });
    const stale = await director.request('PUT', path, {
      ...SERVICE,
      code: created.body.code,
      name: 'Late',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    const audit = await auditOf('service', created.body.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]!.before).toMatchObject({ name: 'After-school reading' });
    expect((await director.request('GET', path)).body.name).toBe('Reading club');
  });

  it('enrolls an eligible child, refuses anyone else with the reason, and audits it', async () => {
    const service = (await create(director)).body;
    const path = `/api/services/${service.id}/enrollments`;
    const ineligible = await buildChild(t.handle.db, { regionId: fixture.region.id, firstName: 'Luz' });
    await buildEligibilitySpans(t.handle.db, [ineligible.student_number], '2020-01-01', '2026-08-31');

    const refused = await director.request('POST', path, {
      studentId: ineligible.student_number,
      enrolledOn: '2026-10-01',
      reason: 'other',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems).toEqual([
      {
        field: 'enrolledOn',
        message: 'the child is not eligible on 2026-10-01: eligible 2020-01-01 to 2026-08-31',
      },
    ]);
    const unknown = await director.request('POST', path, {
      studentId: 'NOBODY-1',
      enrolledOn: '2026-10-01',
      reason: 'other',
    });
    expect(unknown.body.error.problems[0].message).toMatch(/no eligibility is on record/);
    const early = await director.request('POST', path, {
      studentId: fixture.child.student_number,
      enrolledOn: '2026-08-15',
      reason: 'pre_k',
    });
    expect(early.body.error.problems).toEqual([
      { field: 'enrolledOn', message: '2026-08-15 is before the service starts (2026-09-01)' },
    ]);
    const badReason = await director.request('POST', path, {
      studentId: fixture.child.student_number,
      enrolledOn: '2026-09-15',
      reason: 'bored',
    });
    expect(badReason.status).toBe(400);

    const enrolled = await director.request('POST', path, {
      studentId: fixture.child.student_number,
      enrolledOn: '2026-09-15',
      reason: 'below_proficient_math',
    });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({
      studentId: fixture.child.student_number,
      reason: 'below_proficient_math',
    });
    const audit = await auditOf('service_enrollment', String(enrolled.body.enrollmentId));
    expect(audit).toMatchObject([{ action: 'create', child_id: fixture.child.id }]);

    const twice = await director.request('POST', path, {
      studentId: fixture.child.student_number,
      enrolledOn: '2026-09-20',
      reason: 'other',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.problems).toEqual([
      { field: 'studentId', message: 'is already enrolled in this service since 2026-09-15' },
    ]);
    const list = await director.request('GET', path);
    expect(list.body.items).toMatchObject([
      {
        studentId: fixture.child.student_number,
        name: 'María José Hernández Ruiz',
        hours: 0,
        pre: null,
        post: null,
      },
    ]);
    expect((await outsider.request('GET', path)).status).toBe(404);
  });

  it('records pre and post scores within the instrument, lists them, and removes one; audited', async () => {
    const service = (await create(director)).body;
    const base = `/api/services/${service.id}`;
    await director.request('POST', `${base}/enrollments`, {
      studentId: fixture.child.student_number,
      enrolledOn: '2026-09-15',
      reason: 'other',
    });
    const recordTest = (
      kind: 'pre' | 'post',
      date: string,
      score: number,
      studentId = fixture.child.student_number,
    ) => director.request('POST', `${base}/tests`, { studentId, kind, date, score });
    const pre = await recordTest('pre', '2026-09-16', 12.5);
    expect(pre.status).toBe(201);
    const post = await recordTest('post', '2026-11-20', 30);
    expect(post.status).toBe(201);
    const outside = await recordTest('post', '2026-11-20', 40.5);
    expect(outside.body.error.problems).toEqual([
      { field: 'score', message: "40.5 is outside the instrument's range 0 to 40" },
    ]);
    const decimals = await recordTest('post', '2026-11-20', 3.125);
    expect(decimals.body.error.problems[0].field).toBe('score');
    const stranger = await recordTest('pre', '2026-09-16', 1, 'X-1');
    expect(stranger.body.error.problems).toEqual([
      { field: 'studentId', message: 'is not enrolled in this service' },
    ]);

    const list = await director.request('GET', `${base}/enrollments`);
    expect(list.body.items[0]).toMatchObject({
      pre: { score: 12.5, date: '2026-09-16' },
      post: { score: 30, date: '2026-11-20' },
    });
    expect((await auditOf('service_test', String(pre.body.testId))).map((a) => a.action)).toEqual(['create']);
    const removed = await director.request('DELETE', `${base}/tests/${post.body.testId}`);
    expect(removed.status).toBe(204);
    expect((await auditOf('service_test', String(post.body.testId))).map((a) => a.action)).toEqual([
      'create',
      'delete',
    ]);
    expect((await director.request('GET', `${base}/enrollments`)).body.items[0].post).toBeNull();
  });

  it('unenrolls only without records and deletes only a service no one is enrolled in', async () => {
    const service = (await create(director)).body;
    const base = `/api/services/${service.id}`;
    const enrolled = await director.request('POST', `${base}/enrollments`, {
      studentId: fixture.child.student_number,
      enrolledOn: '2026-09-15',
      reason: 'other',
    });
    await director.request('POST', `${base}/tests`, {
      studentId: fixture.child.student_number,
      kind: 'pre',
      date: '2026-09-16',
      score: 3,
    });
    const kept = await director.request('DELETE', `${base}/enrollments/${enrolled.body.enrollmentId}`);
    expect(kept.status).toBe(409);
    const notDeleted = await director.request('DELETE', `${base}?version=1`);
    expect(notDeleted.status).toBe(409);

    const empty = (await create(director)).body;
    const second = await director.request('POST', `/api/services/${empty.id}/enrollments`, {
      studentId: fixture.child.student_number,
      enrolledOn: '2026-09-15',
      reason: 'other',
    });
    const unenrolled = await director.request(
      'DELETE',
      `/api/services/${empty.id}/enrollments/${second.body.enrollmentId}`,
    );
    expect(unenrolled.status).toBe(204);
    expect(
      (await auditOf('service_enrollment', String(second.body.enrollmentId))).map((a) => a.action),
    ).toEqual(['create', 'delete']);
    expect((await director.request('DELETE', `/api/services/${empty.id}?version=7`)).status).toBe(409);
    expect((await districtStaff.request('DELETE', `/api/services/${empty.id}?version=1`)).status).toBe(403);
    expect((await director.request('DELETE', `/api/services/${empty.id}?version=1`)).status).toBe(204);
    expect((await auditOf('service', empty.id)).map((a) => a.action)).toEqual(['create', 'delete']);
    expect((await director.request('GET', `/api/services/${empty.id}`)).status).toBe(404);
  });

  it("keeps a region's service code map by date, refusing overlaps; audited", async () => {
    // a code of its own: the PostgreSQL test database keeps the audit of earlier runs
    const tut = `TUT-${code()}`;
    const add = (body: Record<string, unknown>) => director.request('POST', '/api/services/code-map', body);
    expect(
      (await add({ localCode: tut, stateCode: '150', validFrom: '2025-07-01', validTo: null })).status,
    ).toBe(201);
    const overlap = await add({ localCode: tut, stateCode: '155', validFrom: '2026-07-01', validTo: null });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.problems[0]).toEqual({
      field: 'validFrom',
      message: `${tut} is already mapped to 150 from 2025-07-01: end that mapping first`,
    });
    const ended = await director.request('POST', '/api/services/code-map/end', {
      localCode: tut,
      validFrom: '2025-07-01',
      validTo: '2026-06-30',
    });
    expect(ended.status).toBe(200);
    expect(
      (await add({ localCode: tut, stateCode: '155', validFrom: '2026-07-01', validTo: null })).status,
    ).toBe(201);
    const map = await director.request('GET', '/api/services/code-map');
    expect(map.body).toMatchObject({
      canManage: true,
      items: [
        { localCode: tut, stateCode: '150', validFrom: '2025-07-01', validTo: '2026-06-30' },
        { localCode: tut, stateCode: '155', validFrom: '2026-07-01', validTo: null },
      ],
    });
    expect((await auditOf('service_code_map', `${tut}/2025-07-01`)).map((a) => a.action)).toEqual([
      'create',
      'update',
    ]);
    // A service with that local code shows the state code mapped on its start date, unless it has its own.
    const mappedOn = async (overrides: Record<string, unknown>) => {
      const service = await create(director, { code: tut, ...overrides });
      const read = (await director.request('GET', `/api/services/${service.body.id}`)).body;
      await director.request('DELETE', `/api/services/${service.body.id}?version=${read.version}`);
      return [read.stateServiceCode, read.mappedStateServiceCode];
    };
    expect(await mappedOn({ startDate: '2025-09-10', endDate: '2026-06-10' })).toEqual([null, '150']);
    expect(await mappedOn({ startDate: '2026-09-01', endDate: '2027-06-10' })).toEqual([null, '155']);
    expect(await mappedOn({ startDate: '2024-09-01', endDate: '2025-06-10' })).toEqual([null, null]);
    expect(await mappedOn({ stateServiceCode: '999' })).toEqual(['999', '155']);
    expect((await districtStaff.request('GET', '/api/services/code-map')).status).toBe(404);
    expect(
      (await outsider.request('GET', `/api/services/code-map?regionId=${fixture.region.id}`)).status,
    ).toBe(404);
    expect(
      (
        await consultant.request('POST', '/api/services/code-map', {
          regionId: fixture.region.id,
          localCode: 'X',
          stateCode: '1',
          validFrom: '2026-01-01',
          validTo: null,
        })
      ).status,
    ).toBe(403);
  });

  it.runIf(database.name === 'postgres')(
    'lets one of two concurrent changes of a service win and answers 409 to the other',
    async () => {
      const created = await create(director);
      const path = `/api/services/${created.body.id}`;
      const replies = await Promise.all(
        ['First', 'Second'].map((name) =>
          director.request('PUT', path, { ...SERVICE, code: created.body.code, name, version: 1 }),
        ),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await auditOf('service', created.body.id)).map((a) => a.action)).toEqual(['create', 'update']);
    },
  );
});
