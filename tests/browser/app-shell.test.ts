import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, inject, it } from 'vitest';
import { TEST_PASSWORD } from '../factories';
import { PHONE, expectAccessible, expectNoHorizontalScroll, launchChromium, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

describe('sign-in', () => {
  it('works with the keyboard alone and passes the accessibility check', async () => {
    await page.goto(baseUrl);
    await expectAccessible(page, 'sign-in');
    await page.keyboard.press('Tab');
    // Tab until the email field has focus: the language switch comes first.
    for (let i = 0; i < 5 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'email')); i++) await page.keyboard.press('Tab');
    await page.keyboard.type(accounts.recruiter);
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  });

  it('says plainly when the password is wrong', async () => {
    await page.goto(baseUrl);
    await page.getByLabel(/^Email/).fill(accounts.recruiter);
    await page.getByLabel(/^Password/).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/do not match/);
  });
});

describe('a recruiter on a phone', () => {
  it('finds a child by name without accents and opens the child page', async () => {
    await signIn(page, baseUrl, accounts.recruiter);
    await expectAccessible(page, 'home');
    await expectNoHorizontalScroll(page);

    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Children' }).click();
    await page.getByRole('heading', { name: 'Children', level: 1 }).waitFor();
    await page.getByLabel(/^Search/).fill('nunez jose');
    await page.getByText(/^1 child$/).waitFor();
    await expect(page.getByRole('link', { name: 'José Luis Núñez de la Cruz' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'children list');
    await expectNoHorizontalScroll(page);

    await page.getByRole('link', { name: 'José Luis Núñez de la Cruz' }).click();
    await page.getByRole('heading', { name: 'José Luis Núñez de la Cruz', level: 1 }).waitFor();
    await expect(page.getByText('Nov 30, 2012').count()).resolves.toBe(1);
    await expectAccessible(page, 'child page');
    await expectNoHorizontalScroll(page);
  });

  it('keeps a name exactly as typed when editing a child', async () => {
    await signIn(page, baseUrl, accounts.recruiter);
    await page.goto(`${baseUrl}/children?q=perez`);
    await page.getByRole('link', { name: 'Ana-Lucía Pérez-Gómez' }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel(/^Second surname/).fill('de los Ángeles');
    await expectAccessible(page, 'child edit form');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Ana-Lucía Pérez-Gómez de los Ángeles', level: 1 }).waitFor();
  });
});

describe('languages', () => {
  it('switches to Spanish and keeps it for the user after signing out and in again', async () => {
    await signIn(page, baseUrl, accounts.districtStaff);
    await page.locator('label[for$="-es"]').click();
    await page.getByRole('heading', { level: 1, name: /Bienvenido/ }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expectAccessible(page, 'home in Spanish');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Bienvenido/ }).waitFor();

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await signIn(page, baseUrl, accounts.districtStaff, { keepLanguage: true });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Bienvenido/);
    await page.goto(`${baseUrl}/children`);
    await page.getByRole('heading', { name: 'Niños', level: 1 }).waitFor();
    await page.getByText(/^\d+ niños?$/).waitFor();
    // Give the shared account its English back.
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });
});

describe('the audit log', () => {
  it('shows a state administrator who changed a child, before and after', async () => {
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/children?q=maria`);
    await page.getByRole('link', { name: /María José Hernández/ }).first().click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel(/^City of birth/).fill('Tangancícuaro');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Tangancícuaro', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.goto(`${baseUrl}/admin/audit?entityType=child`);
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: accounts.dataSpecialist });
    await row.first().waitFor();
    await expect(row.first().textContent()).resolves.toContain('Tangancícuaro');
    await expectAccessible(page, 'audit log');
  });

  it('is not offered to a recruiter', async () => {
    await signIn(page, baseUrl, accounts.recruiter);
    await page.goto(`${baseUrl}/admin/audit`);
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Your role cannot do this/);
  });
});
