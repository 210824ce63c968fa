import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildRegion, buildRegionWithStaff, buildUser } from '../factories';
import { FAMILIES_IN_TIME_2016, seedFamiliesByMonth } from '../support/control-chart-seed';
import { freshDatabases } from '../support/fresh-databases';
import { readPdf } from '../support/pdf-text';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';

describe.each(freshDatabases('improvement_control_charts'))('control charts on $name (IP5)', (database) => {
  let t: TestApp;
  let admin: HttpSession;
  let director: HttpSession;
  let recruiter: HttpSession;
  let outsider: HttpSession;
  let regionId: string;
  let teamId: string;
  let projectId: string;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
    t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
    const { region, users } = await buildRegionWithStaff(t.handle.db);
    regionId = region.id;
    const other = await buildRegion(t.handle.db, { name: 'Elsewhere' });
    const otherDirector = await buildUser(t.handle.db, { role: 'region_director', regionId: other.id });
    admin = await signInAs(t.app, users.state_admin.email);
    director = await signInAs(t.app, users.region_director.email);
    recruiter = await signInAs(t.app, users.recruiter.email);
    outsider = await signInAs(t.app, otherDirector.email);
    await seedFamiliesByMonth(t.handle.db, region.id, '2016-01', 10, FAMILIES_IN_TIME_2016);
    const cohort = await admin.request('POST', '/api/improvement/cohorts', {
      name: 'Cohort 1',
      startYear: 2015,
      endYear: 2016,
    });
    const team = await admin.request('POST', '/api/improvement/teams', {
      cohortId: cohort.body.id,
      regionId: region.id,
      members: [],
    });
    teamId = team.body.id;
    const project = await director.request('PUT', `/api/improvement/teams/${teamId}/project`, {
      version: 0,
      measureId: 'families-within-90-days',
      what: 'Families identified within 90 days of the QAD',
      forWhom: 'Newly enrolled families',
      target: 60,
      by: '2016-12-31',
      baselineValue: 40,
      chartFrom: '2016-01-01',
      baselinePeriods: null,
    });
    projectId = project.body.id;
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const chartOf = (session: HttpSession, query = '') =>
    session.request('GET', `/api/improvement/teams/${teamId}/control-chart${query}`);

  it("a percentage is a P chart; October's month is outside its limits (IP5.1, IP5.2, IP5.6)", async () => {
    const read = await chartOf(recruiter);
    expect(read.status).toBe(200);
    const { chart } = read.body;
    expect(chart).toMatchObject({
      type: 'p',
      suggested: 'p',
      reason: 'proportion',
      ruleSet: 'anhoj',
      scale: 100,
    });
    expect(chart.types).toEqual(['p', 'p-prime', 'xmr']);
    expect(chart.analysis.phases).toHaveLength(1);
    expect(chart.analysis.phases[0].center).toBeCloseTo(53 / 1.2, 6);
    const october = chart.analysis.points[9];
    expect(october).toMatchObject({ value: 100, rules: ['outside'] });
    expect(october.upper).toBeCloseTo(44.17 + 3 * 100 * Math.sqrt((0.4417 * 0.5583) / 10), 0);
    expect(chart.analysis.points.filter((p: { rules: string[] }) => p.rules.length > 0)).toHaveLength(1);
    expect(chart.analysis.signals).toEqual(['outside']);
    expect(read.body.phases).toEqual([]);
    const profile = await t.app.inject({
      method: 'GET',
      url: `/api/improvement/teams/${teamId}/profile`,
      cookies: recruiter.cookies,
    });
    expect(readPdf(profile.rawPayload).text.replace(/\s+/g, ' ')).toContain(
      '• 2016-10 (100) — Outside the limits: this period is further from the centre line',
    );
  });

  it('the team may pick another type and the IHI rules; a type the measure cannot be is refused', async () => {
    const xmr = await chartOf(director, '?type=xmr&ruleSet=ihi');
    expect(xmr.status).toBe(200);
    expect(xmr.body.chart).toMatchObject({ type: 'xmr', ruleSet: 'ihi', scale: 1 });
    const u = await chartOf(director, '?type=u');
    expect(u.status).toBe(400);
    expect(u.body.error.problems[0].field).toBe('type');
    const bad = await chartOf(director, '?ruleSet=nelson');
    expect(bad.status).toBe(400);
  });

  it("a measure's control chart by region, read with the measure", async () => {
    const read = await admin.request(
      'GET',
      `/api/improvement/measures/families-within-90-days/control-chart?regionId=${regionId}&from=2016-01-01&to=2016-12-31`,
    );
    expect(read.status).toBe(200);
    expect(read.body.series.points).toHaveLength(12);
    expect(read.body.chart.analysis.points[9].rules).toEqual(['outside']);
    const count = await admin.request(
      'GET',
      `/api/improvement/measures/children-qualified/control-chart?regionId=${regionId}&from=2016-01-01&to=2016-12-31`,
    );
    expect(count.body.chart).toMatchObject({ type: 'xmr', reason: 'single-value' });
    const empty = await admin.request(
      'GET',
      `/api/improvement/measures/families-within-90-days/control-chart?regionId=${regionId}&from=2010-01-01&to=2010-03-31`,
    );
    expect(empty.body.chart).toBeNull();
  });

  it('a new phase starts only from an adopted PDSA cycle, audited (IP5.8)', async () => {
    const cycle = {
      changeIdeaId: null,
      startedOn: '2016-10-03',
      plan: 'Call each new family within a week of the referral',
      prediction: 'More families identified within 90 days',
      doNotes: '',
      study: '',
      act: null,
    };
    const planned = await director.request('POST', `/api/improvement/projects/${projectId}/cycles`, cycle);
    expect(planned.status).toBe(201);
    const notAdopted = await director.request('POST', `/api/improvement/projects/${projectId}/phases`, {
      cycleId: planned.body.id,
    });
    expect(notAdopted.status).toBe(400);
    expect(notAdopted.body.error.problems[0].field).toBe('cycleId');
    await director.request('PUT', `/api/improvement/cycles/${planned.body.id}`, {
      ...cycle,
      study: 'All ten families in time',
      act: 'adopt',
      version: 1,
    });
    expect(
      (
        await recruiter.request('POST', `/api/improvement/projects/${projectId}/phases`, {
          cycleId: planned.body.id,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await outsider.request('POST', `/api/improvement/projects/${projectId}/phases`, {
          cycleId: planned.body.id,
        })
      ).status,
    ).toBe(404);
    const early = await director.request('POST', `/api/improvement/projects/${projectId}/phases`, {
      cycleId: planned.body.id,
      startsOn: '2016-09-15',
    });
    expect(early.status).toBe(400);
    expect(early.body.error.problems[0].field).toBe('startsOn');
    const started = await director.request('POST', `/api/improvement/projects/${projectId}/phases`, {
      cycleId: planned.body.id,
      note: 'Calls within a week adopted',
    });
    expect(started.status).toBe(201);
    const events = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'region_id'])
      .where('entity_type', '=', 'improvement_chart_phase')
      .execute();
    expect(events).toEqual([{ action: 'create', entity_id: started.body.id, region_id: regionId }]);
    const again = await director.request('POST', `/api/improvement/projects/${projectId}/phases`, {
      cycleId: planned.body.id,
    });
    expect(again.status).toBe(400);
    expect(again.body.error.problems[0].field).toBe('startsOn');

    const read = await chartOf(recruiter);
    expect(read.body.phases).toEqual([
      {
        id: started.body.id,
        startsOn: '2016-10-01',
        index: 9,
        cycleId: planned.body.id,
        strategy: null,
        note: 'Calls within a week adopted',
      },
    ]);
    const phases = read.body.chart.analysis.phases;
    expect(phases.map((p: { start: number; end: number }) => [p.start, p.end])).toEqual([
      [0, 9],
      [9, 12],
    ]);
    expect(phases[1].center).toBeCloseTo(60, 6);
    expect(read.body.chart.analysis.points[9].phase).toBe(1);
    expect(read.body.chart.analysis.points[9].rules).toEqual([]);
    expect((await outsider.request('GET', `/api/improvement/teams/${teamId}/control-chart`)).status).toBe(
      404,
    );
  });

  it("the team's profile draws the control chart with its phases and flagged points, in English and Spanish (IP4.6, IP5)", async () => {
    const download = (language: 'en' | 'es') =>
      t.app.inject({
        method: 'GET',
        url: `/api/improvement/teams/${teamId}/profile?language=${language}`,
        cookies: recruiter.cookies,
      });
    const en = readPdf((await download('en')).rawPayload);
    expect(en.missingGlyphs).toBe(0);
    const enText = en.text.replace(/\s+/g, ' ');
    for (const text of [
      'Control chart',
      "P chart (proportion) · Anhøj's rules",
      'A P chart, because this measure is a percentage',
      'Phase 1 from 2016-01: centre line 38.9.',
      'Phase 2 from 2016-10: centre line 60.',
      'No rule fired: the variation looks like chance alone.',
    ])
      expect(enText).toContain(text);
    const es = readPdf((await download('es')).rawPayload);
    expect(es.missingGlyphs).toBe(0);
    const esText = es.text.replace(/\s+/g, ' ');
    for (const text of [
      'Gráfico de control',
      'Un gráfico P, porque',
      'Fase 2 desde 2016-10: línea central 60.',
    ])
      expect(esText).toContain(text);
  });

  it('a new phase may start from a strategy of the plan in force, at a period the team names (IP5.8)', async () => {
    const plan = await t.handle.db
      .insertInto('plan_versions')
      .values({ name: 'SSDP 2016', status: 'adopted', adopted_on: '2016-01-15' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.handle.db
      .insertInto('plan_need_areas')
      .values({ plan_version_id: plan.id, code: 'IR', name_en: 'I&R', name_es: 'I y R', sort_order: 1 })
      .execute();
    await t.handle.db
      .insertInto('plan_strategies')
      .values({
        plan_version_id: plan.id,
        number: '7.1',
        need_area: 'IR',
        text_en: 'Recruiters contact each new enrollee within a week',
        text_es: 'Los reclutadores contactan a cada inscrito nuevo en una semana',
        implementer: 'region',
        sort_order: 1,
      })
      .execute();
    const post = (body: unknown) =>
      director.request('POST', `/api/improvement/projects/${projectId}/phases`, body);
    const noDay = await post({ strategy: '7.1' });
    expect(noDay.status).toBe(400);
    expect(noDay.body.error.problems[0].field).toBe('startsOn');
    const unknown = await post({ strategy: '9.9', startsOn: '2016-12-05' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.problems[0].field).toBe('strategy');
    const neither = await post({ startsOn: '2016-12-05' });
    expect(neither.status).toBe(400);
    expect(neither.body.error.problems[0].field).toBe('cycleId');
    const started = await post({ strategy: '7.1', startsOn: '2016-12-05' });
    expect(started.status).toBe(201);
    const events = await t.handle.db
      .selectFrom('audit_events')
      .select('entity_id')
      .where('entity_type', '=', 'improvement_chart_phase')
      .execute();
    expect(events.map((e) => e.entity_id)).toContain(started.body.id);
    const read = await chartOf(recruiter);
    expect(read.body.phases.at(-1)).toMatchObject({
      startsOn: '2016-12-01',
      index: 11,
      cycleId: null,
      strategy: '7.1',
    });
    expect(read.body.chart.analysis.phases.map((p: { start: number }) => p.start)).toEqual([0, 9, 11]);
  });
});
