import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../factories';
import { signInAs } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)('choosing a new password at the first sign-in on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(database);
  });
  afterAll(() => t.close());

  async function userWhoMustChange() {
    const user = await buildUser(t.handle.db, { role: 'state_admin', regionId: null });
    await t.handle.db
      .updateTable('users')
      .set({ must_change_password: true })
      .where('id', '=', user.id)
      .execute();
    return { user };
  }

  it('lets such a user reach only their profile until they choose a new password, then everything', async () => {
    const { user } = await userWhoMustChange();
    const session = await signInAs(t.app, user.email);
    const other = await signInAs(t.app, user.email);
    expect((await session.request('GET', '/api/auth/me')).body.user.mustChangePassword).toBe(true);
    const refused = await session.request('GET', '/api/regions');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('Choose a new password before anything else.');

    const changed = await session.request('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'tortilla lantern quarry violin',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    expect((await session.request('GET', '/api/regions')).status).toBe(200);
    // the user's other sessions end
    expect((await other.request('GET', '/api/auth/me')).status).toBe(401);
    await signInAs(t.app, user.email, 'tortilla lantern quarry violin');

    const audit = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', user.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(audit.after).toEqual({ mustChangePassword: false, passwordChanged: true });
    expect(JSON.stringify(audit)).not.toContain('tortilla');
  });

  it('refuses a wrong current password, the same password and a common one, naming the field', async () => {
    const { user } = await userWhoMustChange();
    const session = await signInAs(t.app, user.email);
    const wrong = await session.request('POST', '/api/auth/password', {
      currentPassword: 'not the password',
      newPassword: 'tortilla lantern quarry violin',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.problems).toEqual([
      { field: 'currentPassword', message: 'is not your current password' },
    ]);
    const same = await session.request('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
    });
    expect(same.body.error.problems[0].field).toBe('newPassword');
    const common = await session.request('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'password1234',
    });
    expect(common.status).toBe(400);
    expect(common.body.error.problems[0]).toMatchObject({ field: 'newPassword' });
    expect((await session.request('GET', '/api/auth/me')).body.user.mustChangePassword).toBe(true);
  });

  it('saves a new password only at the version the current one was checked at: of two changes at once, one wins and the other is refused', async () => {
    const { user } = await userWhoMustChange();
    // (from one session, which a change keeps open, so each request reaches the password check)
    const session = await signInAs(t.app, user.email);
    const replies = await Promise.all([
      session.request('POST', '/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'tortilla lantern quarry violin',
      }),
      session.request('POST', '/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'harbor cactus meadow ribbon',
      }),
    ]);
    // The other is refused either way: at the version it checked the password at (409) when it
    // read before the first was saved, or for its current password (400) when it read after —
    // which of the two depends on how the server interleaves them.
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    const refused = replies.find((r) => r.status !== 200)!;
    expect(refused.body.error.problems).toEqual(
      refused.status === 409
        ? [{ field: 'version', message: 'is stale' }]
        : [{ field: 'currentPassword', message: 'is not your current password' }],
    );
    expect([400, 409]).toContain(refused.status);
    const row = await t.handle.db
      .selectFrom('users')
      .select(['version', 'must_change_password'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 2, must_change_password: false });
    const changes = await t.handle.db
      .selectFrom('audit_events')
      .select('after')
      .where('entity_id', '=', user.id)
      .where('action', '=', 'update')
      .execute();
    expect(changes).toHaveLength(1);
    // the password saved is the one of the change that won
    const won = replies[0]!.status === 200 ? 'tortilla lantern quarry violin' : 'harbor cactus meadow ribbon';
    await signInAs(t.app, user.email, won);
  });
});
