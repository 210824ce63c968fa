import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionWithStaff } from '../factories';
import { signInAs } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)('response headers on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
  });
  afterAll(() => t.close());

  it('no reply carrying a child’s record may be stored by a browser or a proxy', async () => {
    const session = await signInAs(t.app, fixture.users.recruiter.email);
    for (const url of [`/api/children/${fixture.child.id}`, '/api/children', '/api/auth/me']) {
      const reply = await t.app.inject({
        method: 'GET',
        url,
        cookies: session.cookies,
      });
      expect(reply.statusCode, url).toBe(200);
      expect(reply.headers['cache-control'], url).toBe('no-store');
    }
    const refused = await t.app.inject({ method: 'GET', url: `/api/children/${fixture.child.id}` });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
  });
});
