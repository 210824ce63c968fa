import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../core/common/domain-error';
import type { Db } from '../data/db';
import { findSession } from '../data/repositories/sessions.repository';
import { loadActor } from '../usecases/auth/load-actor';
import { setLanguage } from '../usecases/auth/set-language';
import { signIn } from '../usecases/auth/sign-in';
import { SESSION_COOKIE, sessionCookieOptions } from './policies/authenticate';
import { signInFormHtml, type PageLanguage, type SignInFormError } from './sign-in-form-html';

/** The cookie in which the web app keeps the language this device last showed (device-language.ts). */
export const LANGUAGE_COOKIE = 'ciclo_language';
/** Where index.html of the build takes the sign-in form drawn in HTML. */
const FIRST_PAGE_MARK = '<!--ciclo:first-page-->';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/**
 * The language this device last showed (`es`), and whether it was chosen on the sign-in page
 * and waits to become the account's (`es.chosen`), as src/web/app/device-language.ts keeps it.
 */
function keptLanguage(request: FastifyRequest): { language: PageLanguage; chosen: boolean } | undefined {
  const [language, mark] = (request.cookies[LANGUAGE_COOKIE] ?? '').split('.');
  return language === 'en' || language === 'es' ? { language, chosen: mark === 'chosen' } : undefined;
}

/** The language of the page: the one this device last showed, else the browser's. */
export function pageLanguage(request: FastifyRequest): PageLanguage {
  const kept = keptLanguage(request)?.language;
  if (kept) return kept;
  const first = request.headers['accept-language']?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('es') ? 'es' : 'en';
}

/** A path of this site to return to after signing in, never another site's. */
function pathWithin(to: unknown): string {
  return typeof to === 'string' && /^\/(?![/\\])/.test(to) && !/[\s\\]/.test(to) ? to : '/';
}

/**
 * The web app's page, served per request rather than as a file so that its first draw does
 * not wait for the app's code (issue 12, bench/first-page-phone.ts): to someone signed out it
 * carries the sign-in form drawn in HTML in the page's language (sign-in-form-html.ts), which
 * the app takes over when it arrives; to someone signed in it carries none, so no sign-in form
 * flashes before their pages. Both name the chunks the first page will ask for, so the browser
 * fetches them beside the entry. The service worker keeps the build's plain index.html for
 * opening offline. POST /sign-in signs in from the HTML form sent before the app arrived.
 */
