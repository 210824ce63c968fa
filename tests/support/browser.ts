import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { TEST_PASSWORD } from '../factories';

export const PHONE = { width: 360, height: 740 };

/**
 * Debian's Chromium, headless, with nothing reaching out to the network. It asks for reduced
 * motion, so a dialog is checked as it stands, not halfway through its fade (the accessibility
 * check once read a half-faded button's colours).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--force-prefers-reduced-motion',
    ],
  });
}

/**
 * Sign in through the form, as a person would. The language is kept per user and browser
 * tests share accounts, so the page is put in English unless `keepLanguage` is set.
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  { keepLanguage = false } = {},
): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel(/^(Email|Correo electrónico)/).fill(email);
  await page.getByLabel(/^(Password|Contraseña)/).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|Iniciar sesión)$/ }).click();
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: /Welcome|Bienvenido/ })
    .waitFor();
  if (!keepLanguage && (await page.evaluate(() => document.documentElement.lang)) !== 'en') {
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }
}

/** The automated accessibility check: no serious or critical WCAG 2 A/AA violation. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // a dialog fading in reads as low contrast until its transition ends
  await animationsSettled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    blocking.map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/**
 * Wait until the page's animations (a dialog opening) are over, so a check sees their end
 * state. An animation cancelled meanwhile (its element replaced) counts as over.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        // a loader spins for ever: only what ends is waited for
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/** Nothing on the page is wider than the window (no sideways scrolling on a phone). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * One Chromium for the test file and a phone-sized page: a fresh page for every test with
 * `perTest`, else one page the tests share in order. Read `.page` inside a test.
 */
export function phonePage(options: { perTest?: boolean } = {}): { readonly page: Page } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const open = async () => {
    context = await browser!.newContext({ viewport: PHONE, locale: 'en-US' });
    page = await context.newPage();
  };
  beforeAll(async () => {
    browser = await launchChromium();
    if (!options.perTest) await open();
  });
  afterAll(async () => {
    await browser?.close();
  });
  if (options.perTest) {
    beforeEach(open);
    afterEach(async () => {
      await context?.close();
    });
  }
  return {
    get page() {
      if (!page) throw new Error('the page opens when the tests run');
      return page;
    },
  };
}
