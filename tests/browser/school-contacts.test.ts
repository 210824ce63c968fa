import { describe, expect, inject, it } from 'vitest';
import {
  animationsSettled,
  expectAccessible,
  expectNoHorizontalScroll,
  phonePage,
  signIn,
} from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

describe('the school contact log on a phone', () => {
  it('a recruiter logs a drop-in at a school, with the detail each outcome asks for, and sees it in the month’s log', async () => {
    await signIn(phone.page, baseUrl, accounts.recruiter);
    await phone.page.getByRole('button', { name: 'Open menu' }).click();
    await phone.page.getByRole('link', { name: 'School contacts' }).click();
    await phone.page.getByRole('heading', { name: 'School contact log', level: 1 }).waitFor();
    await phone.page.getByText('No school contacts this month.').waitFor();
    await expectAccessible(phone.page, 'school contact log');
    await expectNoHorizontalScroll(phone.page);

    const form = phone.page.getByRole('form', { name: 'Add a contact' });
    await form.getByRole('textbox', { name: /^School/ }).fill('linc');
    await phone.page.getByRole('option', { name: 'Lincoln Elementary' }).click();
    await form.getByRole('textbox', { name: /^Type of attempt/ }).click();
    await phone.page.getByRole('option', { name: 'Drop in' }).click();
    await form.getByRole('checkbox', { name: 'Spoke to secretary, registrar, counselor' }).check();
    await form.getByRole('checkbox', { name: 'Left Migrant Education IDR information/materials' }).check();

    // The detail the source asks for is required: the form is not sent without it.
    await form.getByRole('button', { name: 'Save the contact' }).click();
    await expect(
      form
        .getByRole('textbox', { name: /^Position/ })
        .evaluate((input) => (input as HTMLInputElement).validity.valueMissing),
    ).resolves.toBe(true);
    await expect(phone.page.getByText('Contact saved.').count()).resolves.toBe(0);
    await form.getByRole('textbox', { name: /^Position/ }).fill('registrar');
    await form.getByLabel('Notes').fill('Met the new registrar at the front office');
    await expectAccessible(phone.page, 'school contact form');
    await expectNoHorizontalScroll(phone.page);
    await form.getByRole('button', { name: 'Save the contact' }).click();
    await phone.page.getByRole('status').filter({ hasText: 'Contact saved.' }).waitFor();

    // On a phone the month's contacts are cards, one a contact.
    const table = phone.page.getByRole('list', { name: 'Contacts of the month' });
    const lincoln = table.getByRole('listitem').filter({ hasText: 'Lincoln Elementary' });
    await lincoln.waitFor();
    await expect(
      table.getByText('Spoke to secretary, registrar, counselor (registrar)').count(),
    ).resolves.toBe(1);
    await phone.page.getByText('Contacts: 1 · Schools: 1').waitFor();
    const byType = phone.page
      .getByRole('table')
      .filter({ has: phone.page.getByRole('columnheader', { name: 'By type of attempt' }) });
    await expect(
      byType
        .getByRole('row', { name: /Drop in/ })
        .getByRole('cell')
        .last()
        .textContent(),
    ).resolves.toBe('1');
    await expect(phone.page.getByRole('link', { name: 'Print (PDF)' }).getAttribute('href')).resolves.toMatch(
      /format=pdf&language=en/,
    );
    await expectAccessible(phone.page, 'school contact log with an entry');
    await expectNoHorizontalScroll(phone.page);

    // Edit by keyboard: the form takes the entry, focus moves to it, the change shows in the log.
    await table.getByRole('button', { name: /^Edit the contact of .* with Lincoln Elementary$/ }).focus();
    await phone.page.keyboard.press('Enter');
    const editForm = phone.page.getByRole('form', { name: 'Edit the contact' });
    await expect(
      editForm.getByLabel(/^Date/).evaluate((input) => input === document.activeElement),
    ).resolves.toBe(true);
    await editForm.getByRole('checkbox', { name: 'Obtained EL/newcomer lists' }).check();
    await editForm.getByRole('button', { name: 'Save the contact' }).click();
    await phone.page.getByRole('form', { name: 'Add a contact' }).waitFor();
    await table.getByText('Obtained EL/newcomer lists').waitFor();
    await phone.page.getByText('Contacts: 1 · Schools: 1').waitFor();

    // Delete asks first; keeping it changes nothing.
    await table.getByRole('button', { name: /^Delete the contact of .* with Lincoln Elementary$/ }).click();
    const dialog = phone.page.getByRole('dialog', { name: 'Delete this contact?' });
    await dialog.waitFor();
    await animationsSettled(phone.page);
    await expectAccessible(phone.page, 'delete confirmation');
    await dialog.getByRole('button', { name: 'Keep it' }).first().click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(lincoln.count()).resolves.toBe(1);

    // By keyboard: open the confirmation with Enter, then confirm the deletion.
    await table.getByRole('button', { name: /^Delete the contact of .* with Lincoln Elementary$/ }).focus();
    await phone.page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).focus();
    await phone.page.keyboard.press('Enter');
    await phone.page.getByRole('status').filter({ hasText: 'Contact deleted.' }).waitFor();
    await phone.page.getByText('No school contacts this month.').waitFor();
    await phone.page.getByText('Contacts: 0 · Schools: 0').waitFor();
  });

  it('a recruiter writes the children a school referred, and each joins the queue linked to the contact', async () => {
    await signIn(phone.page, baseUrl, accounts.recruiter);
    await phone.page.goto(`${baseUrl}/school-contacts`);
    const form = phone.page.getByRole('form', { name: 'Add a contact' });
    await form.getByRole('textbox', { name: /^School/ }).fill('linc');
    await phone.page.getByRole('option', { name: 'Lincoln Elementary' }).click();
    await form.getByRole('checkbox', { name: 'Obtained referrals' }).check();
    await form.getByRole('textbox', { name: /^Referrals from whom/ }).fill('the counselor');
    await form.getByRole('button', { name: 'Add a child' }).click();
    const child = form.getByRole('group', { name: 'Child 1' });
    await child.getByRole('textbox', { name: /^First name/ }).fill('Perla');
    await child.getByRole('textbox', { name: /^Last name/ }).fill('Quintanilla');
    await child.getByLabel(/^Birth date/).fill('2017-05-06');
    await child.getByRole('textbox', { name: /^Parent or guardian/ }).fill('Olga Quintanilla');
    await expectAccessible(phone.page, 'school contact form with a referred child');
    await expectNoHorizontalScroll(phone.page);
    await form.getByRole('button', { name: 'Save the contact' }).click();
    await phone.page.getByRole('status').filter({ hasText: 'Contact saved.' }).waitFor();

    const link = phone.page.getByRole('link', { name: /^Perla Quintanilla, born/ });
    await link.click();
    await phone.page.getByRole('heading', { name: /Perla .*Quintanilla/, level: 1 }).waitFor();
    await phone.page.getByText(/^Obtained at a school contact with Lincoln Elementary on /).waitFor();
    await expectAccessible(phone.page, 'referral from a school contact');
  });
});

