import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  animationsSettled,
  expectAccessible,
  expectNoHorizontalScroll,
  phonePage,
  signIn,
} from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const PDF = '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n';
const accounts = inject('accounts');
const phone = phonePage();

describe('the SDP development on a phone', () => {
  afterAll(async () => {
    const admin = await apiSession(accounts.stateAdmin);
    await admin('PATCH', '/auth/me', { language: 'en' });
  });

  it('the state administrator starts a development, charts a goal and a need, and is told the need has no strategy', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'SDP development' }).click();
    await page
      .getByRole('heading', { name: 'Developing the State Service Delivery Plan', level: 1 })
      .waitFor();
    const start = page.getByRole('form', { name: 'Start tracking a development' });
    await start.getByRole('textbox', { name: /^Name/ }).fill('Browser SDP 2027');
    await start.getByRole('button', { name: 'Start tracking a development' }).click();
    await page.getByRole('heading', { name: 'Browser SDP 2027', level: 1 }).waitFor();

    await page.getByRole('checkbox', { name: /^Identify and recruit Management Team members/ }).check();
    await expectAccessible(page, 'SDP process');
    await expectNoHorizontalScroll(page);

    // A comment recorded meanwhile reloads the development but keeps the edits not yet saved.
    await page.getByRole('tab', { name: 'Stakeholder feedback' }).click();
    const feedback = page.getByRole('form', { name: 'Record feedback on the draft' });
    await feedback.getByRole('textbox', { name: /^Comment/ }).fill('Add a goal for reading.');
    await feedback.getByRole('button', { name: 'Record the feedback' }).click();
    await page.getByText('Add a goal for reading.').waitFor();
    await page.getByRole('tab', { name: 'Process' }).click();
    await expect
      .poll(() =>
        page.getByRole('checkbox', { name: /^Identify and recruit Management Team members/ }).isChecked(),
      )
      .toBe(true);
    await page.getByText('You have changes that are not saved.').waitFor();

    await page.getByRole('tab', { name: 'Alignment chart' }).click();
    const add = page.getByRole('form', { name: 'Add to the chart' });
    await add.getByRole('textbox', { name: /^Number or short name/ }).fill('G1');
    await add.getByRole('textbox', { name: /^Text/ }).fill('All migratory students read at grade level');
    await add.getByRole('textbox', { name: /^Measure of interim progress/ }).fill('+3 points a year');
    await add.getByRole('button', { name: 'Add the record' }).click();
    await add.getByRole('textbox', { name: /^Component/ }).click();
    await page.getByRole('option', { name: 'Needs assessment findings' }).click();
    await add.getByRole('textbox', { name: /^Number or short name/ }).fill('N1');
    await add.getByRole('textbox', { name: /^Text/ }).fill('Reading below grade level');
    await add.getByRole('textbox', { name: /^Long-term goals it serves/ }).click();
    await page.getByRole('option', { name: /^G1/ }).click();
    await page.keyboard.press('Escape');
    await add.getByRole('button', { name: 'Add the record' }).click();
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('Need N1 has no strategy.').waitFor();
    await animationsSettled(page);
    await expectAccessible(page, 'alignment chart');
    await expectNoHorizontalScroll(page);
  });

  it('the administrator uploads the planning team list as an outcome and sees it in the list; a program is refused; a removal is confirmed first', async () => {
    const page = phone.page;
    await page.getByRole('tab', { name: 'Process' }).click();
    const upload = page.getByRole('form', { name: /^Upload a file as an outcome of / }).first();
    await upload.getByRole('textbox', { name: /^Kind of outcome/ }).click();
    await page.getByRole('option', { name: 'Team member list' }).click();
    await upload.getByRole('textbox', { name: /^Title/ }).fill('Planning team members');
    await upload.locator('input[type="file"]').setInputFiles({
      name: 'planning-team.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(PDF),
    });
    await upload.getByRole('button', { name: 'Upload the file' }).click();
    await page.getByRole('link', { name: 'Download planning-team.pdf' }).waitFor();
    await page.getByText('Team member list: Planning team members').waitFor();
    await animationsSettled(page);
    await expectAccessible(page, 'an outcome’s file');
    await expectNoHorizontalScroll(page);

    await upload.locator('input[type="file"]').setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    await upload.getByRole('button', { name: 'Upload the file' }).click();
    await upload.getByText(/setup\.exe is not a PDF, image, Word, Excel, CSV or text file/).waitFor();

    await upload.locator('input[type="file"]').setInputFiles({
      name: 'old-agenda.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(PDF),
    });
    await upload.getByRole('button', { name: 'Upload the file' }).click();
    await page.getByRole('link', { name: 'Download old-agenda.pdf' }).waitFor();
    await page.getByRole('button', { name: 'Remove the file old-agenda.pdf' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove this file?' });
    await dialog.waitFor();
    await animationsSettled(page);
    await expectAccessible(page, 'removing an outcome’s file');
    await dialog.getByRole('button', { name: 'Remove the file' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('link', { name: 'Download old-agenda.pdf' }).count()).toBe(0);
    await expect(page.getByRole('link', { name: 'Download planning-team.pdf' }).count()).resolves.toBe(1);
  });

  it('reads in Spanish', async () => {
    const page = phone.page;
    const admin = await apiSession(accounts.stateAdmin);
    await admin('PATCH', '/auth/me', { language: 'es' });
    await page.reload();
    await page.getByRole('heading', { name: 'Browser SDP 2027', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Tabla de alineación' }).click();
    await page.getByText('La necesidad N1 no tiene estrategia.').waitFor();
    await expectAccessible(page, 'alignment chart in Spanish');
    await expectNoHorizontalScroll(page);
  });
});
