import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  PHONE,
  animationsSettled,
  expectAccessible,
  expectNoHorizontalScroll,
  launchChromium,
  signIn,
} from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  // The recruiter account is shared: its drafts left by these tests go.
  const recruiter = await apiSession(accounts.recruiter);
  const { items } = (await recruiter('GET', '/interview-drafts')) as {
    items: { id: string; label: string }[];
  };
  for (const draft of items.filter((d) => d.label.startsWith('García Field')))
    await recruiter('DELETE', `/interview-drafts/${draft.id}`).catch(() => undefined);
  await browser?.close();
});

async function recruiterOnPhone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
  const page = await context.newPage();
  await signIn(page, baseUrl, accounts.recruiter);
  return { context, page };
}

const sent = (page: Page) => page.getByText('Saved on this device and on the server.').waitFor();

describe('the interview survives the field', () => {
  it('keeps what is typed: a reload mid-interview on a phone finds it intact, on the same step, and the home page offers to continue it', async () => {
    const { context, page } = await recruiterOnPhone();
    await page.goto(`${baseUrl}/interview`);
    await page.getByLabel(/^Interview date/).fill('2026-11-20');
    await page.getByLabel(/^Family name/).fill('García Field 1');
    await page.getByLabel(/^Phone/).fill('831-555-0142');
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByRole('heading', { name: 'The worker', level: 2 }).waitFor();
    await page.getByLabel(/^First name/).fill('María');
    await page.getByLabel(/^First surname/).fill('García');
    await sent(page);
    expect(page.url()).toMatch(/\/interview\?draft=[0-9a-f-]{36}$/);

    await page.reload();
    await page.getByRole('heading', { name: 'The worker', level: 2 }).waitFor();
    await expect(page.getByLabel(/^First name/).inputValue()).resolves.toBe('María');
    await expect(page.getByLabel(/^First surname/).inputValue()).resolves.toBe('García');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel(/^Family name/).inputValue()).resolves.toBe('García Field 1');
    await expect(page.getByLabel(/^Phone/).inputValue()).resolves.toBe('831-555-0142');
    await expect(page.getByLabel(/^Interview date/).inputValue()).resolves.toBe('2026-11-20');
    await expectAccessible(page, 'interview: reloaded draft');
    await expectNoHorizontalScroll(page);

    await page.getByRole('link', { name: 'Ciclo' }).first().click();
    const resume = page.getByRole('link', { name: 'Continue the interview with the García Field 1 family' });
    await resume.waitFor();
    await expectAccessible(page, 'home: interviews in progress');
    await expectNoHorizontalScroll(page);
    await resume.click();
    await page.getByRole('heading', { name: 'Interview and family', level: 2 }).waitFor();
    await expect(page.getByLabel(/^Family name/).inputValue()).resolves.toBe('García Field 1');
    await context.close();

    // Another device of the same recruiter finds it on the server.
    const other = await recruiterOnPhone();
    await other.page
      .getByRole('link', { name: 'Continue the interview with the García Field 1 family' })
      .click();
    // The step it was last sent on: moving between steps is kept on the device only.
    await other.page.getByRole('heading', { name: 'The worker', level: 2 }).waitFor();
    await expect(other.page.getByLabel(/^First name/).inputValue()).resolves.toBe('María');
    await other.context.close();
  });

  it('asks before leaving while a change is on this device only, and lets the recruiter stay', async () => {
    const { context, page } = await recruiterOnPhone();
    await page.goto(`${baseUrl}/interview`);
    await page.getByLabel(/^Family name/).fill('García Field 2');
    await sent(page);
    await context.setOffline(true);
    await page.getByLabel(/^Phone/).fill('831-555-0199');
    await page.getByText('Saved on this device; it will be sent when the network returns.').waitFor();
    await page.getByRole('link', { name: 'Ciclo' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Leave the interview?' });
    await dialog.waitFor();
    await animationsSettled(page);
    await expectAccessible(page, 'interview: leave with changes not sent');
    await dialog.getByRole('button', { name: 'Stay', exact: true }).last().click();
    await expect(page.getByLabel(/^Phone/).inputValue()).resolves.toBe('831-555-0199');

    await context.setOffline(false);
    await sent(page);
    await page.getByRole('link', { name: 'Ciclo' }).first().click();
    await page.getByRole('link', { name: 'Continue the interview with the García Field 2 family' }).waitFor();
    await context.close();
  });
});

describe('plain words in the form', () => {
  it('"Next" stays on a step until its required fields are filled, naming and focusing them; no verdict before a worker, a move and a child; the trace names people and places; the verdict stays in sight', async () => {
    const { context, page } = await recruiterOnPhone();
    await page.goto(`${baseUrl}/interview`);
    await page.getByLabel(/^Interview date/).fill('');
    await page.getByLabel(/^Family name/).fill('García Field 3');
    await page.getByRole('button', { name: /^Next/ }).click();
    const missing = page.getByRole('alert').filter({ hasText: 'Fill in before going on:' });
    await missing.getByText('Interview date', { exact: true }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('date');
    await page.getByRole('heading', { name: 'Interview and family', level: 2 }).waitFor();
    await expectAccessible(page, 'interview: required fields named');
    await page.getByLabel(/^Interview date/).fill('2024-09-15');
    await expect(missing.count()).resolves.toBe(0);
    await page.getByRole('button', { name: /^Next/ }).click();

    await page.getByRole('heading', { name: 'The worker', level: 2 }).waitFor();
    await page.getByRole('button', { name: /^Next/ }).click();
    await missing.getByText('Worker 1: First name', { exact: true }).waitFor();
    await page.getByLabel(/^First name/).fill('María');
    await page.getByLabel(/^First surname/).fill('García');
    await page.getByRole('button', { name: 'Add a move' }).click();
    const workerMove = page.getByRole('group', { name: 'Move 1', exact: true });
    await workerMove.getByLabel(/^Arrival date/).fill('2024-06-01');
    await workerMove
      .getByRole('group', { name: 'From', exact: true })
      .getByLabel(/^Residence/)
      .fill('4 Main St');
    await workerMove.getByRole('group', { name: 'From', exact: true }).getByLabel(/^City/).fill('Salinas');
    await workerMove
      .getByRole('group', { name: 'From', exact: true })
      .getByLabel(/^School district/)
      .fill('Salinas City ESD');
    await page.getByRole('button', { name: /^Next/ }).click();
    await missing.getByText('To: Residence', { exact: true }).waitFor();
    const to = workerMove.getByRole('group', { name: 'To', exact: true });
    await to.getByLabel(/^Residence/).fill('Camp 2');
    await to.getByLabel(/^City/).fill('Dos Palos');
    await to.getByLabel(/^School district/).fill('Dos Palos Oro Loma JUSD');
    await workerMove.getByLabel(/^Work of María García after this move/).selectOption('obtained');
    await workerMove.getByLabel(/^Employment/).selectOption('seasonal');
    await workerMove.getByLabel(/^Work start date/).fill('2024-06-03');
    await workerMove.getByLabel(/^What the work was/).fill('picking tomatoes');
    await page.getByRole('button', { name: /^Next/ }).click();

    // A child, but no children's move yet: still no verdict.
    await page.getByRole('heading', { name: 'The children', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Add a child' }).click();
    const child = page.getByRole('group', { name: 'Child 1' });
    await child.getByLabel(/^First name/).fill('Ana');
    await child.getByLabel(/^First surname/).fill('García');
    await child.getByLabel(/^Birth date/).fill('2015-03-01');
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByRole('heading', { name: "The children's move", level: 2 }).waitFor();
    await page
      .getByText(
        'The determination appears once the interview has its date, a worker, a move and the children',
      )
      .waitFor();
    await page.getByRole('button', { name: "Add the children's move" }).click();
    const result = page.getByRole('region', { name: 'Determination for Ana García' });
    await result.getByText('Eligible', { exact: true }).waitFor();
    await result
      .getByText(/^María García's move from Salinas to Dos Palos on 2024-06-01 is a qualifying move/)
      .waitFor();
    await result
      .getByText(/^Ana García moved with María García from Salinas to Dos Palos on 2024-06-01/)
      .waitFor();
    await expect(result.getByText(/\b(w1|m1|c1)\b/).count()).resolves.toBe(0);

    // The verdict at the foot of the screen, with a tap to the reasons.
    await page.evaluate(() => window.scrollTo(0, 0));
    const bar = page.getByRole('complementary', { name: 'Determination so far' });
    await bar.getByText('Ana García: Eligible').waitFor();
    const box = await bar.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height + 1);
    await bar.getByRole('button', { name: 'Why' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('determination-title');
    await expectAccessible(page, 'interview: determination bar');
    await expectNoHorizontalScroll(page);

    // In Spanish, the same trace in Spanish words.
    await page.locator('label[for$="-es"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    const resultado = page.getByRole('region', { name: 'Determinación para Ana García' });
    await resultado
      .getByText(/^La mudanza de María García de Salinas a Dos Palos el 2024-06-01 es una mudanza calificada/)
      .waitFor();
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await context.close();
  });
});

describe('offline', () => {
  it('the app installs, opens without a network on the interview in progress, and sends what was typed offline when the network returns', async () => {
    const { context, page } = await recruiterOnPhone();
    await page.goto(`${baseUrl}/interview`);
    const manifest = (await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as unknown) : null;
    })) as { display: string; icons: { sizes: string }[] } | null;
    expect(manifest?.display).toBe('standalone');
    expect(manifest?.icons.map((icon) => icon.sizes)).toContain('512x512');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });

    await page.getByLabel(/^Family name/).fill('García Field 4');
    await sent(page);
    const id = new URL(page.url()).searchParams.get('draft')!;

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Eligibility interview', level: 1 }).waitFor();
    await expect(page.getByLabel(/^Family name/).inputValue()).resolves.toBe('García Field 4');
    await page.getByLabel(/^Phone/).fill('831-555-0100');
    await page.getByText('Saved on this device; it will be sent when the network returns.').waitFor();
    await expectAccessible(page, 'interview: offline');

    await context.setOffline(false);
    await sent(page);
    const recruiter = await apiSession(accounts.recruiter);
    const kept = (await recruiter('GET', `/interview-drafts/${id}`)) as {
      content: { draft: { phone: string } };
    };
    expect(kept.content.draft.phone).toBe('831-555-0100');
    await context.close();
  });
});
