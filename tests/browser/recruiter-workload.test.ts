import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession, type ApiCall } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage();

describe("the recruiters' workload on a phone (WL1)", () => {
  let manager: ApiCall;
  let recruiterName: string;

  beforeAll(async () => {
    manager = await apiSession(accounts.irManager);
    recruiterName = (await (await apiSession(accounts.recruiter))('GET', '/auth/me')).user.displayName;
  });
  afterAll(async () => {
    await manager('PATCH', '/auth/me', { language: 'en' });
  });

  it("shows the I&R manager each recruiter's contacts today, pace and month plan, and opens their working days", async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.irManager);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: "Recruiters' workload" }).click();
    await page.getByRole('heading', { name: "Recruiters' workload", level: 1 }).waitFor();
    // below 600 px each recruiter is a card, its figures labelled
    const card = page.getByRole('listitem').filter({ hasText: recruiterName });
    await card.getByText("Today's pace").waitFor();
    await expect(card.textContent()).resolves.toMatch(/Month plan.*open on the 1st/);
    await expectAccessible(page, "recruiters' workload");
    await expectNoHorizontalScroll(page);

    await card.getByRole('button', { name: `Working days of ${recruiterName}` }).click();
    const dialog = page.getByRole('dialog', { name: "Recruiters' working days" });
    await dialog.waitFor();
    await expectAccessible(page, "a recruiter's working days from the workload");
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('reads in Spanish', async () => {
    const page = phone.page;
    await manager('PATCH', '/auth/me', { language: 'es' });
    await page.reload();
    await page.getByRole('heading', { name: 'Carga de los reclutadores', level: 1 }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: recruiterName });
    await card.getByText('Ritmo de hoy').waitFor();
    await expectAccessible(page, "recruiters' workload in Spanish");
    await expectNoHorizontalScroll(page);
  });

  it('is not offered to a recruiter', async () => {
    const page = phone.page;
    await page.getByRole('button', { name: /Cerrar sesión|Sign out/ }).click();
    await signIn(page, baseUrl, accounts.recruiter);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Contact queue' }).waitFor();
    await expect(page.getByRole('link', { name: "Recruiters' workload" }).count()).resolves.toBe(0);
  });
});
