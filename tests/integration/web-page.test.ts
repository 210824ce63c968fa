import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { buildUser, TEST_PASSWORD } from '../factories';
import { signInAs } from '../support/http-session';
import { TEST_DATABASES } from '../support/test-databases';

/** A web build in miniature: the page with its mark, a manifest, and one hashed asset. */
function miniatureBuild(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ciclo-web-page-'));
  mkdirSync(path.join(root, '.vite'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html>\n<html lang="en">\n<head><script type="module" src="/assets/index-1.js"></script>' +
      '<link rel="stylesheet" crossorigin href="/assets/index-1.css"></head>\n' +
      '<body>\n<!--ciclo:first-page-->\n<div id="root"></div>\n</body>\n</html>\n',
  );
  writeFileSync(path.join(root, 'assets/index-1.js'), 'export {};');
  writeFileSync(
    path.join(root, '.vite/manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-1.js', isEntry: true },
      'pages/SignInPage.tsx': { file: 'assets/SignInPage-1.js', imports: ['index.html', '_Paper.js'] },
      '_Paper.js': { file: 'assets/Paper-1.js', css: ['assets/Paper-1.css'] },
      'pages/HomePage.tsx': { file: 'assets/HomePage-1.js', imports: ['index.html'] },
      'i18n/spanish-catalog.ts': { file: 'assets/spanish-catalog-1.js', imports: ['index.html'] },
    }),
  );
  return root;
}

const FORM = 'id="first-page"';

