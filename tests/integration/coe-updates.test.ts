import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInState } from '../../src/usecases/clock';
import { buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { freshDatabases } from '../support/fresh-databases';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { uploadForm } from '../support/upload-form';

const CASES = path.resolve(import.meta.dirname, '../cases/eligibility');
const scenario2 = JSON.parse(
  readFileSync(path.join(CASES, '002-seed-joe-daughter-joins-sqm.json'), 'utf8'),
).input;

/** Scenario 2 with the daughter's younger brother, who came with her and their mother. */
const withBrother = {
  ...scenario2,
  children: [
    ...scenario2.children,
    {
      id: 'c-son',
      name: 'Joe’s son',
      birthDate: '2013-05-05',
      workers: [{ worker: 'w-joe', relation: 'parent' }],
    },
  ],
  moves: scenario2.moves.map((move: { id: string; movers: string[] }) =>
    move.id === 'm4' ? { ...move, movers: [...move.movers, 'c-son'] } : move,
  ),
};

const LIST = [
  'Student ID,First Name,Last Name,Birthdate,Guardian,Phone',
  '7001,Lucía,Jellybean Pérez,2011-02-10,María Pérez,(510) 555-0111',
  '7002,Mateo,Jellybean Pérez,2013-05-05,María Pérez,(510) 555-0111',
  '7003,Ana,Otra Familia,2012-03-03,Rosa Otra,(510) 555-0199',
].join('\n');

describe.each(freshDatabases('coe_updates'))('what an approved COE updates, on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let manager: HttpSession;
  let recruiter: HttpSession;
  let reviewer: HttpSession;
  let districtStaff: HttpSession;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    manager = await signInAs(t.app, fixture.users.ir_manager.email);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    reviewer = await signInAs(t.app, fixture.users.reviewer.email);
    districtStaff = await signInAs(t.app, fixture.users.district_staff.email);
  });
  afterAll(() => t.close());

  async function referralsOfList() {
    const imported = await manager.request(
      'POST',
      '/api/referrals/imports',
      uploadForm({ districtId: fixture.district.id }, [{ name: 'new-enrollees.csv', content: LIST }]),
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const all = (await manager.request('GET', '/api/referrals?assignee=all&status=open&limit=100')).body
      .items as Array<{ id: string; firstName: string; status: string }>;
    const named = (name: string) => all.find((r) => r.firstName === name)!;
    return { lucia: named('Lucía'), mateo: named('Mateo'), ana: named('Ana') };
  }

  /** What the audit log holds about one record. */
  async function auditOf(entityType: string, entityId: string) {
    return t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_label', 'before', 'after'])
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();
  }

  async function signAndSubmit(coeId: string) {
    await recruiter.request('POST', `/api/coes/${coeId}/signature`, {
      kind: 'paper',
      signerName: 'María Pérez',
      signedOn: '2019-08-20',
    });
    const submitted = await recruiter.request('POST', `/api/coes/${coeId}/submit`);
    expect(submitted.body.status, JSON.stringify(submitted.body)).toBe('submitted');
  }

  it('IR1 approving a COE from a referral closes it and the brother’s, moves both children into the family, and enrolls them in the district so district staff see them; each change audited', async () => {
    const { lucia, mateo, ana } = await referralsOfList();
    await manager.request('POST', '/api/referrals/assignments', {
      referralIds: [lucia.id],
      recruiterId: fixture.users.recruiter.id,
    });
    const contact = await recruiter.request('POST', `/api/referrals/${lucia.id}/contacts`, {
      contactedOn: todayInState(),
      attemptType: 'home-visit',
      outcome: 'interview-scheduled',
    });
    expect(contact.body.referral.status).toBe('in-progress');

    // The brother is known already, in a family recorded earlier.
    const earlierFamily = await recruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      familyName: 'Pérez (earlier record)',
      members: [],
    });
    const mateoChild = await recruiter.request('POST', '/api/children', {
      regionId: fixture.region.id,
      familyId: earlierFamily.body.id,
      firstName: 'Mateo',
      lastSurname: 'Jellybean',
      secondSurname: 'Pérez',
      birthDate: '2013-05-05',
      birthCountry: 'GT',
      sex: 'male',
    });
    expect(mateoChild.status, JSON.stringify(mateoChild.body)).toBe(201);
    expect((await districtStaff.request('GET', `/api/children/${mateoChild.body.id}`)).status).toBe(404);

    const family = await recruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      familyName: 'Jellybean Pérez',
      members: [],
    });
    const coe = await recruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      referralId: lucia.id,
      familyId: family.body.id,
      interview: withBrother,
      children: [
        {
          interviewChildId: 'c-daughter',
          newChild: {
            firstName: 'Lucía',
            lastSurname: 'Jellybean',
            secondSurname: 'Pérez',
            birthDate: '2011-02-10',
            birthCountry: 'GT',
            sex: 'female',
          },
        },
        { interviewChildId: 'c-son', childId: mateoChild.body.id },
      ],
      residencyDate: '2019-08-01',
      qualifyingWork: 'Picking cherries',
    });
    expect(coe.status, JSON.stringify(coe.body)).toBe(201);
    expect(coe.body).toMatchObject({
      referralId: lucia.id,
      district: { id: fixture.district.id, name: fixture.district.name },
    });
    await signAndSubmit(coe.body.id);
    const approved = await reviewer.request('POST', `/api/coes/${coe.body.id}/review`, {
      decision: 'approve',
      comments: '',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const luciaId = approved.body.children.find(
      (c: { interviewChildId: string }) => c.interviewChildId === 'c-daughter',
    ).childId as string;

    for (const referral of [lucia, mateo]) {
      const after = await manager.request('GET', `/api/referrals/${referral.id}`);
      expect(after.body, referral.firstName).toMatchObject({ status: 'closed', closedByCoeId: coe.body.id });
    }
    expect((await manager.request('GET', `/api/referrals/${ana.id}`)).body.status).toBe('pending');
    // Done on the day in the state, which the recruiter's quota counts (not the database's UTC day).
    const doneOn = await t.handle.db
      .selectFrom('referrals')
      .select('done_on')
      .where('id', 'in', [lucia.id, mateo.id])
      .execute();
    expect(doneOn.map((row) => String(row.done_on).slice(0, 10))).toEqual([todayInState(), todayInState()]);

    for (const childId of [luciaId, mateoChild.body.id]) {
      const seen = await districtStaff.request('GET', `/api/children/${childId}`);
      expect(seen.status, 'district staff see the child').toBe(200);
      expect(seen.body.familyId).toBe(family.body.id);
      expect(seen.body.enrollments).toEqual([
        expect.objectContaining({
          districtId: fixture.district.id,
          enrollmentDate: '2019-08-01',
          residencyDate: '2019-08-01',
          exitDate: null,
        }),
      ]);
    }

    expect(await auditOf('referral', mateo.id)).toEqual([
      {
        action: 'update',
        actor_label: fixture.users.reviewer.email,
        before: { status: 'pending' },
        after: { status: 'closed', closedByCoeId: coe.body.id },
      },
    ]);
    expect((await auditOf('referral', lucia.id)).at(-1)).toMatchObject({
      before: { status: 'in-progress' },
      after: { status: 'closed', closedByCoeId: coe.body.id },
    });
    expect(await auditOf('child', mateoChild.body.id)).toContainEqual({
      action: 'update',
      actor_label: fixture.users.reviewer.email,
      before: { family_id: earlierFamily.body.id },
      after: { family_id: family.body.id, source: `coe ${coe.body.id}` },
    });
    const enrollments = await t.handle.db
      .selectFrom('audit_events')
      .select(['child_id', 'after'])
      .where('entity_type', '=', 'enrollment')
      .where('action', '=', 'create')
      .where('child_id', 'in', [luciaId, mateoChild.body.id])
      .execute();
    expect(enrollments).toHaveLength(2);
    expect(enrollments.map((e) => (e.after as { source: string }).source)).toEqual([
      `coe ${coe.body.id}`,
      `coe ${coe.body.id}`,
    ]);
  });

  it('IR1.5 without a referral, the COE finds the district of the interview by name; it refuses another region’s referral or district', async () => {
    const oakland = await t.handle.db
      .insertInto('districts')
      .values({
        region_id: fixture.region.id,
        cds_code: '0161259',
        name: 'Oakland Unified',
        county: 'Alameda',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const draft = {
      regionId: fixture.region.id,
      interview: scenario2,
      children: [
        {
          interviewChildId: 'c-daughter',
          newChild: {
            firstName: 'Inés',
            lastSurname: 'Jellybean',
            birthDate: '2011-02-10',
            birthCountry: 'GT',
            sex: 'female',
          },
        },
      ],
      residencyDate: '2019-08-01',
      qualifyingWork: 'Picking cherries',
    };
    const coe = await recruiter.request('POST', '/api/coes', draft);
    expect(coe.body.district).toEqual({ id: oakland.id, name: 'Oakland Unified' });

    const other = await buildRegionWithStaff(t.handle.db);
    const elsewhere = await recruiter.request('POST', '/api/coes', {
      ...draft,
      districtId: other.district.id,
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.problems.map((p: { field: string }) => p.field)).toEqual(['districtId']);
    const strangeReferral = await recruiter.request('POST', '/api/coes', {
      ...draft,
      referralId: '00000000-0000-4000-8000-000000000000',
    });
    expect(strangeReferral.status).toBe(400);
    expect(strangeReferral.body.error.problems.map((p: { field: string }) => p.field)).toEqual([
      'referralId',
    ]);

    // Approval with a child already enrolled there enrolls nobody twice.
    await signAndSubmit(coe.body.id);
    const approved = await reviewer.request('POST', `/api/coes/${coe.body.id}/review`, {
      decision: 'approve',
      comments: '',
    });
    const child = await recruiter.request('GET', `/api/children/${approved.body.children[0].childId}`);
    expect(child.body.enrollments.map((e: { districtId: string }) => e.districtId)).toEqual([oakland.id]);
  });

  const PNG =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

  /** A COE signed with a drawn signature, submitted and returned to the recruiter. */
  async function returnedSignedCoe() {
    const created = await recruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      interview: scenario2,
      children: [
        {
          interviewChildId: 'c-daughter',
          newChild: {
            firstName: 'Rosa',
            lastSurname: 'Jellybean',
            birthDate: '2011-02-10',
            birthCountry: 'GT',
            sex: 'female',
          },
        },
      ],
      residencyDate: '2019-08-01',
      qualifyingWork: 'Picking cherries',
      comments: 'Met at the camp',
    });
    await recruiter.request('POST', `/api/coes/${created.body.id}/signature`, {
      kind: 'drawn',
      imageDataUrl: PNG,
      signerName: 'María Pérez',
      signedOn: '2019-08-20',
    });
    await recruiter.request('POST', `/api/coes/${created.body.id}/submit`);
    const returned = await reviewer.request('POST', `/api/coes/${created.body.id}/review`, {
      decision: 'return',
      comments: 'Check the residency date with the family.',
    });
    expect(returned.body.status).toBe('returned');
    return returned.body;
  }

  const correction = (coe: Record<string, any>, change: Record<string, unknown>) => ({
    version: coe.version,
    familyId: coe.familyId,
    interview: coe.interview,
    children: coe.children.map((c: { interviewChildId: string; newChild: unknown }) => ({
      interviewChildId: c.interviewChildId,
      newChild: c.newChild,
    })),
    residencyDate: coe.residencyDate,
    qualifyingWork: coe.qualifyingWork,
    comments: coe.comments,
    ...change,
  });

  it('IR2.1 correcting what the parent signed removes the signature, audited, and the COE waits for a new one; a new comment keeps it', async () => {
    const coe = await returnedSignedCoe();
    const commented = await recruiter.request(
      'PUT',
      `/api/coes/${coe.id}`,
      correction(coe, { comments: 'Met at the camp, Saturday' }),
    );
    expect(commented.status, JSON.stringify(commented.body)).toBe(200);
    expect(commented.body.signature).toMatchObject({ kind: 'drawn', signerName: 'María Pérez' });
    expect(commented.body.signatureClearedAt).toBeNull();

    const corrected = await recruiter.request(
      'PUT',
      `/api/coes/${coe.id}`,
      correction(commented.body, { residencyDate: '2019-08-02' }),
    );
    expect(corrected.status).toBe(200);
    expect(corrected.body.signature).toBeNull();
    expect(corrected.body.signatureClearedAt).toEqual(expect.any(String));
    expect((await reviewer.request('GET', `/api/coes/${coe.id}/signature`)).status).toBe(404);
    const unsigned = await recruiter.request('POST', `/api/coes/${coe.id}/submit`);
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error.problems.map((p: { field: string }) => p.field)).toContain('signature');
    const audit = await auditOf('coe', coe.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'update',
      actor_label: fixture.users.recruiter.email,
      before: { residencyDate: '2019-08-01', signerName: 'María Pérez', signedOn: '2019-08-20' },
      after: { residencyDate: '2019-08-02', signerName: null, signatureCleared: true },
    });

    const signedAgain = await recruiter.request('POST', `/api/coes/${coe.id}/signature`, {
      kind: 'paper',
      signerName: 'María Pérez',
      signedOn: '2019-08-21',
    });
    expect(signedAgain.body.signatureClearedAt).toBeNull();
    expect((await recruiter.request('POST', `/api/coes/${coe.id}/submit`)).body.status).toBe('submitted');
  });

  it('IR2.2 the reviewer sees the drawn signature’s picture; other regions do not', async () => {
    const coe = await returnedSignedCoe();
    const image = await t.app.inject({
      method: 'GET',
      url: `/api/coes/${coe.id}/signature`,
      cookies: reviewer.cookies,
    });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(Buffer.from(PNG.split(',')[1]!, 'base64'))).toBe(true);
    const other = await buildRegionWithStaff(t.handle.db);
    const outsider = await signInAs(t.app, other.users.reviewer.email);
    expect((await outsider.request('GET', `/api/coes/${coe.id}/signature`)).status).toBe(404);
  });

  it('the COE list is searched by family and recruiter, filtered by status and interview dates, and counts each COE’s warnings; a re-interview sample names the family', async () => {
    // The first test's COE: the Jellybean Pérez family, interviewed 2019-08-20, approved today.
    const search = async (query: string) =>
      (await reviewer.request('GET', `/api/coes?${query}`)).body.items as Array<{
        familyName: string | null;
        status: string;
        interviewDate: string;
        warningCount: number;
      }>;
    const byFamily = await search('family=jellybean%20PEREZ');
    expect(byFamily.map((c) => c.familyName)).toEqual(['Jellybean Pérez']);
    expect(byFamily[0]!.warningCount).toBe(0);
    expect(await search('family=perez&status=approved&from=2019-08-20&to=2019-08-20')).toHaveLength(1);
    expect(await search('family=perez&from=2019-08-21')).toEqual([]);
    expect(await search('family=perez&status=draft')).toEqual([]);
    expect((await search('recruiter=test%20recruiter&family=jellybean')).length).toBe(1);
    expect(await search('recruiter=nobody')).toEqual([]);
    const bad = await reviewer.request('GET', '/api/coes?from=2019-13-01');
    expect(bad.status).toBe(400);

    // A COE whose residency date is after its interview carries a warning the reviewer sees.
    const late = await recruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      familyId: (
        await recruiter.request('POST', '/api/families', {
          regionId: fixture.region.id,
          familyName: 'Warnock Muñoz',
          members: [],
        })
      ).body.id,
      interview: scenario2,
      children: [
        {
          interviewChildId: 'c-daughter',
          newChild: {
            firstName: 'Eva',
            lastSurname: 'Warnock',
            birthDate: '2011-02-10',
            birthCountry: 'GT',
            sex: 'female',
          },
        },
      ],
      residencyDate: '2019-09-01',
    });
    expect(late.body.warnings.map((w: { code: string }) => w.code)).toContain('RESIDENCY_AFTER_INTERVIEW');
    expect((await search('family=warnock'))[0]!.warningCount).toBe(late.body.warnings.length);
    // A name searched as it is written, or without its ñ, finds it.
    for (const words of ['Mu%C3%B1oz', 'MU%C3%91OZ', 'munoz'])
      expect((await search(`family=${words}`)).map((c) => c.familyName)).toEqual(['Warnock Muñoz']);

    const admin = await signInAs(t.app, fixture.users.state_admin.email);
    const today = todayInState();
    const sample = await admin.request('POST', '/api/quality-control/samples', {
      perRegion: 50,
      approvedFrom: today,
      approvedTo: today,
      seed: 1,
    });
    expect(sample.status, JSON.stringify(sample.body)).toBe(201);
    const drawn = await admin.request('GET', `/api/quality-control/samples/${sample.body.id}`);
    const ours = drawn.body.items.filter((item: { regionId: string }) => item.regionId === fixture.region.id);
    expect(ours.map((item: { familyName: string }) => item.familyName)).toContain('Jellybean Pérez');
    expect(
      ours.find((item: { familyName: string }) => item.familyName === 'Jellybean Pérez').interviewDate,
    ).toBe('2019-08-20');
  });
});
