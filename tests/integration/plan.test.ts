import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/people/roles';
import { CLI_ACTOR } from '../../src/usecases/context';
import { loadDemoPlan } from '../../src/usecases/plan/load-demo-plan';
import { smallPlan } from '../../src/core/services/plan-builders';
import { buildRegionWithStaff } from '../factories';
import { signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const content = smallPlan;

describe.each(freshDatabases('plan'))('the State Service Delivery Plan on $name', (database) => {
  let t: TestApp;
  let sessions: Record<Role, HttpSession>;
  let admin: HttpSession;
  let recruiter: HttpSession;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    const { users } = await buildRegionWithStaff(t.handle.db);
    sessions = await signInEveryRole(t.app, users);
    admin = sessions.state_admin;
    recruiter = sessions.recruiter;
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const auditOf = (id: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after', 'actor_label'])
      .where('entity_type', '=', 'plan_version')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();

  async function draftWithContent(name: string) {
    const created = await admin.request('POST', '/api/plan/versions', {
      name,
      notes: null,
      amendmentOf: null,
    });
    expect(created.status).toBe(201);
    const saved = await admin.request('PUT', `/api/plan/versions/${created.body.id}`, {
      version: created.body.version,
      name,
      demo: false,
      ...content(),
    });
    expect(saved.status).toBe(200);
    return saved.body;
  }

  it('has no plan in force before the state adopts one', async () => {
    const reply = await recruiter.request('GET', '/api/plan/adopted');
    expect(reply).toMatchObject({ status: 200, body: { plan: null } });
    expect((await recruiter.request('GET', '/api/plan/versions')).body).toEqual({
      items: [],
      canCreate: false,
    });
  });

  it.each(ROLES.filter((role) => role !== 'state_admin'))(
    'lets %s read the plan and change nothing (403)',
    async (role) => {
      const session = sessions[role];
      expect((await session.request('GET', '/api/plan/versions')).status).toBe(200);
      expect((await session.request('GET', '/api/plan/adopted')).status).toBe(200);
      const create = await session.request('POST', '/api/plan/versions', { name: 'Mine' });
      expect(create.status).toBe(403);
    },
  );

  it('starts a draft, saves its content with the version read, and audits both', async () => {
    const created = await admin.request('POST', '/api/plan/versions', {
      name: ' 2026 plan ',
      notes: 'First',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: '2026 plan',
      notes: 'First',
      status: 'draft',
      adoptedOn: null,
      demo: false,
      version: 1,
      needAreas: [],
      mpos: [],
      strategies: [],
      abilities: { read: true, manage: true, edit: true, adopt: true, delete: true, amend: false },
    });
    const id = created.body.id as string;

    const saved = await admin.request('PUT', `/api/plan/versions/${id}`, {
      version: 1,
      name: '2026 plan',
      notes: 'First',
      demo: false,
      ...content(),
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, ...content() });

    const readByRecruiter = await recruiter.request('GET', `/api/plan/versions/${id}`);
    expect(readByRecruiter.status).toBe(200);
    expect(readByRecruiter.body.mpos).toEqual(content().mpos);
    expect(readByRecruiter.body.abilities).toEqual({
      read: true,
      manage: false,
      edit: false,
      adopt: false,
      delete: false,
      amend: false,
    });

    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]!.before).toMatchObject({ version: 1, mpos: [] });
    expect(audit[1]!.after).toMatchObject({ version: 2, mpos: content().mpos });
  });

  it('refuses a stale save with 409 naming version, and keeps the first save', async () => {
    const draft = await draftWithContent('Stale test');
    const first = await admin.request('PUT', `/api/plan/versions/${draft.id}`, {
      version: draft.version,
      name: 'Stale test',
      demo: false,
      ...content(),
      strategies: [],
    });
    expect(first.status).toBe(200);
    const second = await admin.request('PUT', `/api/plan/versions/${draft.id}`, {
      version: draft.version,
      name: 'Stale test, the other editor',
      demo: false,
      ...content(),
    });
    expect(second.status).toBe(409);
    expect(second.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    const now = await admin.request('GET', `/api/plan/versions/${draft.id}`);
    expect(now.body).toMatchObject({ name: 'Stale test', strategies: [], version: draft.version + 1 });
  });

  it('refuses bad content with 400 naming every field, changing nothing', async () => {
    const draft = await draftWithContent('Bad content');
    const plan = content();
    plan.mpos[0]!.growth = { kind: 'points', points: 0 };
    plan.strategies[1]!.needArea = 'HEALTH';
    plan.mpos[1]!.statementEs = '';
    const reply = await admin.request('PUT', `/api/plan/versions/${draft.id}`, {
      version: draft.version,
      name: 'Bad content',
      demo: false,
      ...plan,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.problems.map((p: { field: string }) => p.field).sort()).toEqual([
      'mpos[0].growth.points',
      'mpos[1].statementEs',
      'strategies[1].needArea',
    ]);
    const schemaRefusal = await admin.request('PUT', `/api/plan/versions/${draft.id}`, {
      version: draft.version,
      name: 'Bad content',
      demo: false,
      ...content(),
      strategies: [{ ...content().strategies[0], implementer: 'school' }],
    });
    expect(schemaRefusal.status).toBe(400);
    expect(schemaRefusal.body.error.problems[0].field).toBe('strategies[0].implementer');
    const now = await admin.request('GET', `/api/plan/versions/${draft.id}`);
    expect(now.body).toMatchObject({ version: draft.version, ...content() });
    expect((await auditOf(draft.id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('answers 404 for a version that does not exist, to every role', async () => {
    for (const session of [admin, recruiter]) {
      expect((await session.request('GET', `/api/plan/versions/${UNKNOWN_ID}`)).status).toBe(404);
    }
    expect(
      (await admin.request('POST', `/api/plan/versions/${UNKNOWN_ID}/adopt`, { version: 1 })).status,
    ).toBe(404);
    expect((await admin.request('DELETE', `/api/plan/versions/${UNKNOWN_ID}`)).status).toBe(404);
    expect(
      (await admin.request('POST', '/api/plan/versions', { name: 'Copy', amendmentOf: UNKNOWN_ID })).status,
    ).toBe(404);
  });

  it('adopts a draft, supersedes it with an amendment, and never changes an adopted version', async () => {
    const first = await draftWithContent('Plan A');
    expect(
      (await recruiter.request('POST', `/api/plan/versions/${first.id}/adopt`, { version: first.version }))
        .status,
    ).toBe(403);
    const adopted = await admin.request('POST', `/api/plan/versions/${first.id}/adopt`, {
      version: first.version,
    });
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({ status: 'adopted', abilities: { edit: false, amend: true } });
    expect(adopted.body.adoptedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await recruiter.request('GET', '/api/plan/adopted')).body.plan).toMatchObject({
      id: first.id,
      ...content(),
    });

    const edit = await admin.request('PUT', `/api/plan/versions/${first.id}`, {
      version: adopted.body.version,
      name: 'Plan A changed',
      demo: false,
      ...content(),
    });
    expect(edit.status).toBe(409);
    expect((await admin.request('DELETE', `/api/plan/versions/${first.id}`)).status).toBe(409);
    expect(
      (await admin.request('POST', `/api/plan/versions/${first.id}/adopt`, { version: adopted.body.version }))
        .status,
    ).toBe(409);

    const amendment = await admin.request('POST', '/api/plan/versions', {
      name: 'Plan A, amended',
      amendmentOf: first.id,
    });
    expect(amendment.status).toBe(201);
    expect(amendment.body).toMatchObject({ status: 'draft', ...content() });
    const changed = content();
    changed.mpos[0]!.target = 65;
    const saved = await admin.request('PUT', `/api/plan/versions/${amendment.body.id}`, {
      version: amendment.body.version,
      name: 'Plan A, amended',
      demo: false,
      ...changed,
    });
    expect(saved.status).toBe(200);
    const second = await admin.request('POST', `/api/plan/versions/${amendment.body.id}/adopt`, {
      version: saved.body.version,
    });
    expect(second.status).toBe(200);

    const previous = await recruiter.request('GET', `/api/plan/versions/${first.id}`);
    expect(previous.body).toMatchObject({ status: 'superseded', ...content() });
    expect((await recruiter.request('GET', '/api/plan/adopted')).body.plan.id).toBe(amendment.body.id);
    const adoptedCount = await t.handle.db
      .selectFrom('plan_versions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'adopted')
      .executeTakeFirstOrThrow();
    expect(Number(adoptedCount.n)).toBe(1);

    expect(
      (await auditOf(first.id)).map((a) => [a.action, (a.after as { status?: string })?.status]),
    ).toEqual([
      ['create', 'draft'],
      ['update', undefined],
      ['update', 'adopted'],
      ['update', 'superseded'],
    ]);
    const list = await recruiter.request('GET', '/api/plan/versions');
    expect(list.body.items[0]).toMatchObject({ id: amendment.body.id, status: 'adopted', mpoCount: 2 });
  });

  it('deletes a draft, keeping its content in the audit log', async () => {
    const draft = await draftWithContent('To delete');
    expect((await recruiter.request('DELETE', `/api/plan/versions/${draft.id}`)).status).toBe(403);
    expect((await admin.request('DELETE', `/api/plan/versions/${draft.id}`)).status).toBe(204);
    expect((await admin.request('GET', `/api/plan/versions/${draft.id}`)).status).toBe(404);
    const audit = await auditOf(draft.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'delete',
      before: { name: 'To delete', mpos: content().mpos },
    });
  });

  it('lets one of two saves at the same version win and refuses the other', async () => {
    const draft = await draftWithContent('Race');
    const save = (name: string) =>
      admin.request('PUT', `/api/plan/versions/${draft.id}`, {
        version: draft.version,
        name,
        demo: false,
        ...content(),
      });
    const replies = await Promise.all([save('Race one'), save('Race two')]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = replies.find((r) => r.status === 200)!;
    expect((await admin.request('GET', `/api/plan/versions/${draft.id}`)).body.name).toBe(winner.body.name);
  });

  it('keeps one plan in force when two drafts are adopted at the same moment', async () => {
    const one = await draftWithContent('Concurrent one');
    const two = await draftWithContent('Concurrent two');
    const replies = await Promise.all(
      [one, two].map((d) =>
        admin.request('POST', `/api/plan/versions/${d.id}/adopt`, { version: d.version }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    const adopted = await t.handle.db
      .selectFrom('plan_versions')
      .select('id')
      .where('status', '=', 'adopted')
      .execute();
    expect(adopted).toHaveLength(1);
  });

  it('loads the demo plan as the plan in force, labelled demo, with MPOs 1.0, 2.0 and 7.0', async () => {
    const before = (await recruiter.request('GET', '/api/plan/adopted')).body.plan;
    const id = await loadDemoPlan(t.handle.db, CLI_ACTOR, '2025-09-01');
    const plan = (await recruiter.request('GET', '/api/plan/adopted')).body.plan;
    expect(plan).toMatchObject({ id, demo: true, status: 'adopted', adoptedOn: '2025-09-01' });
    expect(plan.mpos.map((m: { number: string }) => m.number)).toEqual(['1.0', '2.0', '7.0']);
    expect(plan.needAreas.map((a: { code: string }) => a.code)).toEqual(['ELA', 'MATH', 'SR', 'OSY']);
    if (before)
      expect((await recruiter.request('GET', `/api/plan/versions/${before.id}`)).body.status).toBe(
        'superseded',
      );
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['create']);
    if (before)
      expect((await auditOf(before.id)).at(-1)).toMatchObject({
        action: 'update',
        after: { status: 'superseded', supersededBy: id },
      });
  });
});
