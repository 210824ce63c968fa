import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession } from '../support/browser-api';
import { repoRoot } from '../support/eligibility-cases';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const sample = path.join(repoRoot, 'tests/cases/qualifications/sample.csv');
const phone = phonePage({ perTest: false });

describe('the I&R data packet', () => {
  it('a state administrator imports qualification history on a phone, and a broken file is refused naming line and column', async () => {
    await signIn(phone.page, baseUrl, accounts.stateAdmin);
    await phone.page.goto(`${baseUrl}/reports/qualifications/import`);
    await phone.page.getByRole('heading', { name: 'Import qualification history', level: 1 }).waitFor();
    await phone.page.locator('input[type="file"]').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'student_id,coe_id,region,birth_date,qad,residency_date,recruitment_date,worker_move_date,moved_with_worker\nS1,C1,5,2012-01-01,2021-13-01,2021-06-22,2021-12-22,2021-03-03,N\n',
      ),
    });
    await phone.page.getByRole('button', { name: 'Import' }).click();
    await expect(phone.page.getByRole('alert').textContent()).resolves.toContain(
      'broken.csv, line 2, column 5 (qad)',
    );

    await phone.page.locator('input[type="file"]').setInputFiles(sample);
    await phone.page.getByRole('button', { name: 'Import' }).click();
    await phone.page.getByText('129 rows read: 129 new, 0 changed, 0 already imported.').waitFor();
    await expectAccessible(phone.page, 'qualification import');
    await expectNoHorizontalScroll(phone.page);
  });

  it('shows region 5 beside the state, with charts, tables and readings, and keeps the team protocol', async () => {
    await phone.page.goto(`${baseUrl}/reports/data-packet?from=2017-18&to=2021-22&region=5`);
    await phone.page.getByRole('heading', { name: 'I&R data packet', level: 1 }).waitFor();
    const figure2 = phone.page.getByRole('region', {
      name: 'Figure 2. Percent newly qualified',
      exact: true,
    });
    await figure2.waitFor();
    // The charting library is fetched when the first figure is drawn: wait for the chart itself.
    await figure2
      .getByRole('img', { name: 'Chart: Figure 2. Percent newly qualified' })
      .locator('svg')
      .first()
      .waitFor();
    await expect(
      figure2
        .getByText(
          /^0 percent were newly qualified in 2021-22, 75 points lower than 2020-21 \(the state: [\d.]+ percent\)\.$/,
        )
        .count(),
    ).resolves.toBe(1);
    const row = figure2.getByRole('row', { name: /2020-21/ });
    await expect(row.textContent()).resolves.toContain('75%');

    // Figure 3 as the packet defines it, and beside it the engine's basis, each with its definition.
    const figure3 = phone.page.getByRole('region', { name: /^Figure 3\. / });
    await expect(figure3.textContent()).resolves.toContain('recorded as made with the worker');
    const figure3b = phone.page.getByRole('region', { name: /^Figure 3b\. / });
    await expect(figure3b.textContent()).resolves.toContain('to join or precede the worker');
    const families = phone.page.getByRole('region', {
      name: 'Percent of families identified within 90 days of the QAD',
      exact: true,
    });
    await expect(families.textContent()).resolves.toContain('first COE of the period');
    const newFamilies = phone.page.getByRole('region', { name: 'New families', exact: true });
    await expect(newFamilies.getByText(/new families were recruited in 2021-22/).count()).resolves.toBe(1);
    const referrals = phone.page.getByRole('region', {
      name: 'Referrals per quarter, by source (2021-22)',
      exact: true,
    });
    await expect(referrals.getByRole('row', { name: /Q1 All sources/ }).count()).resolves.toBe(1);
    await expectAccessible(phone.page, 'data packet');
    await expectNoHorizontalScroll(phone.page);

    await phone.page
      .getByLabel('1. Just the facts: what do the data say?')
      .fill('No newly qualified students in 2021-22.');
    await phone.page.getByRole('button', { name: 'Save' }).click();
    await phone.page.getByText(/^Saved by /).waitFor();
    await phone.page.reload();
    await expect(
      phone.page.getByLabel('1. Just the facts: what do the data say?').inputValue(),
    ).resolves.toBe('No newly qualified students in 2021-22.');
  });

  it('reads in Spanish, with the definitions and the referrals per quarter', async () => {
    await phone.page.goto(`${baseUrl}/reports/data-packet?from=2017-18&to=2021-22&region=5`);
    const admin = await apiSession(accounts.stateAdmin);
    await admin('PATCH', '/auth/me', { language: 'es' });
    await phone.page.reload();
    await phone.page.getByRole('region', { name: /^Figura 3b\. / }).waitFor();
    await expect(
      phone.page
        .getByRole('region', { name: 'Referencias por trimestre, por fuente (2021-22)', exact: true })
        .count(),
    ).resolves.toBe(1);
    await expectAccessible(phone.page, 'data packet in Spanish');
    await admin('PATCH', '/auth/me', { language: 'en' });
    await phone.page.reload();
    await phone.page.getByRole('heading', { name: 'I&R data packet', level: 1 }).waitFor();
  });
});
