import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

/** Bodies no route should accept, and that must never make the server answer 500. */
const MALFORMED_BODIES: Array<[string, string]> = [
  ['not JSON', '{"firstName": '],
  ['a JSON array', '[1, 2, 3]'],
  ['a JSON string', '"hello"'],
  ['null', 'null'],
  ['an empty object', '{}'],
  [
    'wrong types everywhere',
    JSON.stringify({
      regionId: 12,
      firstName: 7,
      birthDate: false,
      version: 'one',
      language: ['es'],
      email: {},
      password: 3,
      members: 'x',
      districtId: [],
      enrollmentDate: 5,
    }),
  ],
  [
    'dates that do not exist',
    JSON.stringify({ birthDate: '2023-02-29', enrollmentDate: '2023-13-01', version: 1 }),
  ],
  [
    'a huge string',
    JSON.stringify({ firstName: 'x'.repeat(100_000), familyName: 'y'.repeat(100_000), version: 1 }),
  ],
  ['prototype pollution', '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}'],
];

describe.each(TEST_DATABASES)('API contract on $name', (database) => {
  let t: TestApp;
  let admin: HttpSession;
  beforeAll(async () => {
    t = await startTestApp(database);
    admin = await signInAs(t.app, (await buildUser(t.handle.db, { role: 'state_admin' })).email);
  });
  afterAll(() => t.close());

  it('answers malformed bodies to every route with a 4xx that names the problem, never a 500', async () => {
    const failures: string[] = [];
    const routes = t.app.routeTable.filter((r) => r.hasBody);
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) {
      for (const [name, payload] of MALFORMED_BODIES) {
        const response = await t.app.inject({
          method: route.method as 'POST',
          url: `/api${route.url.replace('/api', '').replace(':id', randomUUID())}`,
          headers: { 'content-type': 'application/json', 'x-csrf-token': admin.csrfToken },
          cookies: route.access === 'public' ? {} : admin.cookies,
          payload,
        });
        const body = response.json();
        if (response.statusCode >= 500 || response.statusCode < 400 || !body.error?.message) {
          failures.push(
            `${route.method} ${route.url} with ${name}: ${response.statusCode} ${response.body.slice(0, 200)}`,
          );
        }
        if (
          response.statusCode === 400 &&
          name === 'wrong types everywhere' &&
          !body.error.problems?.length
        ) {
          failures.push(`${route.method} ${route.url}: no field named for wrong types`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('names the choices once when a value is not one of them', async () => {
    const response = await admin.request('POST', '/api/children', {
      regionId: randomUUID(),
      firstName: 'A',
      lastSurname: 'B',
      birthDate: '2020-01-02',
      birthCountry: 'MX',
      sex: 'unknown',
    });
    expect(response.status).toBe(400);
    const problems = response.body.error.problems.filter((p: { field: string }) => p.field === 'sex');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^must be one of "female", "male"/);
  });

  it('names the field in a 400 for bad input', async () => {
    const response = await admin.request('POST', '/api/children', {
      regionId: randomUUID(),
      firstName: 'A',
      lastSurname: 'B',
      birthDate: '01/02/2020',
      birthCountry: 'MX',
      sex: 'female',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.problems).toContainEqual(expect.objectContaining({ field: 'birthDate' }));
    expect(response.body.error.message).toContain('birthDate');
  });

  it('answers 404 for unknown ids and 400 for ids that are not ids', async () => {
    expect((await admin.request('GET', `/api/children/${randomUUID()}`)).status).toBe(404);
    const bad = await admin.request('GET', '/api/children/42');
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0].field).toBe('id');
    expect((await admin.request('GET', '/api/no-such-route')).status).toBe(404);
  });

  it('publishes an OpenAPI document listing every route with a summary, and a reference page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    for (const route of t.app.routeTable.filter((r) => r.url !== '/api/openapi.json')) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      expect(operation.summary, `${route.method} ${path}`).toBeTruthy();
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect([200, 302]).toContain(docs.statusCode);
  });
});
