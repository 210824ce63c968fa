import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildRegion, buildRegionWithStaff, buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { readPdf } from '../support/pdf-text';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';

describe.each(freshDatabases('improvement_projects'))("a team's project on $name", (database) => {
  let t: TestApp;
  let admin: HttpSession;
  let director: HttpSession;
  let recruiter: HttpSession;
  let outsider: HttpSession;
  let otherConsultant: HttpSession;
  let districtStaff: HttpSession;
  let teamId: string;
  let projectId: string;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
    t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
    const { region, users } = await buildRegionWithStaff(t.handle.db);
    const other = await buildRegion(t.handle.db, { name: 'Elsewhere' });
    const otherDirector = await buildUser(t.handle.db, { role: 'region_director', regionId: other.id });
    admin = await signInAs(t.app, users.state_admin.email);
    director = await signInAs(t.app, users.region_director.email);
    recruiter = await signInAs(t.app, users.recruiter.email);
    districtStaff = await signInAs(t.app, users.district_staff.email);
    outsider = await signInAs(t.app, otherDirector.email);
    const consultantElsewhere = await buildUser(t.handle.db, {
      role: 'state_consultant',
      assignedRegionIds: [other.id],
    });
    otherConsultant = await signInAs(t.app, consultantElsewhere.email);
    // A family of the team's region recruited in March 2021, within 90 days of its QAD (IP2.4).
    const coe = await t.handle.db
      .insertInto('coes')
      .values({
        region_id: region.id,
        status: 'approved',
        interview: JSON.stringify({}),
        determination: JSON.stringify({}),
        interview_date: '2021-03-10',
        signed_on: '2021-03-10',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.handle.db
      .insertInto('coe_children')
      .values({
        coe_id: coe.id,
        interview_child_id: 'c0',
        eligible: true,
        qad: '2021-02-01',
        basis: 'qualifying-work',
        prior_coe: false,
      })
      .execute();
    const cohort = await admin.request('POST', '/api/improvement/cohorts', {
      name: 'Cohort 3',
      startYear: 2021,
      endYear: 2022,
    });
    const team = await admin.request('POST', '/api/improvement/teams', {
      cohortId: cohort.body.id,
      regionId: region.id,
      members: [],
    });
    teamId = team.body.id;
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const audit = (entityType: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_type', '=', entityType)
      .orderBy('id')
      .execute();

  const aim = {
    measureId: 'families-within-90-days',
    what: 'Families identified within 90 days of the QAD',
    forWhom: 'Newly enrolled families',
    target: 60,
    by: '2022-08-31',
    baselineValue: 36,
    chartFrom: '2021-01-01',
    baselinePeriods: 6,
  };

  it("the region's team sets its aim; audited; a stale version is refused (IP4.1, IP4.5)", async () => {
    const created = await director.request('PUT', `/api/improvement/teams/${teamId}/project`, {
      ...aim,
      version: 0,
    });
    expect(created.status).toBe(200);
    projectId = created.body.id;
    expect(await audit('improvement_project')).toEqual([{ action: 'create' }]);
    const stale = await admin.request('PUT', `/api/improvement/teams/${teamId}/project`, {
      ...aim,
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems[0].field).toBe('version');
    const badTarget = await director.request('PUT', `/api/improvement/teams/${teamId}/project`, {
      ...aim,
      target: 160,
      version: 1,
    });
    expect(badTarget.status).toBe(400);
    expect(badTarget.body.error.problems[0].field).toBe('target');
    const tooLong = await director.request('PUT', `/api/improvement/teams/${teamId}/project`, {
      ...aim,
      measureId: 'contacts-per-recruiter-week',
      chartFrom: '2016-01-01',
      version: 1,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.problems[0].field).toBe('chartFrom');
    const changed = await director.request('PUT', `/api/improvement/teams/${teamId}/project`, {
      ...aim,
      forWhom: 'Families newly enrolled this program year',
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(2);
    expect((await audit('improvement_project')).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('recruiters read but do not manage; another region does not see it (IP4.5)', async () => {
    expect(
      (await recruiter.request('PUT', `/api/improvement/teams/${teamId}/project`, { ...aim, version: 1 }))
        .status,
    ).toBe(403);
    const read = await recruiter.request('GET', `/api/improvement/teams/${teamId}/project`);
    expect(read.status).toBe(200);
    expect(read.body.abilities).toEqual({ read: true, manage: false });
    expect((await outsider.request('GET', `/api/improvement/teams/${teamId}/project`)).status).toBe(404);
    expect(
      (await outsider.request('PUT', `/api/improvement/teams/${teamId}/project`, { ...aim, version: 1 }))
        .status,
    ).toBe(404);
  });

  it('change ideas with drivers, and a PDSA cycle from plan to act (IP4.2, IP4.3)', async () => {
    const idea = await director.request('POST', `/api/improvement/projects/${projectId}/change-ideas`, {
      primaryDriver: 'Timely contact of new enrollees',
      secondaryDriver: 'Prioritization rules',
      idea: 'Prioritize contacts in the new enrollee form',
    });
    expect(idea.status).toBe(201);
    const cycle = {
      changeIdeaId: idea.body.id,
      startedOn: '2021-09-15',
      plan: 'Two recruiters call priority 1 first for two weeks',
      prediction: 'Half of priority 1 families are reached within a week',
      doNotes: '',
      study: '',
      act: null,
    };
    const planned = await director.request('POST', `/api/improvement/projects/${projectId}/cycles`, cycle);
    expect(planned.status).toBe(201);
    const actTooSoon = await director.request('PUT', `/api/improvement/cycles/${planned.body.id}`, {
      ...cycle,
      act: 'adopt',
      version: 1,
    });
    expect(actTooSoon.status).toBe(400);
    expect(actTooSoon.body.error.problems[0].field).toBe('act');
    const acted = await director.request('PUT', `/api/improvement/cycles/${planned.body.id}`, {
      ...cycle,
      doNotes: 'Called 40 families',
      study: '62 percent reached within a week, above the prediction',
      act: 'adopt',
      version: 1,
    });
    expect(acted.status).toBe(200);
    expect((await audit('improvement_pdsa_cycle')).map((e) => e.action)).toEqual(['create', 'update']);
    expect(await audit('improvement_change_idea')).toEqual([{ action: 'create' }]);
    const view = await director.request('GET', `/api/improvement/teams/${teamId}/project`);
    expect(view.body.cycles[0]).toMatchObject({ period: '2021-09', act: 'adopt', version: 2 });
    expect(view.body.series.definition.id).toBe('families-within-90-days');
    expect(view.body.series.baseline).toBe(6);
    expect(view.body.series.points[0].label).toBe('2021-01');
    expect(view.body.series.points[2]).toMatchObject({ label: '2021-03', value: 100, denominator: 1 });
  });

  it("a state consultant coaching another region's team sees the same chart as the team (IP4.5)", async () => {
    const team = await director.request('GET', `/api/improvement/teams/${teamId}/project`);
    const coach = await otherConsultant.request('GET', `/api/improvement/teams/${teamId}/project`);
    expect(coach.status).toBe(200);
    expect(coach.body.abilities).toEqual({ read: true, manage: false });
    expect(coach.body.series).toEqual(team.body.series);
    expect(coach.body.series.points[2]).toMatchObject({ label: '2021-03', value: 100 });
    const measure = await otherConsultant.request(
      'GET',
      `/api/improvement/measures/families-within-90-days?regionId=${team.body.team.regionId}&from=2021-01-01&to=2021-06-30`,
    );
    expect(measure.status).toBe(404);
  });

  it("the team's profile is a PDF in English and Spanish, for whoever reads the project (IP4.6)", async () => {
    const download = (session: HttpSession, language?: 'en' | 'es') =>
      t.app.inject({
        method: 'GET',
        url: `/api/improvement/teams/${teamId}/profile${language ? `?language=${language}` : ''}`,
        cookies: session.cookies,
      });
    const eventsBefore = await t.handle.db.selectFrom('audit_events').select('id').execute();
    const english = await download(director);
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-type']).toBe('application/pdf');
    expect(english.headers['content-disposition']).toContain('attachment;');
    expect(english.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const en = readPdf(english.rawPayload);
    expect(en.missingGlyphs).toBe(0);
    const enText = en.text.replace(/\s+/g, ' ');
    for (const text of [
      'Team profile',
      'Families identified within 90 days of the QAD',
      'Families newly enrolled this program year',
      'Drivers and change ideas',
      'Prioritize contacts in the new enrollee form',
      'PDSA cycles',
      'Half of priority 1 families are reached within a week',
      '62 percent reached within a week, above the prediction',
      'Adopt',
      'Outcome',
      'Baseline median',
      'No signal',
    ])
      expect(enText).toContain(text);

    const spanish = await download(recruiter, 'es');
    expect(spanish.statusCode).toBe(200);
    expect(spanish.headers['content-disposition']).toContain('perfil');
    const esText = readPdf(spanish.rawPayload).text.replace(/\s+/g, ' ');
    for (const heading of [
      'Perfil del equipo',
      'Meta',
      'Impulsores e ideas de cambio',
      'Ciclos PDSA',
      'Predicción',
      'Estudiar',
      'Adoptar',
      'Resultado',
      'Familias identificadas dentro de 90 días de la QAD (%), por mes',
      'Mediana de la línea base',
      'Ninguna señal',
    ])
      expect(esText).toContain(heading);
    expect(esText).toContain('Families identified within 90 days of the QAD');
    expect(esText).not.toContain('Drivers and change ideas');

    // The coach of another region reads the project, so downloads it; nobody else does.
    expect((await download(otherConsultant, 'es')).statusCode).toBe(200);
    expect((await download(outsider)).statusCode).toBe(404);
    expect((await download(districtStaff)).statusCode).toBe(403);
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/api/improvement/teams/${teamId}/profile?language=fr`,
      cookies: director.cookies,
    });
    expect(unknown.statusCode).toBe(400);
    // A download of counts, like the SSDP Tracking Log's, records no audit event.
    const eventsAfter = await t.handle.db.selectFrom('audit_events').select('id').execute();
    expect(eventsAfter).toHaveLength(eventsBefore.length);
  });
});