export function registerWebPage(
  app: FastifyInstance,
  options: { db: Db; webRoot: string; secureCookies: boolean },
) {
  const { db, webRoot } = options;
  let template: { html: string; manifest: Record<string, ManifestChunk> } | undefined;
  const load = () => {
    if (template) return template;
    const manifestFile = path.join(webRoot, '.vite/manifest.json');
    template = {
      html: readFileSync(path.join(webRoot, 'index.html'), 'utf8'),
      manifest: existsSync(manifestFile)
        ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>)
        : {},
    };
    return template;
  };

  /** <link>s fetching a lazy chunk (a manifest key under src/web) and what it imports, but the entry. */
  const preloads = (manifest: Record<string, ManifestChunk>, keys: string[]) => {
    const links = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || chunk.isEntry) return;
      links.add(`<link rel="modulepreload" crossorigin href="/${chunk.file}">`);
      for (const css of chunk.css ?? [])
        links.add(`<link rel="preload" as="style" crossorigin href="/${css}">`);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    for (const key of keys) visit(key);
    return [...links].join('');
  };

  const sendPage = async (request: FastifyRequest, reply: FastifyReply) => {
    const { html, manifest } = load();
    const language = pageLanguage(request);
    const token = request.cookies[SESSION_COOKIE];
    const signedIn = token ? (await findSession(db, token, new Date())) !== undefined : false;
    const [pagePath, query = ''] = request.url.split('?');
    // (the home's code is fetched by the sign-in page once it is drawn, not before: on a slow
    // network it would hold up the app's own code)
    const chunks = signedIn ? (pagePath === '/' ? ['pages/HomePage.tsx'] : []) : ['pages/SignInPage.tsx'];
    if (language === 'es') chunks.push('i18n/spanish-catalog.ts');
    const error = new URLSearchParams(query).get('signIn');
    let page = html
      .replace('<html lang="en">', `<html lang="${language}">`)
      .replace('</head>', `${preloads(manifest, chunks)}</head>`);
    if (signedIn) page = page.replace(FIRST_PAGE_MARK, '');
    else {
      // The app's stylesheets go after the form, whose own styles are in it: the form is drawn
      // as soon as the page arrives, not once the stylesheets have (they still hold the app).
      const stylesheets = page.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
      for (const sheet of stylesheets) page = page.replace(sheet, '');
      const form = signInFormHtml(language, {
        to: pathWithin(pagePath),
        chosen: keptLanguage(request)?.chosen === true,
        ...(error && ['failed', 'locked', 'tooMany', 'generic'].includes(error)
          ? { error: error as SignInFormError }
          : {}),
      });
      page = page.replace(FIRST_PAGE_MARK, `${form}\n${stylesheets.join('')}`);
    }
    // The page differs by session and language: no shared cache keeps it, a browser asks again.
    return reply
      .header('cache-control', 'private, no-cache')
      .header('vary', 'Cookie, Accept-Language')
      .type('text/html; charset=utf-8')
      .send(page);
  };

  const hasPage = () => existsSync(path.join(webRoot, 'index.html'));

  app.get('/', async (request, reply) => {
    if (!hasPage()) throw new DomainError('not_found', `No route ${request.method} ${request.url}`);
    return sendPage(request, reply);
  });

  app.register(async (form) => {
    // The HTML form posts its fields URL-encoded.
    form.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 8 * 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    form.post(
      '/sign-in',
      {
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        // Every refusal, the rate limit's too, goes back to the form with a plain message.
        errorHandler: (error, _request, reply) =>
          reply.redirect(
            `/?signIn=${(error as { statusCode?: number }).statusCode === 429 ? 'tooMany' : 'generic'}`,
            303,
          ),
      },
      async (request, reply) => {
        // Another site may not sign a browser in (login CSRF): only this site's own page posts here.
        const site = request.headers['sec-fetch-site'];
        if (site !== undefined && site !== 'same-origin' && site !== 'none')
          throw new DomainError('forbidden', 'The sign-in form was sent from another site.');
        const body = (request.body ?? {}) as Record<string, string | undefined>;
        const to = pathWithin(body.to);
        const back = (error: SignInFormError) => reply.redirect(`${to}?signIn=${error}`, 303);
        if (!body.email || !body.password || body.email.length > 320 || body.password.length > 1024)
          return back('failed');
        let session: Awaited<ReturnType<typeof signIn>>;
        try {
          session = await signIn(
            db,
            { email: body.email, password: body.password, source: request.ip },
            new Date(),
          );
        } catch (error) {
          if (error instanceof DomainError && error.code === 'locked') return back('locked');
          if (error instanceof DomainError && error.code === 'unauthenticated') return back('failed');
          throw error;
        }
        // A language chosen on the form, or chosen on this device's sign-in page before and
        // drawn in it, becomes the account's, as on the app's sign-in page.
        const chosen = body.language;
        if ((chosen === 'en' || chosen === 'es') && (chosen !== body.shown || body.chosen === 'yes')) {
          const signedIn = await findSession(db, session.token, new Date());
          if (signedIn) await setLanguage({ db, actor: await loadActor(db, signedIn) }, chosen);
          void reply.setCookie(LANGUAGE_COOKIE, chosen, { path: '/', sameSite: 'lax', maxAge: 365 * 86_400 });
        }
        void reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(options.secureCookies));
        return reply.redirect(to, 303);
      },
    );
  });

  return { sendPage, hasPage };
}
