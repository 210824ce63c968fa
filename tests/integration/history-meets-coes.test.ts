import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/usecases/context';
import { buildDataPacket } from '../../src/usecases/qualifications/build-data-packet';
import { importQualifications } from '../../src/usecases/qualifications/import-qualifications';
import { buildRegionWithStaff } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';

const CASES = path.resolve(import.meta.dirname, '../cases/eligibility');
/** Seed scenario 2: Joe's daughter joins him in Oakland on 2019-08-01, interviewed 2019-08-20 (period 2018-19). */
const scenario2 = JSON.parse(
  readFileSync(path.join(CASES, '002-seed-joe-daughter-joins-sqm.json'), 'utf8'),
).input;

/** The state number under which the daughter's history was imported from the previous system. */
const STATE_NUMBER = '7000123456';

describe.each(freshDatabases('history_meets'))('imported history and Ciclo’s COEs, on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let recruiter: HttpSession;
  let reviewer: HttpSession;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    reviewer = await signInAs(t.app, fixture.users.reviewer.email);
  });
  afterAll(() => t.close());

  async function approve(children: unknown[]) {
    const coe = await recruiter.request('POST', '/api/coes', {
      regionId: fixture.region.id,
      interview: scenario2,
      children,
      residencyDate: '2019-08-01',
      qualifyingWork: 'Picking cherries',
    });
    expect(coe.status, JSON.stringify(coe.body)).toBe(201);
    await recruiter.request('POST', `/api/coes/${coe.body.id}/signature`, {
      kind: 'paper',
      signerName: 'María Pérez',
      signedOn: '2019-08-20',
    });
    expect((await recruiter.request('POST', `/api/coes/${coe.body.id}/submit`)).body.status).toBe(
      'submitted',
    );
    const approved = await reviewer.request('POST', `/api/coes/${coe.body.id}/review`, {
      decision: 'approve',
      comments: '',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    return approved.body as { id: string; children: Array<{ interviewChildId: string; childId: string }> };
  }

  it('IR3, IR4.1: a child imported with a state number and then certified in Ciclo counts once and is not newly qualified', async () => {
    const region = fixture.region.number;
    await importQualifications(
      { db: t.handle.db, actor: CLI_ACTOR },
      'history.csv',
      [
        'student_id,coe_id,region,birth_date,qad,residency_date,recruitment_date,worker_move_date,moved_with_worker,prior_coe',
        `${STATE_NUMBER},OLD-1,${region},2011-02-10,2017-10-01,2017-10-01,2017-11-01,2017-10-01,Y,`,
      ].join('\n'),
    );
    const before = await buildDataPacket(
      { db: t.handle.db, actor: CLI_ACTOR },
      { from: '2017-18', to: '2018-19', region },
    );
    expect(before.periods.map((p) => [p.qualified, p.newlyQualified])).toEqual([
      [1, 1],
      [0, 0],
    ]);

    const coe = await approve([
      {
        interviewChildId: 'c-daughter',
        newChild: {
          firstName: 'Lucía',
          lastSurname: 'Jellybean',
          secondSurname: 'Pérez',
          birthDate: '2011-02-10',
          birthCountry: 'GT',
          sex: 'female',
          statewideStudentId: STATE_NUMBER,
        },
      },
    ]);
    const childId = coe.children[0]!.childId;

    const child = await t.handle.db
      .selectFrom('children')
      .select(['student_number', 'history_student_id'])
      .where('id', '=', childId)
      .executeTakeFirstOrThrow();
    expect(child.history_student_id).toBe(STATE_NUMBER);
    expect(child.student_number).not.toBe(STATE_NUMBER);
    const coeChild = await t.handle.db
      .selectFrom('coe_children')
      .select(['prior_coe', 'prior_coe_sources'])
      .where('coe_id', '=', coe.id)
      .executeTakeFirstOrThrow();
    expect(coeChild).toEqual({ prior_coe: true, prior_coe_sources: ['imported-history'] });

    const rows = await t.handle.db
      .selectFrom('qualification_rows')
      .select(['student_id', 'coe_id'])
      .where('birth_date', '=', '2011-02-10')
      .orderBy('recruitment_date')
      .execute();
    expect(rows).toEqual([
      { student_id: STATE_NUMBER, coe_id: 'OLD-1' },
      { student_id: STATE_NUMBER, coe_id: coe.id },
    ]);
    for (const scope of [region, undefined]) {
      const packet = await buildDataPacket(
        { db: t.handle.db, actor: CLI_ACTOR },
        { from: '2017-18', to: '2018-19', region: scope },
      );
      const [history, certified] = packet.periods;
      expect(history).toMatchObject({ qualified: 1, newlyQualified: 1 });
      expect(certified, `scope ${scope ?? 'state'}`).toMatchObject({
        qualified: 1,
        newlyQualified: 0,
        newlyQualifiedPct: 0,
        // Figure 3 leaves out a child who moved to join the worker; the engine's basis does not.
        subsequentMove: 0,
        subsequentMoveByBasis: 1,
        families: 1,
        newFamilies: 0,
      });
    }

    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['entity_type', 'after'])
      .where('child_id', '=', childId)
      .where('action', '=', 'update')
      .execute();
    expect(audit).toContainEqual({
      entity_type: 'child',
      after: { history_student_id: STATE_NUMBER, source: `coe ${coe.id}` },
    });
    expect(audit).toContainEqual({
      entity_type: 'coe',
      after: { child: 'c-daughter', prior_coe: true, prior_coe_sources: ['imported-history'] },
    });
  });

  it('IR3: an existing child linked is not newly qualified; a child with no history is', async () => {
    const known = await recruiter.request('POST', '/api/children', {
      regionId: fixture.region.id,
      firstName: 'Rosa',
      lastSurname: 'Jellybean',
      birthDate: '2011-02-10',
      birthCountry: 'GT',
      sex: 'female',
    });
    expect(known.status, JSON.stringify(known.body)).toBe(201);
    const linked = await approve([{ interviewChildId: 'c-daughter', childId: known.body.id }]);
    const fresh = await approve([
      {
        interviewChildId: 'c-daughter',
        newChild: {
          firstName: 'Inés',
          lastSurname: 'Nueva',
          birthDate: '2011-02-10',
          birthCountry: 'GT',
          sex: 'female',
        },
      },
    ]);
    const priorOf = async (coeId: string) =>
      t.handle.db
        .selectFrom('coe_children')
        .select(['prior_coe', 'prior_coe_sources'])
        .where('coe_id', '=', coeId)
        .executeTakeFirstOrThrow();
    expect(await priorOf(linked.id)).toEqual({ prior_coe: true, prior_coe_sources: ['existing-child'] });
    expect(await priorOf(fresh.id)).toEqual({ prior_coe: false, prior_coe_sources: [] });
  });

  it('IR4.2: a person confirms which imported history a child is, among those born on the same day (or swapped) in the region; audited, versioned', async () => {
    await importQualifications(
      { db: t.handle.db, actor: CLI_ACTOR },
      'confirm.csv',
      [
        'student_id,coe_id,region,birth_date,qad,residency_date,recruitment_date,worker_move_date,moved_with_worker',
        `H-77,OLD-77,${fixture.region.number},2012-03-04,2018-10-01,2018-10-01,2018-10-15,2018-10-01,Y`,
        `H-78,OLD-78,${fixture.region.number + 1000},2012-03-04,2018-10-01,2018-10-01,2018-10-15,2018-10-01,Y`,
      ].join('\n'),
    );
    const born = async (firstName: string) => {
      const child = await recruiter.request('POST', '/api/children', {
        regionId: fixture.region.id,
        firstName,
        lastSurname: 'Campos',
        birthDate: '2012-04-03',
        birthCountry: 'MX',
        sex: 'male',
      });
      expect(child.status, JSON.stringify(child.body)).toBe(201);
      return child.body as { id: string; version: number };
    };
    const child = await born('Pablo');
    const history = await recruiter.request('GET', `/api/children/${child.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body).toEqual({
      historyStudentId: null,
      version: child.version,
      notThisChild: [],
      candidates: [
        {
          studentId: 'H-77',
          birthDate: '2012-03-04',
          records: 1,
          firstRecruitmentDate: '2018-10-15',
          lastRecruitmentDate: '2018-10-15',
          byNumber: false,
          linkedElsewhere: false,
          notThisChild: false,
        },
      ],
    });

    const other = await recruiter.request('PUT', `/api/children/${child.id}/history`, {
      historyStudentId: 'H-78',
      version: child.version,
    });
    expect(other.status).toBe(400);
    expect(other.body.error.problems.map((p: { field: string }) => p.field)).toEqual(['historyStudentId']);
    const stale = await recruiter.request('PUT', `/api/children/${child.id}/history`, {
      historyStudentId: 'H-77',
      version: child.version + 5,
    });
    expect(stale.status).toBe(409);
    const linked = await recruiter.request('PUT', `/api/children/${child.id}/history`, {
      historyStudentId: 'H-77',
      version: child.version,
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body).toMatchObject({ historyStudentId: 'H-77', version: child.version + 1 });
    expect(
      await t.handle.db
        .selectFrom('audit_events')
        .select(['before', 'after'])
        .where('entity_type', '=', 'child')
        .where('entity_id', '=', child.id)
        .where('action', '=', 'update')
        .execute(),
    ).toEqual([
      {
        before: { history_student_id: null, not_this_child: [] },
        after: { history_student_id: 'H-77', not_this_child: [], source: 'confirmed by a person' },
      },
    ]);

    const twin = await born('Pedro');
    const taken = await recruiter.request('PUT', `/api/children/${twin.id}/history`, {
      historyStudentId: 'H-77',
      version: twin.version,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.problems[0].field).toBe('historyStudentId');
    expect(
      (await recruiter.request('GET', `/api/children/${twin.id}/history`)).body.candidates[0],
    ).toMatchObject({
      studentId: 'H-77',
      linkedElsewhere: true,
    });

    // "Not this child": remembered, and the history the child is can be undone the same way.
    const notThis = await recruiter.request('PUT', `/api/children/${twin.id}/history`, {
      historyStudentId: null,
      notThisChild: ['H-77'],
      version: twin.version,
    });
    expect(notThis.status, JSON.stringify(notThis.body)).toBe(200);
    expect(notThis.body).toMatchObject({
      historyStudentId: null,
      notThisChild: ['H-77'],
      version: twin.version + 1,
      candidates: [{ studentId: 'H-77', notThisChild: true }],
    });
    const notOffered = await recruiter.request('PUT', `/api/children/${twin.id}/history`, {
      historyStudentId: null,
      notThisChild: ['H-78'],
      version: twin.version + 1,
    });
    expect(notOffered.status).toBe(400);
    expect(notOffered.body.error.problems.map((p: { field: string }) => p.field)).toEqual([
      'notThisChild[0]',
    ]);
    const bothAtOnce = await recruiter.request('PUT', `/api/children/${twin.id}/history`, {
      historyStudentId: null,
      notThisChild: [],
      version: twin.version,
    });
    expect(bothAtOnce.status).toBe(409);
    const unlinked = await recruiter.request('PUT', `/api/children/${child.id}/history`, {
      historyStudentId: null,
      notThisChild: ['H-77'],
      version: child.version + 1,
    });
    expect(unlinked.body).toMatchObject({ historyStudentId: null, notThisChild: ['H-77'] });
    const audits = await t.handle.db
      .selectFrom('audit_events')
      .select('after')
      .where('entity_type', '=', 'child')
      .where('entity_id', '=', twin.id)
      .where('action', '=', 'update')
      .execute();
    expect(audits.map((a) => a.after)).toEqual([
      { history_student_id: null, not_this_child: ['H-77'], source: 'confirmed by a person' },
    ]);
  });
});
