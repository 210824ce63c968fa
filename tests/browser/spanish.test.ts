/**
 * Every page in Spanish: each role signs in, switches to Spanish and walks every page of its
 * navigation and the detail pages those pages link to. A visible text that is a string of the
 * English catalog with a different Spanish one, or a message the server writes in English,
 * fails the walk. The server is made to answer an error, which must read in Spanish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SPANISH_MESSAGES } from '../../src/server/messages/es';
import { NAV_ITEMS } from '../../src/web/layout/navigation';
import { apiSession } from '../support/browser-api';
import { launchChromium, PHONE, signIn } from '../support/browser';
import { TEST_PASSWORD } from '../factories';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(catalog)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(at, value);
    else flatten(value, at, into);
  }
  return into;
}

function catalogOf(language: 'en' | 'es'): Map<string, string> {
  const folder = path.resolve(import.meta.dirname, '../../src/web/i18n', language);
  const merged = new Map<string, string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')))
    flatten(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Catalog, '', merged);
  return merged;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The English a Spanish page must not show: the catalog's strings whose Spanish differs, and
 * the server's messages. A text with values becomes a pattern when enough of it is words.
 */
function englishToCatch(): { exact: Map<string, string>; patterns: { pattern: RegExp; source: string }[] } {
  const english = catalogOf('en');
  const spanish = catalogOf('es');
  const exact = new Map<string, string>();
  const patterns: { pattern: RegExp; source: string }[] = [];
  const add = (text: string, source: string, placeholder: RegExp) => {
    const words = text.replace(placeholder, '').trim();
    if (!/\p{L}{2}/u.test(words)) return;
    if ((text.match(placeholder) ?? []).length === 0) {
      if (text.trim().length >= 3) exact.set(text.trim(), source);
      return;
    }
    if (words.replace(/\P{L}/gu, '').length < 10) return;
    const parts = text.trim().split(placeholder);
    patterns.push({ pattern: new RegExp(`^${parts.map(escape).join('.+?')}$`, 's'), source });
  };
  for (const [key, text] of english) {
    if (spanish.get(key) === text) continue;
    add(text, `catalog ${key}`, /\{\{\w+\}\}/g);
  }
  for (const [text, translated] of Object.entries(SPANISH_MESSAGES))
    if (translated !== text) add(text, 'server message', /\{\w+\}/g);
  return { exact, patterns };
}

const ENGLISH = englishToCatch();

/** Every visible text of the page: text nodes, and labels, placeholders and titles. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement;
      if (!element || element.closest('script, style, noscript, [data-language-name]')) continue;
      if (!element.checkVisibility()) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title]')) {
      if (!element.checkVisibility()) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The English texts a page shows, each with where it comes from. */
async function englishOn(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const text of await visibleTexts(page)) {
    const source =
      ENGLISH.exact.get(text) ?? ENGLISH.patterns.find(({ pattern }) => pattern.test(text))?.source;
    if (source) found.push(`${where}: "${text}" (${source})`);
  }
  return [...new Set(found)];
}

/**
 * A page that knows when it has loaded: its heading is there and no request has been in flight
 * for 150 ms. (Playwright's networkidle waits 500 ms of quiet; twice a page, it was most of the
 * walk's time.)
 */
