import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  PHONE,
  expectAccessible,
  expectNoHorizontalScroll,
  launchChromium,
  signIn,
} from '../support/browser';
import { apiSession } from '../support/browser-api';
import { addWorkerMove, hollister, oaklandApartment } from '../support/interview-form';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('records changed under an interview (ID9)', () => {
  it("a child linked in the field is corrected at the office meanwhile: the recruiter sees both versions, takes Ciclo's, and the COE goes", async () => {
    const recruiterApi = await apiSession(accounts.recruiter);
    const managerApi = await apiSession(accounts.irManager);
    const me = (await recruiterApi('GET', '/auth/me')).user;
    const known = await recruiterApi('POST', '/children', {
      regionId: me.regionId,
      firstName: 'Itzel',
      lastSurname: 'Quintero',
      secondSurname: 'Luna',
      birthDate: '2013-03-03',
      birthCountry: 'MX',
      sex: 'female',
    });

    const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
    const page = await context.newPage();
    await signIn(page, baseUrl, accounts.recruiter);
    await page.goto(`${baseUrl}/interview`);
    await page.getByLabel(/^Interview date/).fill('2025-09-20');
    await page.getByLabel(/^Family name/).fill('Quintero Luna');
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByLabel(/^First name/).fill('Ramiro');
    await page.getByLabel(/^First surname/).fill('Quintero');
    await addWorkerMove(page, 1, { date: '2025-08-01', from: oaklandApartment, to: hollister });
    const work = page.getByRole('group', { name: 'Move 1', exact: true });
    await work.getByLabel(/^Work of Ramiro Quintero after this move/).selectOption('obtained');
    await work.getByLabel(/^Employment/).selectOption('seasonal');
    await work.getByLabel(/^Work start date/).fill('2025-08-04');
    await work.getByLabel(/^What the work was/).fill('picking strawberries');
    await page.getByRole('button', { name: /^Next/ }).click();

    await page.getByRole('button', { name: 'Add a child' }).click();
    const child = page.getByRole('group', { name: 'Child 1' });
    await child.getByLabel(/^First name/).fill('Itzel');
    await child.getByLabel(/^First surname/).fill('Quintero');
    await child.getByLabel(/^Second surname/).fill('Luna');
    await child.getByLabel(/^Birth date/).fill('2013-03-03');
    await child.getByRole('button', { name: 'This is the same child: Itzel Quintero Luna' }).click();
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByRole('button', { name: "Add the children's move" }).click();
    const move = page.getByRole('group', { name: "Children's move 1" });
    await move.getByLabel(/^How the children moved/).selectOption('with');
    await move.getByLabel(/^The worker's move they made together/).selectOption('m1');
    await page.getByRole('button', { name: /^Next/ }).click();

    // Meanwhile, at the office, the child's record is corrected
    await managerApi('PATCH', `/children/${known.id}`, {
      version: known.version,
      firstName: 'Itzel Marisol',
    });

    await page.getByText('Signed on paper', { exact: true }).click();
    await page.getByLabel(/^Name of the person who signed/).fill('Ramiro Quintero');
    await page.getByRole('button', { name: 'Submit the COE for review' }).click();
    const changed = page
      .getByRole('alert')
      .filter({ hasText: 'Someone changed a record while you were interviewing' });
    await changed.getByText('Itzel Marisol Quintero Luna', { exact: false }).waitFor();
    await changed
      .getByRole('region', { name: 'In the interview' })
      .getByText(/^Itzel Quintero Luna/)
      .waitFor();
    await expectAccessible(page, 'interview: records changed meanwhile');
    await expectNoHorizontalScroll(page);
    await changed.getByRole('button', { name: "Use Ciclo's facts" }).click();
    await changed.getByText('Decided. Submit the COE again.').waitFor();

    await page.getByRole('button', { name: 'Submit the COE for review' }).click();
    await page.getByRole('heading', { name: 'Certificate of eligibility', level: 1 }).waitFor();
    const coeId = new URL(page.url()).pathname.split('/').pop();
    const coe = await recruiterApi('GET', `/coes/${coeId}`);
    expect(coe.children.map((c: { childId: string }) => c.childId)).toEqual([known.id]);
    expect(coe.interview.children[0].name).toMatch(/Itzel Marisol/);
    await context.close();
  });
});