describe('a school contact someone else changed meanwhile', () => {
  it('is not overwritten: the edit and the deletion are refused, the page says so plainly and shows what is saved', async () => {
    const recruiterApi = await apiSession(accounts.recruiter);
    const { user } = (await recruiterApi('GET', '/auth/me')) as { user: { regionId: string } };
    const schools = (await recruiterApi('GET', `/schools?regionId=${user.regionId}`)) as {
      items: Array<{ id: string; name: string }>;
    };
    const lincoln = schools.items.find((s) => s.name === 'Lincoln Elementary')!;
    const entry = {
      // A month of its own, so that no other test's contact shows beside it.
      contactDate: '2020-02-11',
      schoolId: lincoln.id,
      contactType: 'phone_contact',
      outcomes: [{ code: 'left_materials' }],
      notes: 'Called the office',
    };
    const created = (await recruiterApi('POST', '/school-contacts', entry)) as { id: string };

    await signIn(phone.page, baseUrl, accounts.recruiter);
    await phone.page.goto(`${baseUrl}/school-contacts?month=2020-02`);
    const table = phone.page.getByRole('list', { name: 'Contacts of the month' });
    await table.getByText('Called the office').waitFor();
    await table.getByRole('button', { name: /^Edit the contact of .* with Lincoln Elementary$/ }).click();
    const editForm = phone.page.getByRole('form', { name: 'Edit the contact' });
    await editForm.getByLabel('Notes').fill('My change');
    // Meanwhile the same contact is corrected elsewhere (another tab, a manager).
    await recruiterApi('PUT', `/school-contacts/${created.id}`, {
      ...entry,
      notes: 'Their change',
      version: 1,
    });
    await editForm.getByRole('button', { name: 'Save the contact' }).click();
    await phone.page
      .getByRole('alert')
      .filter({
        hasText: 'Someone else changed this contact since you opened it, so your change was not saved.',
      })
      .waitFor();
    await expect(editForm.getByLabel('Notes').inputValue()).resolves.toBe('Their change');
    await table.getByText('Their change').waitFor();
    await expectAccessible(phone.page, 'school contact changed meanwhile');
    await editForm.getByLabel('Notes').fill('My change, again');
    await editForm.getByRole('button', { name: 'Save the contact' }).click();
    await phone.page.getByRole('status').filter({ hasText: 'Contact saved.' }).waitFor();
    await table.getByText('My change, again').waitFor();

    // A deletion at the version shown is refused when the contact changed since; nothing is deleted.
    await table.getByRole('button', { name: /^Delete the contact of .* with Lincoln Elementary$/ }).click();
    const dialog = phone.page.getByRole('dialog', { name: 'Delete this contact?' });
    await dialog.waitFor();
    await recruiterApi('PUT', `/school-contacts/${created.id}`, {
      ...entry,
      notes: 'Changed once more',
      version: 3,
    });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await phone.page
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this contact since you opened it, so it was not deleted.' })
      .waitFor();
    await table.getByText('Changed once more').waitFor();
    await table.getByRole('button', { name: /^Delete the contact of .* with Lincoln Elementary$/ }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await phone.page.getByRole('status').filter({ hasText: 'Contact deleted.' }).waitFor();
    await expect(table.getByText('Changed once more').count()).resolves.toBe(0);
  });
});
