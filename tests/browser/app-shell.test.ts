import { describe, expect, inject, it } from 'vitest';
import { TEST_PASSWORD } from '../factories';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

describe('sign-in', () => {
  it('works with the keyboard alone and passes the accessibility check', async () => {
    await phone.page.goto(baseUrl);
    await phone.page.getByLabel(/^Email/).waitFor();
    await expectAccessible(phone.page, 'sign-in');
    await phone.page.keyboard.press('Tab');
    // Tab until the email field has focus: the language switch comes first.
    for (
      let i = 0;
      i < 5 &&
      !(await phone.page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'email',
      ));
      i++
    )
      await phone.page.keyboard.press('Tab');
    await phone.page.keyboard.type(accounts.recruiter);
    await phone.page.keyboard.press('Tab');
    await phone.page.keyboard.type(TEST_PASSWORD);
    await phone.page.keyboard.press('Enter');
    await phone.page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  });

  it('says plainly when the password is wrong', async () => {
    await phone.page.goto(baseUrl);
    await phone.page.getByLabel(/^Email/).fill(accounts.recruiter);
    await phone.page.getByLabel(/^Password/).fill('not the password');
    await phone.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(phone.page.getByRole('alert').textContent()).resolves.toMatch(/do not match/);
  });
});

describe('a recruiter on a phone', () => {
  it('finds a child by name without accents and opens the child page', async () => {
    await signIn(phone.page, baseUrl, accounts.recruiter);
    await expectAccessible(phone.page, 'home');
    await expectNoHorizontalScroll(phone.page);

    await phone.page.getByRole('button', { name: 'Open menu' }).click();
    await phone.page.getByRole('link', { name: 'Children' }).click();
    await phone.page.getByRole('heading', { name: 'Children', level: 1 }).waitFor();
    await phone.page.getByLabel(/^Search/).fill('nunez jose');
    await phone.page.getByText(/^1 child$/).waitFor();
    await expect(phone.page.getByRole('link', { name: 'José Luis Núñez de la Cruz' }).count()).resolves.toBe(
      1,
    );
    await expectAccessible(phone.page, 'children list');
    await expectNoHorizontalScroll(phone.page);

    await phone.page.getByRole('link', { name: 'José Luis Núñez de la Cruz' }).click();
    await phone.page.getByRole('heading', { name: 'José Luis Núñez de la Cruz', level: 1 }).waitFor();
    await expect(phone.page.getByText('Nov 30, 2012').count()).resolves.toBe(1);
    await expectAccessible(phone.page, 'child page');
    await expectNoHorizontalScroll(phone.page);
  });

  it('keeps a name exactly as typed when editing a child', async () => {
    await signIn(phone.page, baseUrl, accounts.recruiter);
    await phone.page.goto(`${baseUrl}/children?q=perez`);
    await phone.page.getByRole('link', { name: 'Ana-Lucía Pérez-Gómez' }).click();
    await phone.page.getByRole('button', { name: 'Edit' }).click();
    await phone.page.getByLabel(/^Second surname/).fill('de los Ángeles');
    await expectAccessible(phone.page, 'child edit form');
    await phone.page.getByRole('button', { name: 'Save' }).click();
    await phone.page
      .getByRole('heading', { name: 'Ana-Lucía Pérez-Gómez de los Ángeles', level: 1 })
      .waitFor();
  });
});

describe('languages', () => {
  it('switches to Spanish and keeps it for the user after signing out and in again', async () => {
    await signIn(phone.page, baseUrl, accounts.districtStaff);
    await phone.page.locator('label[for$="-es"]').click();
    await phone.page.getByRole('heading', { level: 1, name: /Bienvenido/ }).waitFor();
    await expect(phone.page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expectAccessible(phone.page, 'home in Spanish');

    await phone.page.reload();
    await phone.page.getByRole('heading', { level: 1, name: /Bienvenido/ }).waitFor();

    await phone.page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await signIn(phone.page, baseUrl, accounts.districtStaff, { keepLanguage: true });
    await expect(phone.page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Bienvenido/);
    await phone.page.goto(`${baseUrl}/children`);
    await phone.page.getByRole('heading', { name: 'Niños', level: 1 }).waitFor();
    await phone.page.getByText(/^\d+ niños?$/).waitFor();
    // Give the shared account its English back.
    await phone.page.locator('label[for$="-en"]').click();
    await phone.page.waitForFunction(() => document.documentElement.lang === 'en');
  });
});

describe('the audit log', () => {
  it('shows a state administrator who changed a child, before and after', async () => {
    await signIn(phone.page, baseUrl, accounts.dataSpecialist);
    await phone.page.goto(`${baseUrl}/children?q=maria`);
    await phone.page
      .getByRole('link', { name: /María José Hernández/ })
      .first()
      .click();
    await phone.page.getByRole('button', { name: 'Edit' }).click();
    await phone.page.getByLabel(/^City of birth/).fill('Tangancícuaro');
    await phone.page.getByRole('button', { name: 'Save' }).click();
    await phone.page.getByText('Tangancícuaro', { exact: false }).first().waitFor();
    await phone.page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(phone.page, baseUrl, accounts.stateAdmin);
    await phone.page.goto(`${baseUrl}/admin/audit?entityType=child`);
    await phone.page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    // the log names people as the app shows them, by their name rather than their email
    const { user } = await (await apiSession(accounts.dataSpecialist))('GET', '/auth/me');
    const row = phone.page.getByRole('row').filter({ hasText: 'Tangancícuaro' });
    await row.first().waitFor();
    await expect(row.first().textContent()).resolves.toContain(user.displayName);
    await expectAccessible(phone.page, 'audit log');
  });

  it('is not offered to a recruiter', async () => {
    await signIn(phone.page, baseUrl, accounts.recruiter);
    await phone.page.goto(`${baseUrl}/admin/audit`);
    await phone.page.getByRole('alert').waitFor();
    await expect(phone.page.getByRole('alert').textContent()).resolves.toMatch(/Your role cannot do this/);
  });
});
