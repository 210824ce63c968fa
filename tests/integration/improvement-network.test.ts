import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildRegion, buildRegionWithStaff } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';

describe.each(freshDatabases('improvement_network'))('the improvement network on $name', (database) => {
  let t: TestApp;
  let admin: HttpSession;
  let consultant: HttpSession;
  let director: HttpSession;
  let regionId: string;
  let otherRegionId: string;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
    t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
    const { region, users } = await buildRegionWithStaff(t.handle.db);
    regionId = region.id;
    otherRegionId = (await buildRegion(t.handle.db, { name: 'Region beyond' })).id;
    admin = await signInAs(t.app, users.state_admin.email);
    consultant = await signInAs(t.app, users.state_consultant.email);
    director = await signInAs(t.app, users.region_director.email);
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const auditOf = (entityType: string, id: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();

  let cohortId: string;
  let teamId: string;

  it('the state creates a cohort, audited; a name is used once (IP3.1)', async () => {
    const created = await admin.request('POST', '/api/improvement/cohorts', {
      name: 'Cohort 4',
      startYear: 2023,
      endYear: 2024,
    });
    expect(created.status).toBe(201);
    cohortId = created.body.id;
    expect((await auditOf('improvement_cohort', cohortId)).map((e) => e.action)).toEqual(['create']);
    const again = await consultant.request('POST', '/api/improvement/cohorts', {
      name: 'Cohort 4',
      startYear: 2023,
      endYear: 2024,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.problems[0].field).toBe('name');
    const long = await admin.request('POST', '/api/improvement/cohorts', {
      name: 'X',
      startYear: 2020,
      endYear: 2025,
    });
    expect(long.status).toBe(400);
    expect(long.body.error.problems[0].field).toBe('endYear');
  });

  it('a cohort is changed at its version, audited (IP3.1, IP3.5)', async () => {
    const renamed = await consultant.request('PUT', `/api/improvement/cohorts/${cohortId}`, {
      name: 'Cohort 4 (Foundations)',
      startYear: 2023,
      endYear: 2024,
      version: 1,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.version).toBe(2);
    const stale = await admin.request('PUT', `/api/improvement/cohorts/${cohortId}`, {
      name: 'Cohort 4',
      startYear: 2023,
      endYear: 2024,
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems[0].field).toBe('version');
    const events = await auditOf('improvement_cohort', cohortId);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(events[1]!.after).toMatchObject({ name: 'Cohort 4 (Foundations)' });
  });

  it('a region team works in its region but does not run the network (IP3.5)', async () => {
    const refused = await director.request('POST', '/api/improvement/cohorts', {
      name: 'Mine',
      startYear: 2024,
      endYear: 2025,
    });
    expect(refused.status).toBe(403);
  });

  it('adds one team per region, with its members, audited (IP3.2)', async () => {
    const added = await admin.request('POST', '/api/improvement/teams', {
      cohortId,
      regionId,
      members: [
        { name: 'Veronica Pimentel', title: 'I&R manager' },
        { name: 'Salina Mayorga', title: 'Data manager' },
      ],
    });
    expect(added.status).toBe(201);
    teamId = added.body.id;
    expect((await auditOf('improvement_team', teamId)).map((e) => e.action)).toEqual(['create']);
    const twice = await admin.request('POST', '/api/improvement/teams', { cohortId, regionId, members: [] });
    expect(twice.status).toBe(409);
    expect(twice.body.error.problems[0].field).toBe('regionId');
    const duplicate = await admin.request('POST', '/api/improvement/teams', {
      cohortId,
      regionId: otherRegionId,
      members: [
        { name: 'Ana', title: '' },
        { name: 'ana', title: '' },
      ],
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.problems[0].field).toBe('members[1].name');
  });

  it('a change to a stale version is refused with 409 (IP3.5)', async () => {
    const first = await admin.request('PUT', `/api/improvement/teams/${teamId}`, {
      version: 1,
      members: [{ name: 'Veronica Pimentel', title: 'I&R manager' }],
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await consultant.request('PUT', `/api/improvement/teams/${teamId}`, {
      version: 1,
      members: [],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems[0].field).toBe('version');
    expect((await auditOf('improvement_team', teamId)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('records sessions and coaching calls (IP3.3)', async () => {
    const session = await admin.request('POST', '/api/improvement/meetings', {
      cohortId,
      kind: 'session',
      teamId: null,
      heldOn: '2023-10-12',
      hours: 3,
      agenda: 'Data packet review',
      attendance: ['Veronica Pimentel', 'Veronica Pimentel', ' '],
      notes: '',
    });
    expect(session.status).toBe(201);
    const call = await admin.request('POST', '/api/improvement/meetings', {
      cohortId,
      kind: 'coaching',
      teamId,
      heldOn: '2023-11-02',
      hours: 1,
      agenda: 'Aim statement',
      attendance: ['Salina Mayorga'],
      notes: 'Baseline 36 percent',
    });
    expect(call.status).toBe(201);
    expect((await auditOf('improvement_meeting', call.body.id)).map((e) => e.action)).toEqual(['create']);
    const noTeam = await admin.request('POST', '/api/improvement/meetings', {
      cohortId,
      kind: 'coaching',
      teamId: null,
      heldOn: '2023-11-02',
      hours: null,
      agenda: '',
      attendance: [],
      notes: '',
    });
    expect(noTeam.status).toBe(400);
    expect(noTeam.body.error.problems[0].field).toBe('teamId');
    const changed = await admin.request('PUT', `/api/improvement/meetings/${session.body.id}`, {
      cohortId,
      kind: 'session',
      teamId: null,
      heldOn: '2023-10-12',
      hours: 3,
      agenda: 'Data packet review and fishbone',
      attendance: ['Veronica Pimentel'],
      notes: 'Four problems of practice',
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect((await auditOf('improvement_meeting', session.body.id)).map((e) => e.action)).toEqual([
      'create',
      'update',
    ]);
    const network = await director.request('GET', '/api/improvement/network');
    expect(network.status).toBe(200);
    expect(network.body.abilities.manage).toBe(false);
    const sessionRead = network.body.meetings.find((m: { id: string }) => m.id === session.body.id);
    expect(sessionRead).toMatchObject({ attendance: ['Veronica Pimentel'], version: 2, hours: 3 });
    expect(network.body.cohorts[0].teams[0]).toMatchObject({ id: teamId, regionId });
  });

  it('logs trainings with their audience (IP3.4)', async () => {
    const logged = await consultant.request('POST', '/api/improvement/trainings', {
      regionId,
      title: 'Migrant Education Leadership Academy: Subsequent Moves',
      provider: 'Region 5 MEP office',
      heldOn: '2019-11-13',
      audience: ['region_recruiters', 'district_recruiters'],
      topic: 'Subsequent qualifying moves',
      newRecruitersOnly: false,
    });
    expect(logged.status).toBe(201);
    expect((await auditOf('improvement_training', logged.body.id)).map((e) => e.action)).toEqual(['create']);
    const noAudience = await consultant.request('POST', '/api/improvement/trainings', {
      regionId: null,
      title: 'x',
      provider: 'y',
      heldOn: '2020-05-27',
      audience: [],
      topic: '',
      newRecruitersOnly: true,
    });
    expect(noAudience.status).toBe(400);
    const stale = await admin.request('PUT', `/api/improvement/trainings/${logged.body.id}`, {
      regionId,
      title: 'x',
      provider: 'y',
      heldOn: '2019-11-13',
      audience: ['managers'],
      topic: '',
      newRecruitersOnly: false,
      version: 7,
    });
    expect(stale.status).toBe(409);
    const changed = await admin.request('PUT', `/api/improvement/trainings/${logged.body.id}`, {
      regionId,
      title: 'Migrant Education Leadership Academy: Subsequent Moves',
      provider: 'Region 5 MEP office',
      heldOn: '2019-11-13',
      audience: ['region_recruiters', 'district_recruiters', 'managers'],
      topic: 'Subsequent qualifying moves',
      newRecruitersOnly: false,
      version: 1,
    });
    expect(changed.status).toBe(200);
    const events = await auditOf('improvement_training', logged.body.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(events[1]!.after).toMatchObject({
      audience: ['region_recruiters', 'district_recruiters', 'managers'],
    });
  });
});
