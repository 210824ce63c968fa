import { describe, expect, inject, it } from 'vitest';
import { dateParts, daysInMonth } from '../../src/core/common/calendar-date';
import { todayInState } from '../../src/usecases/clock';
import { apiSession } from '../support/browser-api';
import {
  animationsSettled,
  expectAccessible,
  expectNoHorizontalScroll,
  phonePage,
  signIn,
} from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: false });
const today = todayInState();
const { year, month, day } = dateParts(today);
const lastDay = daysInMonth(year, month);
let referralUrl = '';

describe('referrals entered by hand, priority overrides and working days, on a phone', () => {
  it('the I&R manager enters a referral by hand with its source, the server naming a field it refuses, and sees it in the queue', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.irManager);
    await page.goto(`${baseUrl}/referrals`);
    await page.getByRole('button', { name: 'New referral' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enter a referral by hand' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'District', exact: true }).click();
    await page.getByRole('option').first().click();
    await dialog.getByRole('textbox', { name: 'Where it came from' }).click();
    await page.getByRole('option', { name: 'School or district list' }).click();
    await dialog.getByRole('textbox', { name: 'First name' }).fill('Itzel');
    await dialog.getByRole('textbox', { name: 'Last name (first surname)' }).fill('Quintana');
    await dialog.getByRole('textbox', { name: 'Second surname' }).fill('Ruiz');
    await dialog.getByLabel('District enter date').fill('2026-01-12');
    await dialog.getByLabel('School enter date').fill('2026-01-12');
    // the list's box is unchecked although the dates are equal: the dates-equal rule is not met
    await dialog.getByRole('radio', { name: 'Not checked' }).check();
    await dialog.getByRole('checkbox', { name: 'Hispanic' }).check();
    await dialog.getByRole('textbox', { name: 'Parent or guardian' }).fill('Marisol Ruiz');
    // no birth date: the server names the field, under it
    await dialog.getByRole('button', { name: 'Enter the referral' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'must be a real date' }).waitFor();
    await expect(dialog.getByLabel('Birth date').getAttribute('aria-invalid')).resolves.toBe('true');
    await animationsSettled(page);
    await expectAccessible(page, 'new referral dialog');
    await expectNoHorizontalScroll(page);
    await dialog.getByLabel('Birth date').fill('2015-06-20');
    await dialog.getByRole('button', { name: 'Enter the referral' }).click();
    await page.getByText('Itzel Quintana Ruiz is in the queue with priority 3.').waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'Itzel Quintana Ruiz' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Priority 3');
    await expectAccessible(page, 'contact queue after entering a referral');
    await card.getByRole('link', { name: 'Itzel Quintana Ruiz' }).click();
    await page.getByRole('heading', { name: 'Itzel Quintana Ruiz', level: 1 }).waitFor();
    referralUrl = page.url();
    await page.getByText('Source: School or district list').waitFor();
  });

  it('the manager overrides its priority with a reason, told plainly when someone changed it meanwhile, and sees it beside the rules’ reasons', async () => {
    const page = phone.page;
    const form = page.getByRole('form', { name: 'Override the priority' });
    await form.getByRole('textbox', { name: 'Priority', exact: true }).fill('1');
    await form
      .getByRole('textbox', { name: 'Reason', exact: true })
      .fill('The family leaves for Oregon next week');
    // meanwhile another manager's session sets a priority: the page's version is stale
    const other = await apiSession(accounts.irManager);
    const id = referralUrl.split('/').pop()!;
    const current = await other('GET', `/referrals/${id}`);
    await other('PUT', `/referrals/${id}/priority`, {
      priority: 2,
      reason: 'Asked by the school',
      version: current.version,
    });
    await form.getByRole('button', { name: 'Save the priority' }).click();
    await form.getByRole('alert').filter({ hasText: 'Someone else changed this referral' }).waitFor();
    // read again: the other manager's override shows, and saving again succeeds
    await page.getByText('Reason: Asked by the school').waitFor();
    await form.getByRole('button', { name: 'Save the priority' }).click();
    await form.getByRole('status').filter({ hasText: 'Priority saved' }).waitFor();
    await page.getByText('Priority 1, set by a manager').waitFor();
    await page.getByText('Reason: The family leaves for Oregon next week').waitFor();
    await page.getByText("The region's rules give priority 3:").waitFor();
    await expect(
      page.getByRole('list', { name: 'Rules the referral meets' }).getByRole('listitem').allTextContents(),
    ).resolves.toEqual(['Hispanic']);
    await expect(page.getByRole('heading', { level: 1 }).locator('..').textContent()).resolves.toContain(
      'Priority 1',
    );
    await expectAccessible(page, 'referral with a priority override');
    await expectNoHorizontalScroll(page);
    // removed: the rules' priority applies again
    await form.getByRole('button', { name: 'Remove the override' }).click();
    await form.getByRole('status').filter({ hasText: 'Override removed' }).waitFor();
    await page.getByText('Priority 1, set by a manager').waitFor({ state: 'detached' });
    await expect(page.getByRole('heading', { level: 1 }).locator('..').textContent()).resolves.toContain(
      'Priority 3',
    );
  });

  it('the manager sets the recruiter’s working days: every day of the week, on leave today', async () => {
    const page = phone.page;
    await page.goto(`${baseUrl}/referrals`);
    await page.getByRole('button', { name: "Recruiters' working days" }).click();
    const dialog = page.getByRole('dialog', { name: "Recruiters' working days" });
    await dialog.waitFor();
    await dialog.getByText('Nothing saved yet: Monday to Friday, no leave.').waitFor();
    await dialog.getByRole('checkbox', { name: 'Saturday' }).check();
    await dialog.getByRole('checkbox', { name: 'Sunday' }).check();
    await dialog.getByRole('button', { name: 'Add leave' }).click();
    const leave = dialog.getByRole('group', { name: 'Leave 1' });
    await leave.getByLabel('First day').fill(today);
    await leave.getByLabel('Last day').fill(today);
    await dialog.getByRole('button', { name: 'Save the working days' }).press('Enter');
    await dialog
      .getByRole('status')
      .filter({ hasText: /^Working days of .+ saved\.$/ })
      .waitFor();
    await animationsSettled(page);
    await expectAccessible(page, 'recruiter working days dialog');
    await expectNoHorizontalScroll(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('the recruiter sees the month plan beside today’s pace, and that today is a day off; in Spanish too', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.recruiter);
    await page.goto(`${baseUrl}/referrals`);
    const quota = page.getByRole('region', { name: "Today's contacts" });
    await quota.getByText('Today is a day off').waitFor();
    const plan = quota.getByRole('region', { name: /^Month plan: / });
    const pace = quota.getByRole('region', { name: "Today's pace" });
    // every day of the week but today, on leave
    await expect(plan.textContent()).resolves.toMatch(
      new RegExp(`Pending on the 1st\\d+Working days in the month${lastDay - 1}Minimum contacts per day\\d+`),
    );
    await expect(pace.textContent()).resolves.toMatch(
      new RegExp(`Pending now\\d+Working days left \\(today included\\)${lastDay - day}Contacts per day\\d+`),
    );
    await expectAccessible(page, 'quota card');
    await expectNoHorizontalScroll(page);

    await page.locator('label[for$="-es"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    const cuota = page.getByRole('region', { name: 'Contactos de hoy' });
    await cuota.getByText('Hoy es día libre').waitFor();
    await expect(cuota.getByRole('region', { name: /^Plan del mes: / }).textContent()).resolves.toContain(
      `Días hábiles del mes${lastDay - 1}`,
    );
    await expect(cuota.getByRole('region', { name: 'Ritmo de hoy' }).textContent()).resolves.toContain(
      'Días hábiles que quedan (hoy incluido)',
    );
    await expectAccessible(page, 'quota card in Spanish');
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    // the recruiter's usual week again, for the other tests of the quota
    const manager = await apiSession(accounts.irManager);
    const users = await manager('GET', '/users');
    const recruiter = users.items.find((user: { email: string }) => user.email === accounts.recruiter);
    const schedule = await manager('GET', `/recruiters/${recruiter.id}/schedule`);
    await manager('PUT', `/recruiters/${recruiter.id}/schedule`, {
      weekdays: [1, 2, 3, 4, 5],
      leave: [],
      version: schedule.version,
    });
  });
});
