import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

/**
 * Every route of the OpenAPI document, sent the values careless users and attackers send:
 * whatever a route does with them, the answer is never a server error (5xx).
 */
interface BadValues {
  name: string;
  text: string;
  date: string;
  id: string;
  integer: number;
}

const BAD_VALUES: BadValues[] = [
  { name: 'a NUL byte', text: 'Ana\u0000García', date: '2024-01-15', id: 'a\u0000b', integer: 1 },
  { name: 'a lone surrogate', text: 'Ana\ud800', date: '2024-01-15', id: '\udc00', integer: 1 },
  { name: 'the year 0000', text: '0000-01-01', date: '0000-01-01', id: randomUUID(), integer: 1 },
  { name: 'the last day of 9999', text: '9999-12-31', date: '9999-12-31', id: randomUUID(), integer: 1 },
  { name: 'an id that is no UUID', text: 'abc', date: '2024-01-15', id: 'abc', integer: 1 },
  {
    name: 'a huge integer',
    text: '99999999999',
    date: '2024-01-15',
    id: randomUUID(),
    integer: 99_999_999_999,
  },
  {
    name: 'a huge negative integer',
    text: '-1',
    date: '2024-01-15',
    id: randomUUID(),
    integer: -99_999_999_999,
  },
];

type Schema = Record<string, any>;

/** A value of `schema` in which every leaf is the bad value of its kind. */
function valueOf(schema: Schema | undefined, bad: BadValues, depth = 0): unknown {
  if (!schema || depth > 6) return bad.text;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(options)) {
    const chosen = options.find((option: Schema) => option.type !== 'null') ?? options[0];
    return valueOf(chosen, bad, depth + 1);
  }
  switch (schema.type) {
    case 'object': {
      const properties: Record<string, Schema> = schema.properties ?? {};
      return Object.fromEntries(
        Object.entries(properties).map(([key, sub]) => [key, valueOf(sub, bad, depth + 1)]),
      );
    }
    case 'array':
      return [valueOf(schema.items, bad, depth + 1)];
    case 'integer':
    case 'number':
      return bad.integer;
    case 'boolean':
      return true;
    default:
      if (schema.format === 'date' || schema.format === 'date-time') return bad.date;
      if (schema.format === 'uuid') return bad.id;
      return bad.text;
  }
}

/** A value as a URL carries it; a lone surrogate has no UTF-8 form, so its raw bytes are sent. */
function inUrl(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

interface Operation {
  method: string;
  path: string;
  query: Array<{ name: string; schema: Schema }>;
  body: Schema | undefined;
}

function operationsOf(document: Schema): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(document.paths)) {
    for (const [method, operation] of Object.entries<Schema>(item)) {
      if (path === '/api/auth/sign-out') continue;
      const parameters: Schema[] = operation.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        query: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
        body: operation.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return operations;
}

describe.each(TEST_DATABASES)('bad input on $name', (database) => {
  let t: TestApp;
  let admin: HttpSession;
  let operations: Operation[];

  beforeAll(async () => {
    t = await startTestApp(database);
    const fixture = await buildRegionWithStaff(t.handle.db);
    admin = await signInAs(t.app, fixture.users.state_admin.email);
    operations = operationsOf(t.app.swagger() as Schema);
  });
  afterAll(() => t.close());

  it('is never a server error, on any route, in a path, a query or a body', async () => {
    expect(operations.length).toBeGreaterThan(30);
    const failures: string[] = [];
    const send = async (method: string, url: string, body: unknown, what: string) => {
      const reply = await admin.request(method as 'GET', url, body);
      if (reply.status >= 500) failures.push(`${method} ${url} with ${what}: ${reply.status}`);
    };
    for (const operation of operations) {
      for (const bad of BAD_VALUES) {
        const path = operation.path.replace(/\{[^}]+\}/g, inUrl(bad.id));
        const body = operation.method === 'GET' ? undefined : (valueOf(operation.body, bad) ?? {});
        await send(operation.method, path, body, `${bad.name} everywhere`);
        for (const parameter of operation.query) {
          const value = String(valueOf(parameter.schema, bad));
          await send(
            operation.method,
            `${path}?${parameter.name}=${inUrl(value)}`,
            body,
            `${bad.name} in ${parameter.name}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('names the field at fault', async () => {
    const reply = await admin.request('GET', '/api/children?q=Ana%00');
    expect(reply.status).toBe(400);
    expect(reply.body.error.problems).toEqual([
      { field: 'q', message: 'contains a NUL character, which cannot be stored' },
    ]);
    const year = await admin.request('GET', '/api/audit-events?to=0000-01-01');
    expect(year.status).toBe(400);
    expect(year.body.error.message).toMatch(/^to: /);
  });
});
