import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, expectAccessible, expectNoHorizontalScroll, launchChromium, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const LIST = ['Student ID,Nombre,Apellidos,Fecha Nac,DstEnterDt,Enter Date,Hispanic?,Guardian,Phone', '9001,Rocío,Villaseñor Paz,2013-04-05,02/22/21,02/22/21,Y,Elena Paz,(209) 555-0199', '9002,Tomás,,2014-01-01,,,,,'].join('\n');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('referrals on a phone', () => {
  it('an I&R manager imports a district list through the mapping step, sees the skipped row named, and assigns the referral', async () => {
    await signIn(page, baseUrl, accounts.irManager);
    await page.goto(`${baseUrl}/referrals/import`);
    await page.getByRole('heading', { name: 'Import a referral list', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'District' }).click();
    await page.getByRole('option').first().click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'nuevos.csv', mimeType: 'text/csv', buffer: Buffer.from(LIST) });
    await page.getByRole('button', { name: 'Read the file' }).click();
    await page.getByRole('heading', { name: 'Which column holds what' }).waitFor();
    // Spanish column names the guess does not know: choose them by hand.
    await page.getByRole('textbox', { name: 'Last name (first surname)' }).click();
    await page.getByRole('option', { name: 'Apellidos', exact: true }).click();
    await page.getByRole('textbox', { name: 'Birth date' }).click();
    await page.getByRole('option', { name: 'Fecha Nac', exact: true }).click();
    await expectAccessible(page, 'referral mapping');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('2 rows read: 1 added, 0 already listed, 0 prior migrants recognized, 1 skipped.').waitFor();
    await expect(page.getByText('Line 3, column Apellidos: lastSurname is empty').count()).resolves.toBe(1);
    await expectNoHorizontalScroll(page);

    await page.goto(`${baseUrl}/referrals?assignee=unassigned`);
    const card = page.getByRole('listitem').filter({ hasText: 'Rocío Villaseñor Paz' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Priority 2');
    await card.getByRole('checkbox').check();
    await page.getByRole('textbox', { name: 'Assign the selected to' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Assign 1 referral' }).click();
    await page.getByText('1 referral assigned.').waitFor();
    await expectAccessible(page, 'contact queue');
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('the recruiter sees the quota, logs a contact, and goes on to the interview with the family carried over', async () => {
    await signIn(page, baseUrl, accounts.recruiter);
    await page.getByRole('heading', { name: "Today's contacts" }).waitFor();
    await page.goto(`${baseUrl}/referrals`);
    await page.getByRole('link', { name: 'Rocío Villaseñor Paz' }).click();
    await page.getByRole('heading', { name: 'Rocío Villaseñor Paz', level: 1 }).waitFor();
    await expect(page.getByText('Dates are the same (new to the district)').count()).resolves.toBe(1);
    await page.getByRole('textbox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: 'Interview scheduled' }).click();
    await page.getByLabel('Notes').fill('Sábado a las 10');
    await page.getByRole('button', { name: 'Save the contact' }).click();
    await page.getByRole('row', { name: /Interview scheduled/ }).waitFor();
    await expectAccessible(page, 'referral page');
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: 'Start the interview with this family' }).click();
    await page.waitForURL(/\/interview\?referral=/);
    await page.waitForFunction(() => [...document.querySelectorAll('input')].some((input) => input.value === 'Villaseñor Paz'));
  });
});
