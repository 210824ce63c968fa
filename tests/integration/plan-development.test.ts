import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/people/roles';
import { smallPlan } from '../../src/core/services/plan-builders';
import { buildRegionWithStaff } from '../factories';
import { signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';

describe.each(freshDatabases('plan_development'))('the SDP development on $name', (database) => {
  let t: TestApp;
  let sessions: Record<Role, HttpSession>;
  let admin: HttpSession;
  let developmentId: string;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    const { users } = await buildRegionWithStaff(t.handle.db);
    sessions = await signInEveryRole(t.app, users);
    admin = sessions.state_admin;
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const auditOf = (entityType: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'before', 'after'])
      .where('entity_type', '=', entityType as never)
      .orderBy('id')
      .execute();
  const read = async () => (await admin.request('GET', `/api/plan-development/${developmentId}`)).body;

  it('is the state’s: the administrator starts one; consultants read it; regions do not see it', async () => {
    expect(
      (await sessions.state_consultant.request('POST', '/api/plan-development', { name: 'SDP 2027' })).status,
    ).toBe(403);
    const created = await admin.request('POST', '/api/plan-development', { name: 'SDP 2027' });
    expect(created.status).toBe(201);
    developmentId = created.body.id;
    expect(created.body.process.map((a: { key: string }) => a.key)).toEqual([
      'pre-1',
      'pre-2',
      'dev-1',
      'dev-2',
      'dev-3',
      'dev-4',
      'dev-5',
      'dis-1',
      'dis-2',
    ]);
    expect(created.body.gaps).toEqual([{ kind: 'no_goal', recordId: null, code: null }]);
    expect(created.body.requirementsMet).toBe(false);
    expect((await auditOf('sdp_development')).map((e) => e.action)).toEqual(['create']);
    const list = await sessions.state_consultant.request('GET', '/api/plan-development');
    expect(list).toMatchObject({ status: 200, body: { canCreate: false, items: [{ id: developmentId }] } });
    for (const role of ['region_director', 'recruiter', 'district_staff'] as const)
      expect((await sessions[role].request('GET', `/api/plan-development/${developmentId}`)).status).toBe(
        403,
      );
  });

  it('tracks dates, owners and done activities, outcomes and the alignment chart, with each missing link named', async () => {
    const before = await read();
    const content = {
      activities: { 'pre-1.1': { dueOn: '2027-01-15', owner: 'State Director', done: true } },
      outcomes: [
        {
          id: 'o1',
          actionKey: 'pre-2',
          kind: 'team_list',
          title: 'SDP Planning Team',
          text: 'Ana (PAC), Luis (Region 5)',
          link: null,
        },
      ],
      alignment: [
        {
          id: 'g1',
          kind: 'goal',
          code: 'G1',
          text: 'Proficiency in ELA',
          interimMeasure: '+3% a year',
          links: [],
          planRef: null,
        },
        {
          id: 'n1',
          kind: 'need',
          code: 'N1',
          text: 'Reading below grade level',
          interimMeasure: null,
          links: ['g1'],
          planRef: null,
        },
      ],
      checklist: { pac_consultation: { addressed: true, note: 'PAC meeting on March 3' } },
    };
    const saved = await admin.request('PUT', `/api/plan-development/${developmentId}`, {
      version: before.version,
      name: 'SDP 2027',
      content,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.content.activities['pre-1.1']).toEqual({
      dueOn: '2027-01-15',
      owner: 'State Director',
      done: true,
    });
    expect(saved.body.gaps.map((g: { kind: string; code: string }) => [g.kind, g.code])).toEqual([
      ['need_without_strategy', 'N1'],
    ]);
    const stale = await admin.request('PUT', `/api/plan-development/${developmentId}`, {
      version: before.version,
      name: 'SDP 2027',
      content,
    });
    expect(stale).toMatchObject({ status: 409, body: { error: { problems: [{ field: 'version' }] } } });
    const staleInSpanish = await t.app.inject({
      method: 'PUT',
      url: `/api/plan-development/${developmentId}`,
      cookies: admin.cookies,
      headers: { 'x-csrf-token': admin.csrfToken, 'accept-language': 'es' },
      payload: { version: before.version, name: 'SDP 2027', content },
    });
    expect(staleInSpanish.json().error.message).toBe(
      'Alguien cambió este desarrollo del SDP después de que usted lo leyó; vuelva a leerlo.',
    );
    const bad = await admin.request('PUT', `/api/plan-development/${developmentId}`, {
      version: saved.body.version,
      name: 'SDP 2027',
      content: { ...content, activities: { 'pre-9.9': { dueOn: null, owner: '', done: false } } },
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { problems: [{ field: 'content.activities.pre-9.9' }] } },
    });
    expect((await auditOf('sdp_development')).at(-1)).toMatchObject({
      action: 'update',
      after: { name: 'SDP 2027' },
    });
  });

  it('brings in the adopted plan’s strategies and MPOs, linked by need area', async () => {
    const noPlan = await admin.request('POST', `/api/plan-development/${developmentId}/plan-components`, {
      version: (await read()).version,
    });
    expect(noPlan.status).toBe(409);
    const draft = await admin.request('POST', '/api/plan/versions', {
      name: 'Plan',
      notes: null,
      amendmentOf: null,
    });
    const filled = await admin.request('PUT', `/api/plan/versions/${draft.body.id}`, {
      version: draft.body.version,
      name: 'Plan',
      demo: false,
      ...smallPlan(),
    });
    expect(
      (
        await admin.request('POST', `/api/plan/versions/${draft.body.id}/adopt`, {
          version: filled.body.version,
        })
      ).status,
    ).toBe(200);
    const brought = await admin.request('POST', `/api/plan-development/${developmentId}/plan-components`, {
      version: (await read()).version,
    });
    expect(brought.status).toBe(200);
    const chart = brought.body.content.alignment as Array<{
      id: string;
      kind: string;
      code: string;
      links: string[];
      planRef: string;
    }>;
    const strategy11 = chart.find((r) => r.kind === 'strategy' && r.planRef === '1.1')!;
    expect(chart.find((r) => r.kind === 'mpo' && r.planRef === '1.0')!.links).toEqual([strategy11.id]);
    expect(brought.body.gaps.map((g: { kind: string }) => g.kind)).toContain('mpo_without_measure');
    expect(brought.body.gaps.map((g: { kind: string }) => g.kind)).toContain('strategy_without_need');
    const again = await admin.request('POST', `/api/plan-development/${developmentId}/plan-components`, {
      version: brought.body.version,
    });
    expect(again.body.content.alignment).toHaveLength(chart.length);
  });

  it('collects stakeholder feedback by group and theme, each with its response', async () => {
    const consultant = sessions.state_consultant;
    const added = await consultant.request('POST', `/api/plan-development/${developmentId}/feedback`, {
      group: 'pac',
      themes: [' Parent engagement ', 'preschool', 'parent engagement'],
      comment: 'Hold PAC meetings in the evening.',
    });
    expect(added.status).toBe(201);
    expect(
      (
        await consultant.request('POST', `/api/plan-development/${developmentId}/feedback`, {
          group: 'board',
          themes: [],
          comment: 'x',
        })
      ).status,
    ).toBe(400);
    const [comment] = (await read()).feedback;
    expect(comment).toMatchObject({
      group: 'pac',
      themes: ['parent engagement', 'preschool'],
      response: null,
    });
    expect(
      (
        await consultant.request('PUT', `/api/plan-development/${developmentId}/feedback/${comment.id}`, {
          version: comment.version,
          response: 'x',
        })
      ).status,
    ).toBe(403);
    const responded = await admin.request(
      'PUT',
      `/api/plan-development/${developmentId}/feedback/${comment.id}`,
      {
        version: comment.version,
        response: 'The plan moves PAC meetings to 6 p.m.',
      },
    );
    expect(responded.status).toBe(204);
    expect((await read()).feedback[0]).toMatchObject({ response: 'The plan moves PAC meetings to 6 p.m.' });
    const stale = await admin.request(
      'PUT',
      `/api/plan-development/${developmentId}/feedback/${comment.id}`,
      {
        version: comment.version,
        response: 'Again',
      },
    );
    expect(stale.status).toBe(409);
    expect((await auditOf('sdp_feedback')).map((e) => e.action)).toEqual(['create', 'update']);
  });
});
