/**
 * The sign-in form the server draws in HTML (src/server/sign-in-form-html.ts), shown and typed
 * in before the app's code arrives, and taken over by the app without losing what was typed
 * (src/web/app/first-page.ts). The app's code is held back by the test to stand for a slow
 * network, then let through. No service worker: it would serve the page from its own copy.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, it } from 'vitest';
import { TEST_PASSWORD } from '../factories';
import { expectAccessible, expectNoHorizontalScroll, launchChromium, PHONE } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());
beforeEach(async () => {
  context = await browser.newContext({ viewport: PHONE, locale: 'en-US', serviceWorkers: 'block' });
  page = await context.newPage();
});
afterEach(() => context.close());

/** Hold the app's entry chunk until the returned function is called (a slow network). */
async function holdTheApp(): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await gate;
    // a request of a page since left (the form was sent) is gone: nothing to continue
    await route.continue().catch(() => undefined);
  });
  return release;
}

const activeField = () =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    return {
      id: active?.id ?? '',
      name: active?.name ?? '',
      firstPage: Boolean(active?.closest('#first-page')),
    };
  });
const appTookOver = () => page.waitForFunction(() => !document.getElementById('first-page'));

it('takes typing with the keyboard before the app arrives, and the app keeps what was typed and where', async () => {
  const releaseTheApp = await holdTheApp();
  await page.goto(baseUrl, { waitUntil: 'commit' });
  await page.getByLabel(/^Email/).waitFor();
  await expect(page.locator('#first-page').count()).resolves.toBe(1);
  await expectAccessible(page, 'sign-in form drawn in HTML');
  await expectNoHorizontalScroll(page);

  // Tab to the email field (the language switch comes first), type, Tab to the password.
  for (let i = 0; i < 5 && (await activeField()).name !== 'email'; i++) await page.keyboard.press('Tab');
  await page.keyboard.type(accounts.recruiter);
  await page.keyboard.press('Tab');
  await page.keyboard.type(TEST_PASSWORD.slice(0, 10));
  await expect(activeField()).resolves.toMatchObject({ name: 'password', firstPage: true });

  releaseTheApp();
  await appTookOver();
  // the app's own form, with what was typed and the cursor in the password field
  await expect(page.getByLabel(/^Email/).inputValue()).resolves.toBe(accounts.recruiter);
  await expect(activeField()).resolves.toMatchObject({ name: 'password', firstPage: false });
  await page.keyboard.type(TEST_PASSWORD.slice(10));
  await expect(page.getByLabel(/^Password/).inputValue()).resolves.toBe(TEST_PASSWORD);
  await expectAccessible(page, 'sign-in form of the app');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
});

it('draws the form in Spanish for a device that last showed Spanish, and the app goes on in Spanish', async () => {
  await context.addCookies([{ name: 'ciclo_language', value: 'es', url: baseUrl }]);
  const releaseTheApp = await holdTheApp();
  await page.goto(baseUrl, { waitUntil: 'commit' });
  await page.getByLabel(/^Correo electrónico/).fill(accounts.recruiter);
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
  await expect(page.getByRole('button', { name: 'Iniciar sesión' }).count()).resolves.toBe(1);
  await expectAccessible(page, 'Spanish sign-in form drawn in HTML');
  await expectNoHorizontalScroll(page);

  releaseTheApp();
  await appTookOver();
  await expect(page.getByLabel(/^Correo electrónico/).inputValue()).resolves.toBe(accounts.recruiter);
  await expect(page.getByRole('button', { name: 'Iniciar sesión' }).count()).resolves.toBe(1);
  await expectAccessible(page, 'Spanish sign-in form of the app');
});

it('switches to the language picked on the HTML form when the app arrives', async () => {
  const releaseTheApp = await holdTheApp();
  await page.goto(baseUrl, { waitUntil: 'commit' });
  await page.getByLabel(/^Email/).fill(accounts.recruiter);
  await page.locator('label[for="first-page-language-es"]').click();

  releaseTheApp();
  await appTookOver();
  await page.getByLabel(/^Correo electrónico/).waitFor();
  await expect(page.getByLabel(/^Correo electrónico/).inputValue()).resolves.toBe(accounts.recruiter);
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
});

it('signs in when Sign in is pressed before the app arrives, and shows no sign-in form to the signed-in user', async () => {
  const releaseTheApp = await holdTheApp();
  await page.goto(`${baseUrl}/children`, { waitUntil: 'commit' });
  await page.getByLabel(/^Email/).fill(accounts.recruiter);
  await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
  // the form is sent without the app: the server signs in and answers with the page again
  await Promise.all([
    page.waitForEvent('framenavigated'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  // the page the server sends a signed-in user has no sign-in form, even before the app runs
  await page.waitForFunction(() => document.getElementById('root') !== null);
  await expect(page.evaluate(() => location.pathname)).resolves.toBe('/children');
  await expect(page.locator('#first-page').count()).resolves.toBe(0);
  await expect(page.getByLabel(/^Email/).count()).resolves.toBe(0);

  releaseTheApp();
  await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
  await expect(page.getByLabel(/^Email/).count()).resolves.toBe(0);
});
