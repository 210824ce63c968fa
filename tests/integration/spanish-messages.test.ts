import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import englishFields from '../../src/web/i18n/en/fields.json';
import { smallPlan } from '../../src/core/services/plan-builders';
import { openDatabase } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildRegionWithStaff } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe.each(freshDatabases('spanish_messages'))(
  'error messages in the language of the request on $name',
  (database) => {
    let t: TestApp;
    let admin: HttpSession;

    beforeAll(async () => {
      const handle = await database.open();
      await migrateToLatest(handle.db);
      await handle.close();
      t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
      const { users } = await buildRegionWithStaff(t.handle.db);
      admin = await signInAs(t.app, users.state_admin.email);
    });
    afterAll(async () => {
      await t?.close();
      await database.drop();
    });

    /** A request as the web app sends it with its pages in `language`. */
    async function asked(language: string, method: InjectOptions['method'], url: string, body?: unknown) {
      const reply = await t.app.inject({
        method,
        url,
        cookies: admin.cookies,
        headers: { 'x-csrf-token': admin.csrfToken, 'accept-language': language },
        ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      });
      return {
        status: reply.statusCode,
        body: reply.json() as {
          error: { id: string; message: string; problems?: { field: string; message: string }[] };
        },
      };
    }

    async function draft(name: string): Promise<{ id: string; version: number }> {
      const created = await admin.request('POST', '/api/plan/versions', {
        name,
        notes: null,
        amendmentOf: null,
      });
      expect(created.status).toBe(201);
      return created.body;
    }

    it('answers a schema failure in Spanish, each problem and the message joined from them', async () => {
      const { id } = await draft('Schema');
      const reply = await asked('es-MX,es;q=0.9,en;q=0.5', 'PUT', `/api/plan/versions/${id}`, {
        name: 'Schema',
      });
      expect(reply.status).toBe(400);
      expect(reply.body.error.problems).toContainEqual({ field: 'version', message: 'es obligatorio' });
      expect(reply.body.error.message).toContain('version: es obligatorio');
      expect(JSON.stringify(reply.body)).not.toMatch(/is required|must /);
      const english = await asked('en-US', 'PUT', `/api/plan/versions/${id}`, { name: 'Schema' });
      expect(english.body.error.problems).toContainEqual({ field: 'version', message: 'is required' });
    });

    it('answers a domain failure in Spanish', async () => {
      const { id, version } = await draft('Domain');
      const plan = smallPlan();
      plan.mpos[1]!.statementEs = '';
      const reply = await asked('es', 'PUT', `/api/plan/versions/${id}`, {
        version,
        name: 'Domain',
        demo: false,
        ...plan,
      });
      expect(reply.status).toBe(400);
      expect(reply.body.error.problems).toEqual([
        { field: 'mpos[1].statementEs', message: 'es obligatorio' },
      ]);
      expect(reply.body.error.message).toBe('mpos[1].statementEs: es obligatorio');
    });

    it('answers a missing record (404) and a route that does not exist in Spanish', async () => {
      const missing = await asked('es', 'GET', `/api/plan/versions/${UNKNOWN_ID}`);
      expect(missing).toEqual({
        status: 404,
        body: {
          error: { id: 'not_found', message: 'No hay ninguna versión del plan con ese identificador.' },
        },
      });
      const noRoute = await asked('es', 'GET', '/api/no-such-thing');
      expect(noRoute.body.error.message).toBe('No existe la ruta GET /api/no-such-thing');
      const english = await asked('fr', 'GET', `/api/plan/versions/${UNKNOWN_ID}`);
      expect(english.body.error.message).toBe('No plan version with that id.');
    });

    it('has a label in the web app for every field a request can name', async () => {
      const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
        paths: Record<string, Record<string, { parameters?: { name: string }[]; requestBody?: unknown }>>;
      };
      const names = new Set<string>();
      const walk = (node: unknown): void => {
        if (typeof node !== 'object' || node === null) return;
        const properties = (node as { properties?: unknown }).properties;
        if (typeof properties === 'object' && properties !== null)
          for (const name of Object.keys(properties)) names.add(name);
        for (const value of Object.values(node)) walk(value);
      };
      for (const operations of Object.values(document.paths))
        for (const operation of Object.values(operations)) {
          for (const parameter of operation.parameters ?? []) names.add(parameter.name);
          walk(operation.requestBody);
        }
      const labels = new Set(Object.keys(englishFields.fields.names));
      expect([...names].filter((name) => /^[a-z][A-Za-z]*$/.test(name) && !labels.has(name)).sort()).toEqual(
        [],
      );
    });

    it('answers a stale save (409) in Spanish', async () => {
      const { id, version } = await draft('Stale');
      const body = { version, name: 'Stale', demo: false, ...smallPlan() };
      expect((await admin.request('PUT', `/api/plan/versions/${id}`, body)).status).toBe(200);
      const reply = await asked('es', 'PUT', `/api/plan/versions/${id}`, body);
      expect(reply.status).toBe(409);
      expect(reply.body.error.problems).toEqual([{ field: 'version', message: 'está desactualizado' }]);
      expect(reply.body.error.message).toBe(
        'version: alguien más cambió esta versión del plan; vuelva a cargarla',
      );
    });
  },
);
