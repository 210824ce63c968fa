import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

describe('Priority for Services on a phone', () => {
  it('a data specialist records a school status on a child’s page with the keyboard, and removes it', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    const specialist = await apiSession(accounts.dataSpecialist);
    const child = (await specialist('GET', '/children?q=Perez-Gomez')).items[0] as { id: string };

    await page.goto(`${baseUrl}/children/${child.id}`);
    const card = page.getByRole('region', { name: 'Priority for Services' });
    await card.getByText(/^Not Priority for Services on /).waitFor();
    await card.getByText(/^Order of service: /).waitFor();
    await card.getByText('No credit deficiency or dropping out recorded.').waitFor();

    await card.getByRole('button', { name: 'Record a school status' }).focus();
    await page.keyboard.press('Enter');
    const form = card.getByRole('form', { name: 'Record a school status' });
    await form.getByRole('textbox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Dropped out' }).click();
    await form.getByLabel('From').fill('2026-11-02');
    await form.getByLabel('To (once over)').fill('2026-11-01');
    await form.getByText('The last day is before the first day.').waitFor();
    await form.getByLabel('To (once over)').fill('');
    await form.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await card.getByText('Saved. Priority for Services is determined again from the records.').waitFor();
    await card.getByText('Since Nov 2, 2026', { exact: true }).waitFor();
    await card.getByText('Dropped out since Nov 2, 2026').waitFor();
    await expectAccessible(page, 'child page with Priority for Services');
    await expectNoHorizontalScroll(page);

    await card.getByRole('button', { name: 'Remove Dropped out from Nov 2, 2026' }).click();
    await card.getByText('No credit deficiency or dropping out recorded.').waitFor();
  });

  it('lists a region’s PFS children for a term, in English and Spanish', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/pfs`);
    await page.getByRole('heading', { name: 'Priority for Services', level: 1 }).waitFor();
    await page.getByText(/^\d+ Priority for Services children of \d+ eligible during the term$/).waitFor();
    const notServed = page.getByRole('switch', { name: 'Only children not served yet' });
    await notServed.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/notServed=true/);
    await expect(page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).resolves.toMatch(
      /\/api\/pfs\/export\?.*format=csv/,
    );
    const criteria = page.getByRole('region', { name: 'Priority for Services criteria' });
    await expect(criteria.getByRole('textbox', { name: 'Window 1 from (MM-DD)' }).inputValue()).resolves.toBe(
      '09-01',
    );
    await criteria.getByText('California: 09-01 to 12-20, 01-01 to 06-11').waitFor();
    await expect(criteria.getByText('California: levels 1, 2').count()).resolves.toBe(3);
    await expect(criteria.getByText('California: yes').count()).resolves.toBe(2);
    await expect(criteria.getByRole('button', { name: 'Save criteria' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'Priority for Services list');
    await expectNoHorizontalScroll(page);

    await page.locator('label[for$="-es"]').click();
    await page.getByRole('heading', { name: 'Prioridad de servicios', level: 1 }).waitFor();
    await page.getByRole('switch', { name: 'Solo los niños aún no atendidos' }).waitFor();
    await page
      .getByRole('region', { name: 'Criterios de prioridad de servicios' })
      .getByText('California: del 09-01 al 12-20, del 01-01 al 06-11')
      .waitFor();
    await expectAccessible(page, 'Priority for Services list in Spanish');
    // The language is kept per user: give the shared account its English back for the other tests.
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });
});
