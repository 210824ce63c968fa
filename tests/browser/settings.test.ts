import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession, eligibleChildThroughCoe, type ApiCall } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage();

/** Tab through the page until the control named `name` has the focus (keyboard only). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`"${name}" was not reached with the Tab key`);
}

describe('the state settings page on a phone', () => {
  let admin: ApiCall;
  let before: Record<string, unknown>;

  beforeAll(async () => {
    admin = await apiSession(accounts.stateAdmin);
    // a child who joined the worker a month after his move: a shorter to-join limit re-determines her
    const recruiter = await apiSession(accounts.recruiter);
    const { regionId } = ((await recruiter('GET', '/auth/me')) as { user: { regionId: string } }).user;
    await eligibleChildThroughCoe(regionId, {
      firstName: 'Marisol',
      lastSurname: 'Ajustes',
      secondSurname: 'Prueba',
      birthCountry: 'GT',
      birthCity: 'Olopa',
      guardian: 'Joel Ajustes',
    });
    before = (await admin('GET', '/eligibility/settings')) as Record<string, unknown>;
  });
  afterAll(async () => {
    // the settings are statewide: other tests find them as they were
    const { version: _read, ...settings } = before;
    const { version } = (await admin('GET', '/eligibility/settings')) as { version: number };
    await admin('PUT', '/eligibility/settings', { settings, version });
    await admin('PATCH', '/auth/me', { language: 'en' });
  });

  it('a state administrator sees each default and its source, previews a change, saves it and sees what it re-determined', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    const toJoin = page.getByRole('textbox', { name: /a child joins the worker/ });
    await expect.poll(() => toJoin.inputValue()).toBe(String(before.toJoinMaxMonths ?? ''));
    await page.getByText('California: 60 days').first().waitFor();
    await page.getByText(/Source: rule R5\.1a; national practice/).waitFor();
    await page.getByText(/Source: rule ID5\.1/).waitFor();
    await page.getByRole('link', { name: 'Differentiated Assistance rule sets' }).waitFor();
    await expectAccessible(page, 'settings page');
    await expectNoHorizontalScroll(page);

    // by keyboard: the field, then the preview, then the save
    await toJoin.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await tabTo(page, 'See what saving would change');
    await page.keyboard.press('Enter');
    const preview = page.getByTestId('eligibility-preview');
    await expect
      .poll(() => preview.textContent(), { timeout: 60_000 })
      .toMatch(/^Saving would re-determine [\d,]+ stored child(ren)? of/);
    const previewText = (await preview.textContent())!;
    expect(previewText).toMatch(/: [1-9][\d,]* would change/);
    const wouldChange = previewText.match(/: ([\d,]+) would change/)![1]!;
    await expectAccessible(page, 'settings preview');

    await tabTo(page, 'Save the eligibility settings');
    await page.keyboard.press('Enter');
    const saved = page.getByTestId('eligibility-saved');
    await expect
      .poll(() => saved.textContent(), { timeout: 120_000 })
      .toMatch(/^Eligibility settings saved\./);
    expect(await saved.textContent()).toContain(`: ${wouldChange} changed`);
    await page.getByText('Now: 1 month ·', { exact: false }).waitFor();
    await expectNoHorizontalScroll(page);
  }, 240_000);

  it('reads in Spanish', async () => {
    const page = phone.page;
    await admin('PATCH', '/auth/me', { language: 'es' });
    await page.reload();
    await page.getByRole('heading', { name: 'Configuración', level: 1 }).waitFor();
    await page.getByText('California: 60 días').first().waitFor();
    await page.getByText(/Fuente: regla R5\.1a/).waitFor();
    await expectAccessible(page, 'settings in Spanish');
    await expectNoHorizontalScroll(page);
  });

  it("restores California's settings from the page", async () => {
    const page = phone.page;
    await admin('PATCH', '/auth/me', { language: 'en' });
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByRole('button', { name: "Restore California's settings" }).click();
    await page.getByRole('button', { name: 'See what saving would change' }).click();
    await page.getByTestId('eligibility-preview').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Save the eligibility settings' }).click();
    await page.getByTestId('eligibility-saved').waitFor({ timeout: 120_000 });
    expect((await admin('GET', '/eligibility/settings')).toJoinMaxMonths).toBe(12);
  }, 240_000);

  it('refuses a save when another administrator saved first, says so plainly and shows their value', async () => {
    const page = phone.page;
    const keeping = page.getByRole('textbox', { name: /Days a device keeps/ });
    const shown = (await admin('GET', '/eligibility/device-keeping')) as { days: number; version: number };
    await expect.poll(() => keeping.inputValue()).toBe(String(shown.days));
    await keeping.fill(String(shown.days === 20 ? 21 : 20));
    // meanwhile, another state administrator saves another period
    const theirs = shown.days === 30 ? 31 : 30;
    await admin('PUT', '/eligibility/device-keeping', { days: theirs, version: shown.version });
    await page.getByRole('button', { name: 'Save the keeping period' }).click();
    await page.getByText(/someone else changed these settings since you read them/).waitFor();
    await expect.poll(() => keeping.inputValue()).toBe(String(theirs));
    await expectAccessible(page, 'settings changed by someone else');
    const now = (await admin('GET', '/eligibility/device-keeping')) as { version: number };
    await admin('PUT', '/eligibility/device-keeping', { days: shown.days, version: now.version });
  }, 120_000);
});
