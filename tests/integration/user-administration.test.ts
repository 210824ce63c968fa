import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDistrict, buildRegion, buildUser } from '../factories';
import { signInAs } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

/** Editing, deactivating and resetting accounts through the API (docs/rules/users.md UA2). */
describe.each(TEST_DATABASES)('administering users through the API on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(database);
  });
  afterAll(() => t.close());

  const accountOf = (id: string) =>
    t.handle.db
      .selectFrom('users')
      .select([
        'role',
        'region_id',
        'district_id',
        'is_active',
        'must_change_password',
        'version',
        'display_name',
      ])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const auditOf = (id: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_label', 'before', 'after'])
      .where('entity_type', '=', 'user')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();

  it('moves a recruiter to another region as its director: versioned, audited before and after', async () => {
    const [a, b] = [await buildRegion(t.handle.db), await buildRegion(t.handle.db)];
    const admin = await buildUser(t.handle.db, { role: 'state_admin' });
    const recruiter = await buildUser(t.handle.db, { role: 'recruiter', regionId: a.id });
    const session = await signInAs(t.app, admin.email);
    const reply = await session.request('PATCH', `/api/users/${recruiter.id}`, {
      version: 1,
      role: 'region_director',
      regionNumber: b.number,
      displayName: 'Ana Ruiz',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      displayName: 'Ana Ruiz',
      role: 'region_director',
      regionNumber: b.number,
      version: 2,
      abilities: { manage: true },
    });
    expect(await accountOf(recruiter.id)).toMatchObject({
      role: 'region_director',
      region_id: b.id,
      version: 2,
    });
    const [event] = await auditOf(recruiter.id);
    expect(event).toMatchObject({
      action: 'update',
      actor_label: admin.email,
      before: { role: 'recruiter', regionNumber: a.number },
      after: { role: 'region_director', regionNumber: b.number, displayName: 'Ana Ruiz' },
    });
  });

  it('refuses a stale version with 409 and leaves the account as it was', async () => {
    const region = await buildRegion(t.handle.db);
    const admin = await buildUser(t.handle.db, { role: 'state_admin' });
    const recruiter = await buildUser(t.handle.db, { role: 'recruiter', regionId: region.id });
    const session = await signInAs(t.app, admin.email);
    expect(
      (await session.request('PATCH', `/api/users/${recruiter.id}`, { version: 1, displayName: 'One' }))
        .status,
    ).toBe(200);
    const stale = await session.request('PATCH', `/api/users/${recruiter.id}`, {
      version: 1,
      displayName: 'Two',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    expect(await accountOf(recruiter.id)).toMatchObject({ display_name: 'One', version: 2 });
    expect(await auditOf(recruiter.id)).toHaveLength(1);
  });

  it('names the field of a scope the role needs or a region that does not exist, and changes nothing', async () => {
    const region = await buildRegion(t.handle.db);
    const admin = await buildUser(t.handle.db, { role: 'state_admin' });
    const consultant = await buildUser(t.handle.db, {
      role: 'state_consultant',
      assignedRegionIds: [region.id],
    });
    const session = await signInAs(t.app, admin.email);
    const noDistrict = await session.request('PATCH', `/api/users/${consultant.id}`, {
      version: 1,
      role: 'district_staff',
    });
    expect(noDistrict.status).toBe(400);
    expect(noDistrict.body.error.problems).toEqual([
      { field: 'districtCdsCode', message: 'is required for the role district_staff' },
    ]);
    const noRegion = await session.request('PATCH', `/api/users/${consultant.id}`, {
      version: 1,
      assignedRegionNumbers: [2_100_000_000],
    });
    expect(noRegion.status).toBe(400);
    expect(noRegion.body.error.problems[0].field).toBe('assignedRegionNumbers');
    expect(await accountOf(consultant.id)).toMatchObject({ role: 'state_consultant', version: 1 });
    expect(await auditOf(consultant.id)).toEqual([]);
  });

  it("lists a state consultant's assigned regions and district staff's district code", async () => {
    const [a, b] = [await buildRegion(t.handle.db), await buildRegion(t.handle.db)];
    const district = await buildDistrict(t.handle.db, a.id);
    const admin = await buildUser(t.handle.db, { role: 'state_admin' });
    const consultant = await buildUser(t.handle.db, {
      role: 'state_consultant',
      assignedRegionIds: [b.id, a.id],
    });
    const staff = await buildUser(t.handle.db, {
      role: 'district_staff',
      regionId: a.id,
      districtId: district.id,
    });
    const session = await signInAs(t.app, admin.email);
    const { body } = await session.request('GET', '/api/users');
    const byId = new Map(body.items.map((u: { id: string }) => [u.id, u]));
    expect(byId.get(consultant.id)).toMatchObject({
      assignedRegionNumbers: [a.number, b.number].sort((x, y) => x - y),
      regionNumber: null,
    });
    expect(byId.get(staff.id)).toMatchObject({
      districtCdsCode: district.cds_code,
      assignedRegionNumbers: [],
    });
  });

  it('deactivates an account (its sessions end, it cannot sign in) and reactivates it', async () => {
    const region = await buildRegion(t.handle.db);
    const admin = await buildUser(t.handle.db, { role: 'state_admin' });
    const recruiter = await buildUser(t.handle.db, { role: 'recruiter', regionId: region.id });
    const session = await signInAs(t.app, admin.email);
    const theirs = await signInAs(t.app, recruiter.email);
    const off = await session.request('PATCH', `/api/users/${recruiter.id}`, { version: 1, isActive: false });
    expect(off.status).toBe(200);
    expect(off.body.isActive).toBe(false);
    expect((await theirs.request('GET', '/api/auth/me')).status).toBe(401);
    await expect(signInAs(t.app, recruiter.email)).rejects.toThrow(/sign-in failed/);
    const on = await session.request('PATCH', `/api/users/${recruiter.id}`, { version: 2, isActive: true });
    expect(on.body.isActive).toBe(true);
    await signInAs(t.app, recruiter.email);
    expect((await auditOf(recruiter.id)).map((e) => (e.after as { isActive: boolean }).isActive)).toEqual([
      false,
      true,
    ]);
  });

  it('will not let an administrator deactivate themselves or give up their role', async () => {
    const admin = await buildUser(t.handle.db, { role: 'state_admin' });
    const session = await signInAs(t.app, admin.email);
    const reply = await session.request('PATCH', `/api/users/${admin.id}`, {
      version: 1,
      isActive: false,
      role: 'recruiter',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.problems.map((p: { field: string }) => p.field).sort()).toEqual([
      'isActive',
      'regionNumber',
      'role',
    ]);
    expect(await accountOf(admin.id)).toMatchObject({ role: 'state_admin', is_active: true, version: 1 });
  });

  it('resets a password: the user must change it at the next sign-in, old sessions end, audited without the password', async () => {
    const region = await buildRegion(t.handle.db);
    const admin = await buildUser(t.handle.db, { role: 'state_admin' });
    const recruiter = await buildUser(t.handle.db, { role: 'recruiter', regionId: region.id });
    const session = await signInAs(t.app, admin.email);
    const theirs = await signInAs(t.app, recruiter.email);
    const weak = await session.request('POST', `/api/users/${recruiter.id}/password-reset`, {
      version: 1,
      password: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.problems[0].field).toBe('password');
    const reply = await session.request('POST', `/api/users/${recruiter.id}/password-reset`, {
      version: 1,
      password: 'meadow copper lantern',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ mustChangePassword: true, version: 2 });
    expect(await accountOf(recruiter.id)).toMatchObject({ must_change_password: true });
    expect((await theirs.request('GET', '/api/auth/me')).status).toBe(401);
    await signInAs(t.app, recruiter.email, 'meadow copper lantern');
    const [event] = await auditOf(recruiter.id);
    expect(event!.after).toEqual({ passwordReset: true, mustChangePassword: true });
    expect(JSON.stringify(event)).not.toContain('meadow');
  });

  it("tells the log as names and verbs, found by the actor's name (AU1)", async () => {
    const region = await buildRegion(t.handle.db);
    const admin = await buildUser(t.handle.db, { role: 'state_admin' });
    const adminName = `Ana Ruiz ${admin.id.slice(0, 8)}`;
    await t.handle.db
      .updateTable('users')
      .set({ display_name: adminName })
      .where('id', '=', admin.id)
      .execute();
    const recruiter = await buildUser(t.handle.db, { role: 'recruiter', regionId: region.id });
    const session = await signInAs(t.app, admin.email);
    await session.request('PATCH', `/api/users/${recruiter.id}`, { version: 1, displayName: 'Luis García' });
    await session.request('PATCH', `/api/users/${recruiter.id}`, { version: 2, isActive: false });
    const { body } = await session.request(
      'GET',
      `/api/audit-events?entityId=${recruiter.id}&actor=${encodeURIComponent(adminName)}`,
    );
    expect(body.items.map((e: { verb: string }) => e.verb)).toEqual(['deactivated', 'changed']);
    expect(body.items[0]).toMatchObject({
      actorName: adminName,
      actorLabel: admin.email,
      recordName: 'Luis García',
    });
  });

  it.each(['region_director', 'ir_manager', 'recruiter', 'state_consultant'] as const)(
    'refuses a %s any change (403 for one they see, 404 otherwise) and leaves the account',
    async (role) => {
      const region = await buildRegion(t.handle.db);
      const actor = await buildUser(t.handle.db, {
        role,
        regionId: role === 'state_consultant' ? null : region.id,
        assignedRegionIds: [region.id],
      });
      const recruiter = await buildUser(t.handle.db, { role: 'recruiter', regionId: region.id });
      const session = await signInAs(t.app, actor.email);
      const edit = await session.request('PATCH', `/api/users/${recruiter.id}`, {
        version: 1,
        isActive: false,
      });
      const reset = await session.request('POST', `/api/users/${recruiter.id}/password-reset`, {
        version: 1,
        password: 'meadow copper lantern',
      });
      expect([edit.status, reset.status]).toEqual([403, 403]);
      expect(await accountOf(recruiter.id)).toMatchObject({
        is_active: true,
        must_change_password: false,
        version: 1,
      });
      expect(await auditOf(recruiter.id)).toEqual([]);
    },
  );
});
