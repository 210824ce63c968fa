import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: false });

describe('quality-control re-interviews on a phone', () => {
  it('the state admin draws a sample of approved COEs and assigns the reviewer to a region', async () => {
    await signIn(phone.page, baseUrl, accounts.stateAdmin);
    await phone.page.getByRole('button', { name: 'Open menu' }).click();
    await phone.page.getByRole('link', { name: 'Re-interviews' }).click();
    await phone.page.getByRole('heading', { name: 'Quality control re-interviews', level: 1 }).waitFor();
    await phone.page.getByRole('textbox', { name: 'COEs per region' }).fill('2');
    await phone.page.getByRole('textbox', { name: 'Seed (optional)' }).fill('7');
    await phone.page.getByLabel('Approved from').fill('2024-03-01');
    await phone.page.getByLabel('Approved to').fill('2024-03-31');
    await phone.page.getByRole('button', { name: 'Draw the sample' }).click();
    await phone.page.getByRole('heading', { name: 'Sampled COEs by region' }).waitFor();
    await expect(phone.page.getByRole('link', { name: /^COE [0-9a-f]{8}$/ }).count()).resolves.toBe(2);
    await expect(phone.page.getByText('No results yet').count()).resolves.toBeGreaterThan(0);

    await phone.page.getByRole('checkbox', { name: 'Select all not yet done' }).check();
    await phone.page.getByRole('textbox', { name: 'Re-interviewer' }).click();
    await phone.page.getByRole('option', { name: /^Test reviewer · Designated reviewer/ }).click();
    await phone.page.getByRole('button', { name: 'Assign 2 re-interviews' }).click();
    await phone.page.getByText('2 re-interviews assigned.').waitFor();
    await phone.page.getByText('Re-interviewer: Test reviewer').nth(1).waitFor();
    await expect(phone.page.getByText('No re-interviewer yet').count()).resolves.toBe(0);
    await expectAccessible(phone.page, 'quality control (manager)');
    await expectNoHorizontalScroll(phone.page);
    await phone.page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('the reviewer records a discrepancy with notes and a confirmation', async () => {
    await signIn(phone.page, baseUrl, accounts.reviewer);
    await phone.page.goto(`${baseUrl}/quality-control`);
    await phone.page.getByRole('heading', { name: 'Assigned to you' }).waitFor();
    const forms = phone.page.getByRole('form', { name: /^Result of the re-interview of COE/ });
    await forms.first().waitFor();
    await expect(forms.count()).resolves.toBe(2);
    await expect(phone.page.getByRole('heading', { name: 'Draw a sample' }).count()).resolves.toBe(0);

    // Each form by its COE, so a list refreshed after saving cannot swap them.
    const [firstName, secondName] = await Promise.all([
      forms.nth(0).getAttribute('aria-label'),
      forms.nth(1).getAttribute('aria-label'),
    ]);
    const first = phone.page.getByRole('form', { name: firstName!, exact: true });
    await first.getByRole('radio', { name: 'Discrepancy' }).check();
    // Notes become required for a discrepancy.
    await expect(
      first.getByRole('textbox', { name: /^Notes/ }).getAttribute('required'),
    ).resolves.not.toBeNull();
    await first.getByRole('textbox', { name: /^Notes/ }).fill('Work was permanent');
    await first.getByRole('button', { name: 'Save the result' }).click();
    await first.getByText('Result saved.').waitFor();

    const second = phone.page.getByRole('form', { name: secondName!, exact: true });
    await second.getByRole('radio', { name: 'Confirmed' }).check();
    await second.getByRole('button', { name: 'Save the result' }).click();
    await second.getByText('Result saved.').waitFor();
    await expectAccessible(phone.page, 'quality control (re-interviewer)');
    await expectNoHorizontalScroll(phone.page);
    await phone.page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('the state admin sees the discrepancy rate with its confidence interval', async () => {
    await signIn(phone.page, baseUrl, accounts.stateAdmin);
    await phone.page.goto(`${baseUrl}/quality-control`);
    const overall = phone.page.getByRole('row', { name: /^All regions/ });
    await overall.waitFor();
    await expect(overall.getByRole('cell').allTextContents()).resolves.toEqual([
      '2',
      '2',
      '1',
      '50%',
      expect.stringMatching(/^\d+(\.\d)?% – \d+(\.\d)?%$/),
    ]);
    await expect(phone.page.getByText('Discrepancy', { exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(
      phone.page
        .getByText(
          /^All regions: 50% discrepancies \(95% confidence interval [\d.]+% – [\d.]+%\), 2 of 2 re-interviews completed\.$/,
        )
        .count(),
    ).resolves.toBe(1);
    await expectAccessible(phone.page, 'quality control (rate)');
    await phone.page.getByRole('button', { name: 'Sign out' }).click();
  });
});

describe('eligibility watch lists on a phone', () => {
  it('lists a child whose eligibility ends within 30 days, and records the residency contact of a child in year 2', async () => {
    await signIn(phone.page, baseUrl, accounts.stateAdmin);
    await phone.page.getByRole('button', { name: 'Open menu' }).click();
    await phone.page.getByRole('link', { name: 'Eligibility watch' }).click();
    await phone.page.getByRole('heading', { name: 'Eligibility watch lists', level: 1 }).waitFor();
    const ending = phone.page
      .getByRole('listitem')
      .filter({ has: phone.page.getByRole('link', { name: 'Itzel Bautista Ramírez' }) });
    await ending.waitFor();
    await expect(ending.getByText('Ends in 20 days').count()).resolves.toBe(1);
    await expectAccessible(phone.page, 'eligibility ending soon');
    await expectNoHorizontalScroll(phone.page);

    await phone.page.getByRole('textbox', { name: 'List' }).click();
    await phone.page.getByRole('option', { name: 'Residency contact due' }).click();
    const due = phone.page
      .getByRole('listitem')
      .filter({ has: phone.page.getByRole('link', { name: 'Óscar Méndez Ruiz' }) });
    await due.waitFor();
    await expect(due.getByText('Year 2 of eligibility').count()).resolves.toBe(1);
    await due.getByRole('button', { name: 'Record the residency contact of Óscar Méndez Ruiz' }).click();
    const form = phone.page.getByRole('form', { name: 'Residency contact of Óscar Méndez Ruiz' });
    await form.getByRole('textbox', { name: 'Notes' }).fill('Visitamos a la familia');
    await expectAccessible(phone.page, 'residency contact form');
    await form.getByRole('button', { name: 'Save the contact' }).click();
    await phone.page.getByText('Residency contact recorded for Óscar Méndez Ruiz.').waitFor();
    await due.waitFor({ state: 'detached' });
    await expectNoHorizontalScroll(phone.page);
    await phone.page.getByRole('button', { name: 'Sign out' }).click();
  });
});
