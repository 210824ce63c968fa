import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../factories';
import { signInAs } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)('creating users through the API on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(database);
  });
  afterAll(() => t.close());

  const body = (email: string, password: string) => ({
    email,
    displayName: 'Rosa Delgado',
    password,
    role: 'state_admin',
  });

  it.each([
    ['a common password with digits', 'password1234', 'is a common password'],
    ['one letter repeated', 'aaaaaaaaaaaa', 'is too easy to guess'],
    ['twelve spaces', ' '.repeat(12), 'is too easy to guess'],
    ['the email', 'rosa.delgado@state.gov', 'must not contain your email or name'],
    ['the name', 'Rosa Delgado!!', 'must not contain your email or name'],
  ])('refuses %s, naming the password field, and creates nobody', async (_rule, password, message) => {
    const admin = await buildUser(t.handle.db, { role: 'state_admin' });
    const session = await signInAs(t.app, admin.email);
    const email = `rosa.delgado.${Math.random().toString(36).slice(2)}@state.gov`;
    const response = await session.request(
      'POST',
      '/api/users',
      body(email, password === 'rosa.delgado@state.gov' ? email : password),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.id).toBe('invalid_input');
    expect(response.body.error.problems).toEqual([
      { field: 'password', message: expect.stringContaining(message) },
    ]);
    const created = await t.handle.db.selectFrom('users').select('id').where('email', '=', email).execute();
    expect(created).toEqual([]);
  });

  it('accepts a passphrase of unrelated words', async () => {
    const admin = await buildUser(t.handle.db, { role: 'state_admin' });
    const session = await signInAs(t.app, admin.email);
    const email = `rosa.${Math.random().toString(36).slice(2)}@state.gov`;
    const response = await session.request('POST', '/api/users', body(email, 'lantern orchard violet'));
    expect(response.status).toBe(201);
  });
});
