import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

describe('the MSIX exchange on a phone', () => {
  it('a data specialist sees what their region’s records lack and opens a child to fix it, in English and Spanish', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/msix`);
    await page.getByRole('heading', { name: 'MSIX exchange', level: 1 }).waitFor();
    await page.getByText(/^\d+ children: \d+ ready to send, \d+ with problems$/).waitFor();
    const totals = page.getByRole('region', { name: 'Problems per element' });
    await totals.getByText(/^\d+ Qualifying Arrival Date$/).waitFor();
    // The child also has deadlines on the page (X8): the link to fix is the report's.
    const child = page
      .getByRole('region', { name: 'Children whose record has problems' })
      .getByRole('link', { name: 'José Luis Núñez de la Cruz' });
    await expect(child.getAttribute('href')).resolves.toMatch(/^\/children\/[0-9a-f-]{36}$/);
    await page
      .getByText(/A migratory child needs at least one qualifying move/)
      .first()
      .waitFor();
    await expect(page.getByRole('button', { name: 'Export changes to MSIX' }).count()).resolves.toBe(0);
    await expect(
      page
        .getByRole('region', { name: 'Ed-Fi export' })
        .getByRole('link', { name: /^Download the region’s Ed-Fi file for / })
        .getAttribute('href'),
    ).resolves.toMatch(/^\/api\/ed-fi\/export\?period=\d{4}-\d{2}&regionId=[0-9a-f-]{36}$/);
    await expectAccessible(page, 'MSIX validation report');
    await expectNoHorizontalScroll(page);

    await page.locator('label[for$="-es"]').click();
    await page.getByRole('heading', { name: 'Intercambio con MSIX', level: 1 }).waitFor();
    await page.getByText(/^\d+ niños: \d+ listos para enviar, \d+ con problemas$/).waitFor();
    await page.getByRole('heading', { name: 'Niños por corregir' }).waitFor();
    await page
      .getByText(/obligatorio, y Ciclo no tiene ese dato/)
      .first()
      .waitFor();
    await expect(page.getByText(/A migratory child needs/).count()).resolves.toBe(0);
    await expectAccessible(page, 'MSIX validation report in Spanish');
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    await child.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/children\/[0-9a-f-]{36}$/);
  });

  it('the state administrator exports the changes with the keyboard and downloads the file', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.goto(`${baseUrl}/msix`);
    await page.getByRole('heading', { name: 'MSIX exchange', level: 1 }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Region' }).inputValue()).resolves.toBe('The whole state');
    await page.getByText(/^\d+ children: \d+ ready to send, \d+ with problems$/).waitFor();
    await page.getByText('No export has been made yet.').waitFor();
    await page.getByRole('button', { name: 'Export changes to MSIX' }).focus();
    await page.keyboard.press('Enter');
    // The demo's complete records go out (its schools have NCES ids); the others are held back.
    await page.getByText(/^Exported: \d+ inserted, 0 updated, 0 deleted, \d+ held back\.$/).waitFor();
    await page.getByText('Held back until their record is fixed:').waitFor();
    const download = page.getByRole('link', { name: /^Download msix-changes-\d{8}T\d{6}\.csv$/ });
    await expect(download.getAttribute('href')).resolves.toMatch(
      /^\/api\/msix\/exports\/[0-9a-f-]{36}\/file$/,
    );
    const past = page.getByRole('region', { name: 'Past exports to MSIX' });
    await past.getByRole('link', { name: 'Download the file' }).first().waitFor();

    const edFi = page.getByRole('region', { name: 'Ed-Fi export' });
    const edFiLink = edFi.getByRole('link', { name: /^Download the state’s Ed-Fi file for \d{4}-\d{2}$/ });
    const href = await edFiLink.getAttribute('href');
    expect(href).toMatch(/^\/api\/ed-fi\/export\?period=\d{4}-\d{2}$/);
    const file = await page.request.get(`${baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(Object.keys((await file.json()) as object)).toContain(
      'studentMigrantEducationProgramAssociations',
    );
    await expectAccessible(page, 'MSIX export');
    await expectNoHorizontalScroll(page);
  });
});
