import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, expectAccessible, expectNoHorizontalScroll, launchChromium, signIn } from '../support/browser';
import { repoRoot } from '../support/eligibility-cases';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const sample = path.join(repoRoot, '../shared/contracts/qualifications/examples/sample.csv');
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

describe('the I&R data packet', () => {
  it('a state administrator imports qualification history on a phone, and a broken file is refused naming line and column', async () => {
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.goto(`${baseUrl}/reports/qualifications/import`);
    await page.getByRole('heading', { name: 'Import qualification history', level: 1 }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('student_id,coe_id,region,birth_date,qad,residency_date,recruitment_date,worker_move_date,moved_with_worker\nS1,C1,5,2012-01-01,2021-13-01,2021-06-22,2021-12-22,2021-03-03,N\n') });
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('broken.csv, line 2, column 5 (qad)');

    await page.locator('input[type="file"]').setInputFiles(sample);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('129 rows read: 129 new, 0 changed, 0 already imported.').waitFor();
    await expectAccessible(page, 'qualification import');
    await expectNoHorizontalScroll(page);
  });

  it('shows region 5 beside the state, with charts, tables and readings, and keeps the team protocol', async () => {
    await page.goto(`${baseUrl}/reports/data-packet?from=2017-18&to=2021-22&region=5`);
    await page.getByRole('heading', { name: 'I&R data packet', level: 1 }).waitFor();
    const figure2 = page.getByRole('region', { name: 'Figure 2. Percent newly qualified', exact: true });
    await figure2.waitFor();
    await expect(figure2.getByRole('img', { name: 'Chart: Figure 2. Percent newly qualified' }).locator('svg').count()).resolves.toBeGreaterThan(0);
    await expect(figure2.getByText(/^0 percent were newly qualified in 2021-22, 75 points lower than 2020-21 \(the state: [\d.]+ percent\)\.$/).count()).resolves.toBe(1);
    const row = figure2.getByRole('row', { name: /2020-21/ });
    await expect(row.textContent()).resolves.toContain('75%');
    await expectAccessible(page, 'data packet');

    await page.getByLabel('1. Just the facts: what do the data say?').fill('No newly qualified students in 2021-22.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/^Saved by /).waitFor();
    await page.reload();
    await expect(page.getByLabel('1. Just the facts: what do the data say?').inputValue()).resolves.toBe('No newly qualified students in 2021-22.');
  });
});
