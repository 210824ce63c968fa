import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
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
    await expectAccessible(phone.page, 'data packet');

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
});
