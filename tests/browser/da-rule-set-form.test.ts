import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  launchChromium,
  phonePage,
  signIn,
} from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage();

interface SavedSet {
  id: string;
  dashboardYear: number;
  minGroupSize: Record<string, number>;
  priorityAreas: Array<{ id: string; any?: Array<{ all: unknown[] }> }>;
}

describe('a state administrator writes a DA rule set with the form', () => {
  afterAll(async () => {
    // the rule sets are statewide: other tests find California's as they were
    const admin = await apiSession(accounts.stateAdmin);
    const { items } = (await admin('GET', '/da/rule-sets')) as {
      items: Array<{ id: string; version: number }>;
    };
    const added = items.find((set) => set.id === 'CA-2030' && set.version > 0);
    if (added) await admin('DELETE', `/da/rule-sets/CA-2030?version=${added.version}`);
  });

  it('on a phone: starts from the latest California set, changes it, saves it, and sees a refusal beside its field', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.goto(`${baseUrl}/da/rule-sets`);
    await page.getByRole('heading', { name: 'Rule sets', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Write a rule set' });
    await expect.poll(() => form.getByLabel('Start from').inputValue()).toMatch(/^CA-2025/);
    await expect.poll(() => form.getByLabel(/^Rule set id/).inputValue()).toBe('CA-2025');
    await form.getByText('The grids are copied from CA-2025 as they are', { exact: false }).waitFor();
    await form.getByText('California (CA-2025): 30').first().waitFor();
    await expectAccessible(page, 'rule-set form, phone');
    await expectNoHorizontalScroll(page);

    await form.getByLabel(/^Rule set id/).fill('CA-2030');
    await form.getByLabel(/^Dashboard year/).fill('2030');
    await form.getByLabel('Minimum size of every group').fill('25');
    const p4 = form.getByRole('region', { name: 'Priority 4', exact: true });
    await p4.getByRole('button', { name: 'Remove condition 2 of Priority 4, alternative 1' }).click();
    await expect(
      p4.getByRole('button', { name: 'Remove condition 2 of Priority 4, alternative 1' }).count(),
    ).resolves.toBe(0);
    await form.getByRole('button', { name: 'Save the rule set' }).click();
    await page.getByText(/^Saved CA-2030/).waitFor();

    // the list has the new set, with the changes; the form is a fresh copy again
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'CA-2030' }) });
    await row.waitFor();
    const saved = JSON.parse((await row.locator('pre').textContent()) ?? '') as SavedSet;
    expect(saved.dashboardYear).toBe(2030);
    expect(saved.minGroupSize.default).toBe(25);
    expect(saved.priorityAreas.find((a) => a.id === 'P4')?.any?.[0]?.all).toHaveLength(1);
    await expect.poll(() => form.getByLabel(/^Rule set id/).inputValue()).toBe('CA-2025');

    // an empty id, sent with the keyboard: the field says what is wrong, and so does the summary
    await form.getByLabel(/^Rule set id/).fill('');
    await form.getByLabel(/^Rule set id/).press('Enter');
    const summary = form.getByRole('alert').filter({ hasText: 'The rule set was not saved' });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/Rule set id: .*does not match/);
    await expect.poll(() => form.getByLabel(/^Rule set id/).getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await form.getByLabel(/^Rule set id/).getAttribute('aria-describedby')) ?? '';
    const fieldError = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(fieldError).toMatch(/does not match.*as in CA-2026/);
    await expectAccessible(page, 'rule-set form refused, phone');
    await expectNoHorizontalScroll(page);
  });

  describe('on a desktop', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser.close();
    });

    it('is accessible, in English and in Spanish', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      try {
        const page = await context.newPage();
        await signIn(page, baseUrl, accounts.stateAdmin);
        await page.goto(`${baseUrl}/da/rule-sets`);
        const form = page.getByRole('form', { name: 'Write a rule set' });
        await expect.poll(() => form.getByLabel(/^Rule set id/).inputValue()).toBe('CA-2025');
        await expectAccessible(page, 'rule-set form, desktop');

        await page.locator('label[for$="-es"]').first().click();
        await page.waitForFunction(() => document.documentElement.lang === 'es');
        const formulario = page.getByRole('form', { name: 'Escribir un conjunto de reglas' });
        await formulario
          .getByText('Las cuadrículas se copian tal cual de CA-2025', { exact: false })
          .waitFor();
        await formulario.getByRole('button', { name: 'Guardar el conjunto de reglas' }).waitFor();
        await page.getByRole('button', { name: 'Avanzado: JSON' }).click();
        await page.getByLabel('Conjuntos de reglas (JSON)').waitFor();
        await expectAccessible(page, 'rule-set form, Spanish');
        // the language is kept per user: give the shared account its English back
        await page.locator('label[for$="-en"]').first().click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      } finally {
        await context.close();
      }
    });
  });
});
