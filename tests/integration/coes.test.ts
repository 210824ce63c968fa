import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionWithStaff, buildUser } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { readPdf } from '../support/pdf-text';
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

  /** What the region holds of COEs, and what the recruiter wrote to the audit log. */
  async function savedByRecruiter() {
    const db = t.handle.db;
    const count = (rows: Array<{ n: number | string }>) => Number(rows[0]?.n ?? 0);
    return {
      coes: count(
        await db
          .selectFrom('coes')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('region_id', '=', fixture.region.id)
          .execute(),
      ),
      coeChildren: count(
        await db
          .selectFrom('coe_children')
          .innerJoin('coes', 'coes.id', 'coe_children.coe_id')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('coes.region_id', '=', fixture.region.id)
          .execute(),
      ),
      auditEvents: count(
        await db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('actor_label', '=', fixture.users.recruiter.email)
          .execute(),
      ),
    };
  }

  /** The audit events written about one COE, oldest first. */
  async function auditOfCoe(coeId: string) {
    return t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_label', 'before', 'after'])
      .where('entity_type', '=', 'coe')
      .where('entity_id', '=', coeId)
      .orderBy('id')
      .execute();
  }

  async function submittedScenario2() {
    const draft = await prepareScenario2();
    await recruiter.request('POST', `/api/coes/${draft.id}/signature`, {
      kind: 'paper',
      signerName: 'María Pérez',
      signedOn: '2019-08-20',
    });
    const submitted = await recruiter.request('POST', `/api/coes/${draft.id}/submit`);
    expect(submitted.body.status).toBe('submitted');
    return submitted.body;
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
    expect(fixed.body.signature, 'the parent signs the corrected facts again (IR2.1)').toBeNull();
    await recruiter.request('POST', `/api/coes/${draft.id}/signature`, {
      kind: 'paper',
      signerName: 'María Pérez',
      signedOn: '2019-08-21',
    });
    expect((await recruiter.request('POST', `/api/coes/${draft.id}/submit`)).body.status).toBe('submitted');
  });

  it('makes a family and a COE once for a key, however often (or at once) the device sends them (ID7.3)', async () => {
    const key = `draft-${crypto.randomUUID()}`;
    const family = () =>
      recruiter.request('POST', '/api/families', {
        regionId: fixture.region.id,
        familyName: 'Keyed family',
        members: [],
        submissionKey: `${key}:family`,
      });
    const families = await Promise.all([family(), family()]);
    const again = await family();
    expect(new Set([...families, again].map((r) => r.body.id)).size).toBe(1);
    const coe = () =>
      recruiter.request('POST', '/api/coes', {
        regionId: fixture.region.id,
        familyId: again.body.id,
        interview: scenario2,
        children: [{ interviewChildId: 'c-daughter', newChild: { ...newDaughter, lastSurname: 'Keyed' } }],
        residencyDate: '2019-08-01',
        qualifyingWork: 'Picking cherries (seasonal agricultural work)',
        submissionKey: `${key}:coe`,
      });
    const coes = await Promise.all([coe(), coe()]);
    const coeAgain = await coe();
    for (const reply of [...coes, coeAgain]) expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(new Set([...coes, coeAgain].map((r) => r.body.id)).size).toBe(1);
    const audited = await t.handle.db
      .selectFrom('audit_events')
      .select('entity_type')
      .where('entity_id', 'in', [again.body.id, coeAgain.body.id])
      .where('action', '=', 'create')
      .execute();
    expect(audited.map((a) => a.entity_type).sort()).toEqual(['coe', 'family']);
    const refused = await recruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      familyName: 'Keyed family',
      members: [],
      submissionKey: 'no spaces',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems[0].field).toBe('submissionKey');
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
    const before = await savedByRecruiter();
    const response = await recruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      interview: bad,
      children: [{ interviewChildId: 'c-daughter', newChild: newDaughter }],
      residencyDate: null,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('birthDate');
    expect(await savedByRecruiter()).toEqual(before);
  });

  it('refuses a bad new child and saves nothing', async () => {
    const before = await savedByRecruiter();
    const response = await recruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      interview: scenario2,
      children: [{ interviewChildId: 'c-daughter', newChild: { ...newDaughter, birthCountry: 'Guatemala' } }],
      residencyDate: '2019-08-01',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.problems[0].field).toBe('children[0].newChild.birthCountry');
    expect(await savedByRecruiter()).toEqual(before);
  });

  it('prints the COE as a PDF in English and Spanish, with the child and the labels of that language', async () => {
    const draft = await prepareScenario2();
    const texts: Record<string, string> = {};
    for (const language of ['en', 'es']) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/coes/${draft.id}/pdf?language=${language}`,
        cookies: recruiter.cookies,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(response.rawPayload.toString('latin1')).toContain(`/Lang (${language})`);
      texts[language] = textOfPdf(response.rawPayload);
    }
    expect(texts.en).toContain('Certificate of Eligibility');
    expect(texts.en).toContain('Birth date');
    expect(texts.en).toContain('Eligible through');
    expect(texts.en).toContain('02/10/2011');
    expect(texts.en).not.toContain('Certificado de Elegibilidad');
    expect(texts.es).toContain('Certificado de Elegibilidad');
    expect(texts.es).toContain('Fecha de nacimiento');
    expect(texts.es).toContain('Elegible hasta');
    expect(texts.es).toContain('10/02/2011');
    expect(texts.es).not.toContain('Certificate of Eligibility');
    for (const text of Object.values(texts)) expect(text).toContain('Lucía Jellybean Pérez');
  });

  it('refuses a drawn signature that is no readable picture, so the PDF can always be printed', async () => {
    const draft = await prepareScenario2();
    const bytes = Buffer.from(PNG.split(',')[1]!, 'base64');
    const corrupted = Buffer.from(bytes);
    const at = corrupted.length - 20;
    corrupted.writeUInt8(corrupted.readUInt8(at) ^ 0xff, at);
    for (const broken of [
      `data:image/png;base64,${bytes.subarray(0, 8).toString('base64')}`,
      `data:image/png;base64,${corrupted.toString('base64')}`,
      'data:image/png;base64,aGVsbG8=',
    ]) {
      const refused = await recruiter.request('POST', `/api/coes/${draft.id}/signature`, {
        kind: 'drawn',
        imageDataUrl: broken,
        signerName: 'María Pérez',
        signedOn: '2019-08-20',
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.problems[0].field).toBe('imageDataUrl');
    }
    const stored = await t.handle.db
      .selectFrom('coes')
      .select(['signature_kind', 'signature_image', 'version'])
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ signature_kind: null, signature_image: null, version: draft.version });
    const signed = await recruiter.request('POST', `/api/coes/${draft.id}/signature`, {
      kind: 'drawn',
      imageDataUrl: PNG,
      signerName: 'María Pérez',
      signedOn: '2019-08-20',
    });
    expect(signed.status).toBe(200);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/coes/${draft.id}/pdf?language=en`,
      cookies: recruiter.cookies,
    });
    expect(pdf.statusCode).toBe(200);
  });

  it('audits the submission with the status it left and the recruiter who submitted', async () => {
    const submitted = await submittedScenario2();
    const audit = await auditOfCoe(submitted.id);
    expect(audit.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(audit.at(-1)).toMatchObject({
      actor_label: fixture.users.recruiter.email,
      before: { status: 'draft' },
      after: { status: 'submitted' },
    });
  });

  it('audits a review: the decision, its comments and the reviewer', async () => {
    const returnedCoe = await submittedScenario2();
    await reviewer.request('POST', `/api/coes/${returnedCoe.id}/review`, {
      decision: 'return',
      comments: 'Check the residency date.',
    });
    expect((await auditOfCoe(returnedCoe.id)).at(-1)).toMatchObject({
      actor_label: fixture.users.reviewer.email,
      before: { status: 'submitted' },
      after: { status: 'returned', comments: 'Check the residency date.' },
    });
    const approvedCoe = await submittedScenario2();
    await reviewer.request('POST', `/api/coes/${approvedCoe.id}/review`, {
      decision: 'approve',
      comments: '',
    });
    expect((await auditOfCoe(approvedCoe.id)).at(-1)).toMatchObject({
      actor_label: fixture.users.reviewer.email,
      before: { status: 'submitted' },
      after: { status: 'approved' },
    });
  });

  it('on approval puts a known child without a family into the COE’s family, audited', async () => {
    const family = await recruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      familyName: 'Jellybean Pérez',
      members: [],
    });
    expect(family.status, JSON.stringify(family.body)).toBe(201);
    const known = await recruiter.request('POST', '/api/children', {
      ...newDaughter,
      regionId: fixture.region.id,
    });
    const coe = await recruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      familyId: family.body.id,
      interview: scenario2,
      children: [{ interviewChildId: 'c-daughter', childId: known.body.id }],
      residencyDate: '2019-08-01',
      qualifyingWork: 'Picking cherries',
    });
    await recruiter.request('POST', `/api/coes/${coe.body.id}/signature`, {
      kind: 'paper',
      signerName: 'María Pérez',
      signedOn: '2019-08-20',
    });
    await recruiter.request('POST', `/api/coes/${coe.body.id}/submit`);
    const approved = await reviewer.request('POST', `/api/coes/${coe.body.id}/review`, {
      decision: 'approve',
      comments: '',
    });
    expect(approved.status).toBe(200);
    const child = (await recruiter.request('GET', `/api/children/${known.body.id}`)).body;
    expect(child.familyId).toBe(family.body.id);
    expect(child.version, 'a change to the child gives it a new version').toBe(known.body.version + 1);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['actor_label', 'before', 'after'])
      .where('entity_type', '=', 'child')
      .where('entity_id', '=', known.body.id)
      .where('action', '=', 'update')
      .execute();
    expect(audit).toEqual([
      {
        actor_label: fixture.users.reviewer.email,
        before: { family_id: null },
        after: { family_id: family.body.id, source: `coe ${coe.body.id}` },
      },
    ]);
  });

  it('lets one of two reviewers approving a COE at once win; the other gets 409 and nothing is written twice', async () => {
    const submitted = await submittedScenario2();
    const secondReviewer = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'reviewer', regionId: fixture.region.id })).email,
    );
    const decisions = await Promise.all(
      [reviewer, secondReviewer].map((session) =>
        session.request('POST', `/api/coes/${submitted.id}/review`, { decision: 'approve', comments: '' }),
      ),
    );
    expect(decisions.map((d) => d.status).sort()).toEqual([200, 409]);
    // The loser read the COE before the winner's commit (the versioned update found no row) or
    // after it (the COE was approved already) — never a write that a constraint had to stop.
    const loser = decisions.find((d) => d.status === 409)!.body.error;
    expect(
      (loser.problems ?? []).some((p: { field: string }) => p.field === 'version') ||
        loser.message === 'A approved COE cannot be reviewed.',
      loser.message,
    ).toBe(true);
    const reviews = await t.handle.db
      .selectFrom('coe_reviews')
      .select('decision')
      .where('coe_id', '=', submitted.id)
      .execute();
    expect(reviews).toEqual([{ decision: 'approve' }]);
    const eligibilities = await t.handle.db
      .selectFrom('child_eligibilities')
      .select('child_id')
      .where('coe_id', '=', submitted.id)
      .execute();
    expect(eligibilities).toHaveLength(1);
    expect(
      (await auditOfCoe(submitted.id)).filter(
        (e) => (e.after as { status?: string } | null)?.status === 'approved',
      ),
    ).toHaveLength(1);
  });

  it('keeps the first of two changes made at once from the same version; the second gets 409 on version', async () => {
    const draft = await prepareScenario2();
    const change = (qualifyingWork: string) =>
      recruiter.request('PUT', `/api/coes/${draft.id}`, {
        version: draft.version,
        interview: scenario2,
        children: [{ interviewChildId: 'c-daughter', newChild: newDaughter }],
        residencyDate: '2019-08-01',
        qualifyingWork,
      });
    const replies = await Promise.all([change('Picking cherries'), change('Picking apples')]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const conflict = replies.find((r) => r.status === 409)!;
    expect(conflict.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    const winner = replies.find((r) => r.status === 200)!;
    const stored = await t.handle.db
      .selectFrom('coes')
      .select(['qualifying_work', 'version'])
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ qualifying_work: winner.body.qualifyingWork, version: draft.version + 1 });
  });

  it('refuses to tie a draft to another region’s family, and leaves the draft as it was', async () => {
    const draft = await prepareScenario2();
    const otherRegion = await buildRegionWithStaff(t.handle.db);
    const otherRecruiter = await signInAs(t.app, otherRegion.users.recruiter.email);
    const otherFamily = await otherRecruiter.request('POST', '/api/families', {
      regionId: otherRegion.region.id,
      familyName: 'Otra Familia',
      members: [],
    });
    expect(otherFamily.status).toBe(201);
    const response = await recruiter.request('PUT', `/api/coes/${draft.id}`, {
      version: draft.version,
      familyId: otherFamily.body.id,
      interview: scenario2,
      children: [{ interviewChildId: 'c-daughter', newChild: newDaughter }],
      residencyDate: '2019-08-01',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.problems).toEqual([
      { field: 'familyId', message: 'no such family in this region' },
    ]);
    const stored = await t.handle.db
      .selectFrom('coes')
      .select(['family_id', 'version'])
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ family_id: null, version: draft.version });
  });

  it('keeps other regions out of a COE: every route answers 404 and the COE is unchanged', async () => {
    const draft = await prepareScenario2();
    const outsiderRegion = await buildRegionWithStaff(t.handle.db);
    const outsider = await signInAs(t.app, outsiderRegion.users.reviewer.email);
    const outsiderRecruiter = await signInAs(t.app, outsiderRegion.users.recruiter.email);
    expect((await outsider.request('GET', `/api/coes/${draft.id}`)).status).toBe(404);
    expect((await outsider.request('GET', `/api/coes?limit=500`)).body.items).not.toContainEqual(
      expect.objectContaining({ id: draft.id }),
    );
    expect(
      (await outsider.request('POST', `/api/coes/${draft.id}/review`, { decision: 'approve', comments: '' }))
        .status,
    ).toBe(404);
    const changes: Array<[string, string, unknown]> = [
      [
        'PUT',
        `/api/coes/${draft.id}`,
        { version: draft.version, interview: scenario2, children: [], residencyDate: '2019-08-01' },
      ],
      [
        'POST',
        `/api/coes/${draft.id}/signature`,
        { kind: 'paper', signerName: 'Otra', signedOn: '2019-08-20' },
      ],
      ['POST', `/api/coes/${draft.id}/submit`, undefined],
    ];
    for (const [method, url, body] of changes)
      expect((await outsiderRecruiter.request(method as 'PUT' | 'POST', url, body)).status, url).toBe(404);
    const stored = await t.handle.db
      .selectFrom('coes')
      .select(['status', 'version', 'signer_name', 'residency_date'])
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      status: 'draft',
      version: draft.version,
      signer_name: null,
      residency_date: '2019-08-01',
    });
    const statewide = await signInAs(t.app, (await buildUser(t.handle.db, { role: 'reviewer' })).email);
    expect((await statewide.request('GET', `/api/coes/${draft.id}`)).status).toBe(200);
  });
});

/**
 * The text a PDF shows, line by line: PDFKit writes each line as a `[<hex> kerning <hex>] TJ`
 * array in Flate-compressed content streams, in the WinAnsi (latin1) encoding of its fonts.
 */
function textOfPdf(pdf: Buffer): string {
  return readPdf(pdf).text;
}
