import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const LIST = [
  'Student ID,Nombre,Apellidos,Fecha Nac,DstEnterDt,Enter Date,Hispanic?,Guardian,Phone',
  '9001,Rocío,Villaseñor Paz,2013-04-05,02/22/21,02/22/21,Y,Elena Paz,(209) 555-0199',
  '9002,Tomás,,2014-01-01,,,,,',
].join('\n');
const phone = phonePage({ perTest: false });

describe('referrals on a phone', () => {
  it('an I&R manager imports a district list through the mapping step, sees the skipped row named, and assigns the referral', async () => {
    await signIn(phone.page, baseUrl, accounts.irManager);
    await phone.page.goto(`${baseUrl}/referrals/import`);
    await phone.page.getByRole('heading', { name: 'Import a referral list', level: 1 }).waitFor();
    await phone.page.getByRole('textbox', { name: 'District' }).click();
    await phone.page.getByRole('option').first().click();
    await phone.page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'nuevos.csv', mimeType: 'text/csv', buffer: Buffer.from(LIST) });
    await phone.page.getByRole('button', { name: 'Read the file' }).click();
    await phone.page.getByRole('heading', { name: 'Which column holds what' }).waitFor();
    // Spanish column names the guess does not know: choose them by hand.
    await phone.page.getByRole('textbox', { name: 'Last name (first surname)' }).click();
    await phone.page.getByRole('option', { name: 'Apellidos', exact: true }).click();
    await phone.page.getByRole('textbox', { name: 'Birth date' }).click();
    await phone.page.getByRole('option', { name: 'Fecha Nac', exact: true }).click();
    await expectAccessible(phone.page, 'referral mapping');
    await phone.page.getByRole('button', { name: 'Import', exact: true }).click();
    await phone.page
      .getByText('2 rows read: 1 added, 0 already listed, 0 prior migrants recognized, 1 skipped.')
      .waitFor();
    await expect(
      phone.page.getByText('Line 3, column Apellidos: lastSurname is empty').count(),
    ).resolves.toBe(1);
    await expectNoHorizontalScroll(phone.page);

    await phone.page.goto(`${baseUrl}/referrals?assignee=unassigned`);
    const card = phone.page.getByRole('listitem').filter({ hasText: 'Rocío Villaseñor Paz' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Priority 2');
    await card.getByRole('checkbox').check();
    await phone.page.getByRole('textbox', { name: 'Assign the selected to' }).click();
    await phone.page.getByRole('option').first().click();
    await phone.page.getByRole('button', { name: 'Assign 1 referral' }).click();
    await phone.page.getByText('1 referral assigned.').waitFor();
    await expectAccessible(phone.page, 'contact queue');
    await phone.page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('the recruiter sees the quota, logs a contact, and goes on to the interview with the family carried over', async () => {
    await signIn(phone.page, baseUrl, accounts.recruiter);
    await phone.page.getByRole('heading', { name: "Today's contacts" }).waitFor();
    await phone.page.goto(`${baseUrl}/referrals`);
    await phone.page.getByRole('link', { name: 'Rocío Villaseñor Paz' }).click();
    await phone.page.getByRole('heading', { name: 'Rocío Villaseñor Paz', level: 1 }).waitFor();
    await expect(phone.page.getByText('Dates are the same (new to the district)').count()).resolves.toBe(1);
    await phone.page.getByRole('textbox', { name: 'Outcome' }).click();
    await phone.page.getByRole('option', { name: 'Interview scheduled' }).click();
    await phone.page.getByLabel('Notes').fill('Sábado a las 10');
    await phone.page.getByRole('button', { name: 'Save the contact' }).click();
    await phone.page
      .getByRole('list', { name: 'Family contact log' })
      .getByRole('listitem')
      .filter({ hasText: 'Interview scheduled' })
      .waitFor();
    await expectAccessible(phone.page, 'referral page');
    await expectNoHorizontalScroll(phone.page);
    await phone.page.getByRole('link', { name: 'Start the interview with this family' }).click();
    await phone.page.waitForURL(/\/interview\?referral=/);
    await phone.page.waitForFunction(() =>
      [...document.querySelectorAll('input')].some((input) => input.value === 'Villaseñor Paz'),
    );
  });
});
