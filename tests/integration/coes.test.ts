import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionWithStaff, buildUser } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

const CASES = path.resolve(import.meta.dirname, '../cases/eligibility');
const scenario2 = JSON.parse(
  readFileSync(path.join(CASES, '002-seed-joe-daughter-joins-sqm.json'), 'utf8'),
).input;
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe.each(TEST_DATABASES)('certificates of eligibility on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let recruiter: HttpSession;
  let reviewer: HttpSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    reviewer = await signInAs(t.app, fixture.users.reviewer.email);
  });
  afterAll(() => t.close());

  const newDaughter = {
    firstName: 'Lucía',
    lastSurname: 'Jellybean',
    secondSurname: 'Pérez',
    birthDate: '2011-02-10',
    birthCountry: 'GT',
    birthCity: 'Olopa',
    sex: 'female',
  };

  async function prepareScenario2() {
    const coe = await recruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      interview: scenario2,
      children: [{ interviewChildId: 'c-daughter', newChild: newDaughter }],
      residencyDate: '2019-08-01',
      qualifyingWork: 'Picking cherries (seasonal agricultural work)',
    });
    expect(coe.status, JSON.stringify(coe.body)).toBe(201);
    return coe.body;
  }

  it('prepares, signs, submits and approves Scenario 2: the new child is eligible with QAD 2019-08-01 on an SQM', async () => {
    const draft = await prepareScenario2();
    expect(draft.status).toBe('draft');
    expect(draft.children[0]).toMatchObject({
      eligible: true,
      qad: '2019-08-01',
      eligibilityEndDate: '2022-07-31',
      basis: 'sqm',
      relation: 'to-join',
      movedWithWorker: false,
    });
    expect(draft.determination.children[0].trace.length).toBeGreaterThan(0);
    expect(draft.children[0].newChild).toMatchObject(newDaughter);

    const unsigned = await recruiter.request('POST', `/api/coes/${draft.id}/submit`);
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error.problems.map((p: { field: string }) => p.field)).toContain('signature');

    const signed = await recruiter.request('POST', `/api/coes/${draft.id}/signature`, {
      kind: 'drawn',
      imageDataUrl: PNG,
      signerName: 'María Pérez',
      signedOn: '2019-08-20',
    });
    expect(signed.body.signature).toMatchObject({ kind: 'drawn', hasImage: true });
    const submitted = await recruiter.request('POST', `/api/coes/${draft.id}/submit`);
    expect(submitted.body.status).toBe('submitted');

    const queue = await reviewer.request('GET', '/api/coes?status=submitted');
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(draft.id);
    const approved = await reviewer.request('POST', `/api/coes/${draft.id}/review`, {
      decision: 'approve',
      comments: '',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');

    const childId = approved.body.children[0].childId;
    expect(childId).toBeTruthy();
    const child = await t.handle.db
      .selectFrom('children')
      .selectAll()
      .where('id', '=', childId)
      .executeTakeFirstOrThrow();
    expect(child).toMatchObject({ first_name: 'Lucía', second_surname: 'Pérez', birth_date: '2011-02-10' });
    const eligibility = await t.handle.db
      .selectFrom('child_eligibilities')
      .selectAll()
      .where('child_id', '=', childId)
      .execute();
    expect(eligibility).toEqual([
      expect.objectContaining({
        qad: '2019-08-01',
        eligibility_end_date: '2022-07-31',
        basis: 'sqm',
        coe_id: draft.id,
      }),
    ]);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action'])
      .where('child_id', '=', childId)
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { entity_type: 'child', action: 'create' },
        { entity_type: 'child_eligibility', action: 'create' },
      ]),
    );
  });

  it('returns a COE with comments to the recruiter, who corrects and resubmits it', async () => {
    const draft = await prepareScenario2();
    await recruiter.request('POST', `/api/coes/${draft.id}/signature`, {
      kind: 'paper',
      signerName: 'María Pérez',
      signedOn: '2019-08-20',
    });
    await recruiter.request('POST', `/api/coes/${draft.id}/submit`);
    const noComment = await reviewer.request('POST', `/api/coes/${draft.id}/review`, {
      decision: 'return',
      comments: ' ',
    });
    expect(noComment.status).toBe(400);
    const returned = await reviewer.request('POST', `/api/coes/${draft.id}/review`, {
      decision: 'return',
      comments: 'Check the residency date.',
    });
    expect(returned.body.status).toBe('returned');
    expect(returned.body.reviews).toEqual([
      expect.objectContaining({ decision: 'return', comments: 'Check the residency date.' }),
    ]);
    const mine = await recruiter.request('GET', '/api/coes?mine=true&status=returned');
    expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(draft.id);
    const fixed = await recruiter.request('PUT', `/api/coes/${draft.id}`, {
      version: returned.body.version,
      interview: scenario2,
      children: [{ interviewChildId: 'c-daughter', newChild: newDaughter }],
      residencyDate: '2019-08-02',
      qualifyingWork: 'Picking cherries',
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.residencyDate).toBe('2019-08-02');
    expect((await recruiter.request('POST', `/api/coes/${draft.id}/submit`)).body.status).toBe('submitted');
  });

  it('refuses to let a reviewer approve a COE they prepared', async () => {
    const admin = await signInAs(t.app, fixture.users.state_admin.email);
    const coe = await admin.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      interview: scenario2,
      children: [{ interviewChildId: 'c-daughter', newChild: newDaughter }],
      residencyDate: '2019-08-01',
      qualifyingWork: 'cherries',
    });
    await admin.request('POST', `/api/coes/${coe.body.id}/signature`, {
      kind: 'paper',
      signerName: 'M',
      signedOn: '2019-08-20',
    });
    await admin.request('POST', `/api/coes/${coe.body.id}/submit`);
    const own = await admin.request('POST', `/api/coes/${coe.body.id}/review`, {
      decision: 'approve',
      comments: '',
    });
    expect(own.status).toBe(403);
  });

  it('names the interview field at fault and saves nothing', async () => {
    const bad = structuredClone(scenario2);
    bad.children[0].birthDate = '2011-02-30';
    const response = await recruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      interview: bad,
      children: [],
      residencyDate: null,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('birthDate');
  });

  it('prints the COE as a PDF in English and Spanish', async () => {
    const draft = await prepareScenario2();
    for (const language of ['en', 'es']) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/coes/${draft.id}/pdf?language=${language}`,
        cookies: recruiter.cookies,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('keeps other regions out of a COE', async () => {
    const draft = await prepareScenario2();
    const outsiderRegion = await buildRegionWithStaff(t.handle.db);
    const outsider = await signInAs(t.app, outsiderRegion.users.reviewer.email);
    expect((await outsider.request('GET', `/api/coes/${draft.id}`)).status).toBe(404);
    expect(
      (await outsider.request('POST', `/api/coes/${draft.id}/review`, { decision: 'approve', comments: '' }))
        .status,
    ).toBe(404);
    const statewide = await signInAs(t.app, (await buildUser(t.handle.db, { role: 'reviewer' })).email);
    expect((await statewide.request('GET', `/api/coes/${draft.id}`)).status).toBe(200);
  });
});