describe.each(TEST_DATABASES)('the web page on $name', (database) => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let webRoot: string;
  let user: Awaited<ReturnType<typeof buildUser>>;
  let db: Awaited<ReturnType<typeof database.open>>['db'];

  beforeAll(async () => {
    webRoot = miniatureBuild();
    const handle = await database.open();
    db = handle.db;
    app = await buildApp({
      db: handle.db,
      config: { secureCookies: false, logLevel: 'silent' },
      logger: false,
      webRoot,
    });
    user = await buildUser(handle.db, { role: 'state_admin' });
    close = async () => {
      await app.close();
      await handle.close();
      rmSync(webRoot, { recursive: true, force: true });
    };
  });
  afterAll(() => close());

  const signInByForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        ...headers,
      },
      payload: new URLSearchParams(fields).toString(),
    });

  it('draws the sign-in form in HTML for someone signed out, in the language the device last showed', async () => {
    const english = await app.inject({ method: 'GET', url: '/' });
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-type']).toContain('text/html');
    expect(english.headers['cache-control']).toBe('private, no-cache');
    expect(english.body).toContain(FORM);
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('<label for="first-page-email">Email');
    expect(english.body).toContain('action="/sign-in"');
    // the sign-in page's code is asked for beside the entry; the home's is not yet
    expect(english.body).toContain('<link rel="modulepreload" crossorigin href="/assets/SignInPage-1.js">');
    expect(english.body).toContain('href="/assets/Paper-1.js"');
    expect(english.body).not.toContain('HomePage-1.js');
    expect(english.body).not.toContain('<script>');
    // drawn before the app's stylesheet arrives: the stylesheet comes after the form
    const sheet = english.body.indexOf('href="/assets/index-1.css"');
    expect(sheet).toBeGreaterThan(english.body.indexOf('</form>'));
    expect(english.body.indexOf('</head>')).toBeLessThan(sheet);

    const spanish = await app.inject({
      method: 'GET',
      url: '/children',
      headers: { 'accept-language': 'es-MX,es;q=0.9' },
    });
    expect(spanish.body).toContain('<html lang="es">');
    expect(spanish.body).toContain('Correo electrónico');
    expect(spanish.body).toContain('name="to" value="/children"');
    expect(spanish.body).toContain('spanish-catalog-1.js');

    // the language this device last showed comes before the browser's
    const kept = await app.inject({
      method: 'GET',
      url: '/',
      headers: { 'accept-language': 'es' },
      cookies: { ciclo_language: 'en' },
    });
    expect(kept.body).toContain('<html lang="en">');
  });

  it('draws no sign-in form for someone signed in, and names the home’s code', async () => {
    const session = await signInAs(app, user.email);
    const page = await app.inject({ method: 'GET', url: '/', cookies: session.cookies });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(FORM);
    expect(page.body).not.toContain('<!--ciclo:first-page-->');
    expect(page.body).toContain('href="/assets/HomePage-1.js"');
    expect(page.body).not.toContain('SignInPage-1.js');
    expect(page.body.indexOf('href="/assets/index-1.css"')).toBeLessThan(page.body.indexOf('</head>'));
  });

  it('lets a phone keep the hashed assets', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-1.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('signs in from the HTML form sent before the app arrived, back to the page it was on', async () => {
    const reply = await signInByForm({
      email: user.email,
      password: TEST_PASSWORD,
      language: 'en',
      shown: 'en',
      to: '/coes',
    });
    expect(reply.statusCode).toBe(303);
    expect(reply.headers.location).toBe('/coes');
    const cookie = reply.cookies.find((c) => c.name === 'ciclo_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { ciclo_session: cookie!.value },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(user.email);
  });

  it('makes a language chosen on the form the account’s', async () => {
    const reply = await signInByForm({
      email: user.email,
      password: TEST_PASSWORD,
      language: 'es',
      shown: 'en',
      to: '/',
    });
    expect(reply.statusCode).toBe(303);
    const cookie = reply.cookies.find((c) => c.name === 'ciclo_session')!;
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { ciclo_session: cookie.value },
    });
    expect(me.json().user.language).toBe('es');
    expect(reply.cookies.find((c) => c.name === 'ciclo_language')?.value).toBe('es');
  });

  it('makes the account’s a language chosen on the sign-in page before, which the form was drawn in', async () => {
    // chosen on this device's sign-in page and waiting for a sign-in: the form is drawn in it, marked
    const page = await app.inject({ method: 'GET', url: '/', cookies: { ciclo_language: 'es.chosen' } });
    expect(page.body).toContain('<html lang="es">');
    expect(page.body).toContain('<input type="hidden" name="chosen" value="yes">');
    const shownOnly = await app.inject({ method: 'GET', url: '/', cookies: { ciclo_language: 'es' } });
    expect(shownOnly.body).not.toContain('name="chosen"');

    const english = await buildUser(db, { role: 'recruiter' });
    const languageAfter = async (fields: Record<string, string>) => {
      const reply = await signInByForm({ email: english.email, password: TEST_PASSWORD, to: '/', ...fields });
      const session = reply.cookies.find((c) => c.name === 'ciclo_session')!;
      const me = await app.inject({
        method: 'GET',
        url: '/api/auth/me',
        cookies: { ciclo_session: session.value },
      });
      return {
        language: me.json().user.language,
        cookie: reply.cookies.find((c) => c.name === 'ciclo_language'),
      };
    };
    // merely shown in Spanish (the device's last language): the account keeps its own
    expect((await languageAfter({ language: 'es', shown: 'es' })).language).toBe('en');
    // chosen before and drawn so: the account takes it, and the choice is taken
    const taken = await languageAfter({ language: 'es', shown: 'es', chosen: 'yes' });
    expect(taken.language).toBe('es');
    expect(taken.cookie?.value).toBe('es');
  });

  it('sends a wrong password back to the form with a plain message, and opens no session', async () => {
    const reply = await signInByForm({ email: user.email, password: 'not it', to: '//evil.example' });
    expect(reply.statusCode).toBe(303);
    expect(reply.headers.location).toBe('/?signIn=failed');
    expect(reply.cookies.find((c) => c.name === 'ciclo_session')).toBeUndefined();
    const page = await app.inject({ method: 'GET', url: '/?signIn=failed' });
    expect(page.body).toContain('role="alert">That email and password do not match an account.');
  });

  it('refuses a sign-in form sent from another site', async () => {
    const reply = await signInByForm(
      { email: user.email, password: TEST_PASSWORD },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(reply.statusCode).toBe(303);
    expect(reply.headers.location).toBe('/?signIn=generic');
    expect(reply.cookies.find((c) => c.name === 'ciclo_session')).toBeUndefined();
  });
});