async function walkingPage(context: BrowserContext): Promise<{ page: Page; settled: () => Promise<void> }> {
  const page = await context.newPage();
  let pending = 0;
  let changedAt = Date.now();
  const count = (delta: number) => () => {
    pending += delta;
    changedAt = Date.now();
  };
  page.on('request', count(1));
  page.on('requestfinished', count(-1));
  page.on('requestfailed', count(-1));
  const settled = async () => {
    await page
      .getByRole('heading', { level: 1 })
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    const deadline = Date.now() + 30_000;
    while (pending > 0 || Date.now() - changedAt < 150) {
      if (Date.now() > deadline)
        throw new Error(`${page.url()}: ${pending} requests still pending after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return { page, settled };
}

/** `/children/3f2…` → `/children/:id`: one detail page of each kind is enough. */
const shapeOf = (href: string) =>
  href
    .split('?')[0]!
    .split('/')
    .map((part) => (/^[0-9a-f-]{36}$|^\d+(-\d+)?$/i.test(part) ? ':id' : part))
    .join('/');

/** Links of a page to its own detail pages (`/coes` → `/coes/…`), one of each kind. */
async function detailLinks(page: Page, under: string): Promise<string[]> {
  if (under === '/') return [];
  const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
  const byShape = new Map<string, string>();
  for (const href of hrefs) {
    if (!href.startsWith(`${under}/`) || href.startsWith('/api/')) continue;
    const shape = shapeOf(href);
    if (!byShape.has(shape)) byShape.set(shape, href);
  }
  return [...byShape.values()].slice(0, 4);
}

const ROLES = [
  ['recruiter', accounts.recruiter],
  ['data specialist', accounts.dataSpecialist],
  ['state administrator', accounts.stateAdmin],
  ['district staff', accounts.districtStaff],
  ['designated reviewer', accounts.reviewer],
  ['I&R manager', accounts.irManager],
  ['state consultant', accounts.stateConsultant],
  ['region director', accounts.regionDirector],
] as const;

describe('every page in Spanish', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    // The language is kept per user: give the shared accounts their English back.
    for (const [, email] of ROLES) await (await apiSession(email))('PATCH', '/auth/me', { language: 'en' });
  });

  it('keeps the language chosen on the sign-in page, and the account takes it at sign-in', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl);
      // the check finds English where there is some: the sign-in page in English
      await page.getByLabel(/^Email/).waitFor();
      expect((await englishOn(page, 'sign-in page')).join('\n')).toMatch(/"Sign in" \(catalog /);
      await page.locator('label[for$="-es"]').click();
      await page.getByLabel(/^Correo electrónico/).waitFor();
      expect(await englishOn(page, 'sign-in page')).toEqual([]);
      // kept on the device: a new visit opens in Spanish
      await page.reload();
      await page.getByLabel(/^Correo electrónico/).fill(accounts.districtStaff);
      await page.getByLabel(/^Contraseña/).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Iniciar sesión' }).click();
      await page.getByRole('heading', { level: 1, name: /Bienvenido/ }).waitFor();
      const me = await (await apiSession(accounts.districtStaff))('GET', '/auth/me');
      expect(me.user.language).toBe('es');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('writes a refused form in Spanish, each field named by its label', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    try {
      const page = await context.newPage();
      await signIn(page, baseUrl, accounts.stateAdmin);
      await page.locator('label[for$="-es"]').first().click();
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await page.goto(`${baseUrl}/da/rule-sets`);
      await page.getByRole('heading', { name: 'Conjuntos de reglas', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Avanzado: JSON' }).click();
      await page
        .getByLabel('Conjuntos de reglas (JSON)')
        .fill(JSON.stringify({ id: 'CA-2026', charterRule: 'SOMETIMES' }));
      await page.getByRole('button', { name: 'Revisar y guardar' }).click();
      const alert = page
        .getByRole('alert')
        .filter({ hasText: 'Definición · Año del Dashboard: es obligatorio' });
      await alert.first().waitFor();
      const text = (await alert.first().textContent()) ?? '';
      expect(text).not.toMatch(/is required|is not one of|more problems|definition:|dashboardYear/);
      expect(await englishOn(page, 'a refused rule set')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it.each(ROLES)(
    'the %s reads every page of the navigation and its detail pages in Spanish',
    async (_role, email) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      try {
        const { page, settled } = await walkingPage(context);
        await signIn(page, baseUrl, email);
        await page.locator('label[for$="-es"]').first().click();
        await page.waitForFunction(() => document.documentElement.lang === 'es');
        await settled();

        const me = await page.evaluate(async () => {
          const reply = await fetch('/api/auth/me');
          return (await reply.json()) as { user: { permissions: string[] } };
        });
        const pages = NAV_ITEMS.filter(
          (item) => !item.permission || me.user.permissions.includes(item.permission),
        ).map((item) => item.to);
        const english: string[] = [];
        const visited = new Set<string>();
        for (const to of pages) {
          await page.goto(`${baseUrl}${to}`);
          await settled();
          english.push(...(await englishOn(page, to)));
          visited.add(to);
          for (const href of await detailLinks(page, to)) {
            if (visited.has(shapeOf(href))) continue;
            visited.add(shapeOf(href));
            await page.goto(`${baseUrl}${href}`);
            await settled();
            english.push(...(await englishOn(page, href)));
          }
        }

        // an error the server answers reads in Spanish
        await page.goto(`${baseUrl}/children/${UNKNOWN_ID}`);
        await page.getByRole('alert').first().waitFor();
        if (me.user.permissions.includes('child.read'))
          await page.getByText('No hay ningún niño con ese identificador.').first().waitFor();
        english.push(...(await englishOn(page, 'a child that does not exist')));

        expect(english).toEqual([]);
        expect(visited.size).toBeGreaterThan(1);
      } finally {
        await context.close();
      }
    },
    600_000,
  );
});
