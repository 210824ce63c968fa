import { beforeAll, describe, expect, inject, it } from 'vitest';
import { serviceBody } from '../factories';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

/** A program year no other browser test writes in, so that closing it disturbs none. */
const YEAR = '2008-09';

describe('the Data Close on a phone (MN6)', () => {
  let regionId: string;

  beforeAll(async () => {
    const director = await apiSession(accounts.regionDirector);
    regionId = ((await director('GET', '/auth/me')) as { user: { regionId: string } }).user.regionId;
    // A service of 2008-09 that never got its actual dates.
    await director(
      'POST',
      '/services',
      serviceBody({
        regionId,
        code: 'DC-PAGE-1',
        name: 'Migrant summer school',
        term: 'RSY',
        startDate: '2008-09-02',
        endDate: '2009-05-29',
      }),
    );
  });

  it('the region director sees the service without actual dates, linked to where it is fixed', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.regionDirector);
    await page.goto(`${baseUrl}/monitoring/data-close?programYear=${YEAR}`);
    const missing = page.getByRole('region', { name: /^Services without actual start or end dates/ });
    await missing.getByText('DC-PAGE-1 · Migrant summer school', { exact: true }).waitFor();
    await page.getByRole('status').getByText('Open', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: `Close ${YEAR}` }).count()).toBe(0);
    await expectAccessible(page, 'Data Close (region director)');
    await expectNoHorizontalScroll(page);

    await missing.getByRole('link', { name: /^Enter the dates – DC-PAGE-1/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit service' }).waitFor();
    expect(page.url()).toMatch(/\/services\/[0-9a-f-]+\/edit$/);
  });

  it('in September the data specialist’s home page counts the year’s incomplete records, linking to the checklist', async () => {
    const page = phone.page;
    await page.clock.setFixedTime(new Date('2026-09-15T18:00:00Z'));
    await signIn(page, baseUrl, accounts.dataSpecialist);
    const card = page.getByRole('heading', { level: 2, name: 'Data Close of 2025-26' });
    await card.waitFor();
    await expectAccessible(page, 'Home page with the Data Close card');
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: 'Open the Data Close checklist' }).click();
    await page.getByRole('heading', { level: 1, name: 'Data Close' }).waitFor();
    await page.getByRole('textbox', { name: 'Program year' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Program year' }).inputValue()).toBe('2025-26');
  });

  it('the state administrator closes the year with the keyboard, and its service can no longer be edited', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.goto(`${baseUrl}/monitoring/data-close?programYear=${YEAR}&regionId=${regionId}`);
    await page.getByText('DC-PAGE-1 · Migrant summer school', { exact: true }).waitFor();
    await expectAccessible(page, 'Data Close (state administrator, open year)');

    await page.getByRole('textbox', { name: 'Note (optional)' }).fill('September Data Close');
    const close = page.getByRole('button', { name: `Close ${YEAR}` });
    await close.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Closed', { exact: true }).waitFor();
    await page.getByText(`The program year ${YEAR} is closed: its services`).waitFor();
    await page.getByRole('button', { name: `Reopen ${YEAR}` }).waitFor();
    await expectAccessible(page, 'Data Close (state administrator, closed year)');
    await expectNoHorizontalScroll(page);

    // The service of the closed year refuses a change, naming the year.
    await page.getByRole('link', { name: /^Enter the dates – DC-PAGE-1/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit service' }).waitFor();
    await page.getByLabel('Actual start').fill('2008-09-02');
    await page.getByRole('button', { name: 'Save service' }).click();
    await page
      .getByText(/The program year 2008-09 is closed: its records can no longer be changed/)
      .waitFor();
    await expectAccessible(page, 'A service of a closed year refusing a change');
    await expectNoHorizontalScroll(page);
  });
});
