import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/eligibility-cases';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });
const dir = path.join(repoRoot, 'tests/cases/da-cde/2024');

describe("a state administrator on a phone uploads the CDE's Dashboard files", () => {
  it('chooses several .txt files as downloaded, sees each file read and the rows left out, and runs the year', async () => {
    await signIn(phone.page, baseUrl, accounts.stateAdmin);
    await phone.page.goto(`${baseUrl}/da/upload`);
    await phone.page.getByRole('heading', { name: 'Upload Dashboard files', level: 1 }).waitFor();
    await phone.page.locator('input[type="file"]').setInputFiles(
      readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => path.join(dir, name)),
    );
    await phone.page.getByRole('button', { name: 'Read the files' }).click();
    await phone.page.locator('h2:has-text("What was read"), [role="alert"]').first().waitFor();
    await expect(phone.page.getByRole('alert').allTextContents()).resolves.toEqual([]);
    await phone.page.getByRole('heading', { name: "Read from the CDE's files" }).waitFor();
    await expect(
      phone.page
        .getByText(
          'chronicdownload2024.txt: Chronic absenteeism, 2024 (told by its columns and its name) · 1 rows, 1 LEA rows, 0 left out',
        )
        .count(),
    ).resolves.toBe(1);
    await expect(
      phone.page.getByText(/^Student groups: Hispanic, .*Long-term English learners$/).count(),
    ).resolves.toBe(1);
    await expect(phone.page.getByText('school of a district (not an LEA): 1').count()).resolves.toBe(1);
    await expectNoHorizontalScroll(phone.page);
    await expectAccessible(phone.page, 'DA upload of CDE files');

    await phone.page
      .locator('input[type="file"]')
      .nth(1)
      .setInputFiles(path.join(repoRoot, 'tests/cases/da-cde/lists/assistance-status2024.txt'));
    await phone.page.getByRole('button', { name: 'Check', exact: true }).click();
    await phone.page.getByText("1 LEAs agree with the CDE's list, 1 differ").waitFor();
    await phone.page
      .getByRole('heading', { name: /^Rows that explain the difference: Oak Valley Charter Academy/ })
      .waitFor();
    await expectNoHorizontalScroll(phone.page);
    await expectAccessible(phone.page, "DA check against the CDE's list");

    await phone.page.getByRole('button', { name: 'Run the 2024 determination' }).click();
    await phone.page.getByRole('heading', { name: 'Differentiated assistance', level: 1 }).waitFor();
    const row = phone.page.getByRole('row').filter({ hasText: '30000000000001' });
    await row.waitFor();
    await expect(row.getByText('Eligible', { exact: true }).count()).resolves.toBe(1);
  });
});
